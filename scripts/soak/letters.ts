/** The soak's letters: queued for sending as staff would, and what the database holds of them. */
import { performance } from 'node:perf_hooks'

import { MARKER, sleep } from './clients'

import type pg from 'pg'
import type { Payload } from 'payload'

/** Queues the acknowledgement drafts for sending by e-mail, as staff do with "Send". */
const queueDrafts = async (payload: Payload): Promise<number> => {
  const { docs } = await payload.find({
    collection: 'letters',
    where: { kind: { equals: 'acknowledgement' }, status: { equals: 'draft' } },
    depth: 0,
    limit: 100,
  })
  for (const letter of docs)
    await payload.update({
      collection: 'letters',
      id: letter.id,
      depth: 0,
      data: { status: 'queued', channel: 'email', recipient: recipientOf(letter.id) } as never,
    })
  return docs.length
}
export const recipientOf = (id: number | string) => `soak-letter-${id}@example.com`

/** Keeps queueing drafts until `stop()`; an outage only skips a round. */
export const keepQueueing = (payload: Payload) => {
  let running = true
  let queued = 0
  let failedRounds = 0
  const done = (async () => {
    while (running) {
      try {
        queued += await queueDrafts(payload)
      } catch {
        failedRounds += 1
      }
      await sleep(1_000)
    }
  })()
  return {
    stop: async () => {
      running = false
      await done
      return { queued, failedRounds }
    },
  }
}

export type Stored = { id: number; reference: string; year: string; marker: string | null }

export const storedComplaints = async (client: pg.Client): Promise<Stored[]> =>
  (
    await client.query<{ id: number; reference: string; description: string; year: string }>(
      `select id, reference, description, to_char(received_on at time zone 'Europe/Amsterdam', 'YYYY') as year from complaints`,
    )
  ).rows.map((row) => ({ ...row, marker: MARKER.exec(row.description)?.[1] ?? null }))

const lettersState = async (client: pg.Client) => {
  const { rows } = await client.query<{
    without: string
    unsent: string
    pending_jobs: string
  }>(`select
        (select count(*) from complaints c where not exists
          (select 1 from letters l where l.complaint_id = c.id and l.kind = 'acknowledgement')) as without,
        (select count(*) from letters where kind = 'acknowledgement' and status <> 'sent') as unsent,
        (select count(*) from payload_jobs where completed_at is null and not coalesce(has_error, false)) as pending_jobs`)
  const row = rows[0]!
  return {
    withoutAcknowledgement: Number(row.without),
    unsent: Number(row.unsent),
    pendingJobs: Number(row.pending_jobs),
  }
}

/**
 * Waits until every complaint has its acknowledgement and every acknowledgement is sent, for as
 * long as the worker gets on with it: `stallSeconds` without one more done ends the wait, and
 * `drainSeconds` at most. The state it ended with, and how many were left.
 */
export const waitForLetters = async (
  client: pg.Client,
  { drainSeconds, stallSeconds }: { drainSeconds: number; stallSeconds: number },
) => {
  const drainUntil = performance.now() + drainSeconds * 1000
  let state = await lettersState(client)
  const left = () => state.withoutAcknowledgement + state.unsent
  let fewest = left()
  let progressAt = performance.now()
  while (
    left() > 0 &&
    performance.now() < drainUntil &&
    performance.now() - progressAt < stallSeconds * 1000
  ) {
    await sleep(1_000)
    state = await lettersState(client)
    if (left() < fewest) [fewest, progressAt] = [left(), performance.now()]
  }
  return { ...state, left: left() }
}
