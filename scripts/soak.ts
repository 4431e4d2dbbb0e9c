/**
 * Soak: the public form under steady load on two app instances and a job worker, through a
 * restart of PostgreSQL, and afterwards the check that nothing was lost, stored twice or
 * numbered with a gap, and that no letter went out twice.
 *
 * Run: npm run soak
 *
 * What it does:
 * - starts its own PostgreSQL (.data/soak, port SOAK_DB_PORT=54497) with a fresh database,
 *   pushes the schema and stores the seed regulations from this process;
 * - starts an SMTP server here (port SOAK_SMTP_PORT=2639) that keeps every e-mail, and two web
 *   instances (test/helpers/instance.ts) and one job worker (scripts/worker.ts) as processes of
 *   their own; what they print goes to .data/soak/logs/;
 * - for SOAK_SECONDS (60) SOAK_CLIENTS (50) clients each send one public submission after
 *   another, spread over both instances; each submission has its own Idempotency-Key, its own
 *   X-Forwarded-For address and a unique marker in its description. A client retries as the
 *   embedded form does: on a 503 or a network error it waits Retry-After (at most 5 s here) and
 *   sends the same body with the same key again, to either instance, for at most 60 s;
 * - halfway it stops PostgreSQL, leaves it away for SOAK_DOWN_SECONDS (4), and starts it again;
 * - meanwhile it queues every acknowledgement draft for sending by e-mail, as staff would, so the
 *   worker sends them; after the run it waits until every complaint has its acknowledgement and
 *   every acknowledgement is sent, for as long as the worker gets on with it (ended by
 *   SOAK_STALL_SECONDS without one more done, 180: longer than a job the worker lost in the
 *   outage waits to be run again), at most SOAK_DRAIN_SECONDS (900);
 * - then prints what reached the clients and what the database and the SMTP server hold, and as
 *   its last line `soak: N acknowledged, N stored, N lost, N duplicated, N gaps, N letters twice,
 *   N 5xx`. It exits with 1 when any of lost, duplicated, gaps, letters twice or 5xx is not 0.
 *
 * "lost" counts submissions a client was told were stored but that are not, plus complaints
 * without their acknowledgement draft, plus acknowledgements queued and never sent. "5xx" counts server errors other than a 503 with
 * Retry-After (the answer the form retries), which are counted apart.
 * Everything started is stopped at the end, also after a failure or Ctrl-C.
 */
import { rmSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { getPayload } from 'payload'

import { startEmbeddedPostgres } from '../src/database/embeddedPostgres'
import { startFleet } from '../test/helpers/instances'
import { stopPayload } from '../test/helpers/payload'
import { storeSeedRegulations } from '../test/helpers/seedRegulations'
import { percentile } from '../test/helpers/bench'
import { smtpSink } from '../test/helpers/smtpSink'
import { seen, sleep, submitOne } from './soak/clients'
import { keepQueueing, recipientOf, storedComplaints, waitForLetters } from './soak/letters'

import type { Payload } from 'payload'
import type { RunningDatabase } from '../src/database/embeddedPostgres'
import type { Stored } from './soak/letters'

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60)
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 50)
const DOWN_SECONDS = Number(process.env.SOAK_DOWN_SECONDS ?? 4)
const DRAIN_SECONDS = Number(process.env.SOAK_DRAIN_SECONDS ?? 900)
const DB_PORT = Number(process.env.SOAK_DB_PORT ?? 54497)
const SMTP_PORT = Number(process.env.SOAK_SMTP_PORT ?? 2639)
const FOLDER = '.data/soak'
const LOGS = `${FOLDER}/logs`
/**
 * A job its runner marked running but could not finish (the database went away mid-job) is run
 * again after this long. The product's default is 300 s; it must stay longer than a letter's
 * outbox keeps trying to record "sent" after the mail server took it (2 minutes), or a letter
 * could go out twice.
 */
const STALE_AFTER_MS = 150_000
/** The wait for the letters ends this long after the last one sent: a lost job comes back first. */
const STALL_SECONDS = Number(process.env.SOAK_STALL_SECONDS ?? STALE_AFTER_MS / 1000 + 30)
// Everything started is stopped in reverse order, once, whichever way the run ends.
const cleanups: (() => Promise<unknown>)[] = []
let cleaning: Promise<void> | undefined
const cleanup = () =>
  (cleaning ??= (async () => {
    for (const step of cleanups.reverse())
      await step().catch((error: unknown) => console.error('soak: while stopping:', error))
  })())
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    console.error(`soak: ${signal}, stopping everything`)
    void cleanup().finally(() => process.exit(130))
  })

const main = async () => {
  rmSync(LOGS, { recursive: true, force: true })
  let database: RunningDatabase = await startEmbeddedPostgres({
    folder: FOLDER,
    port: DB_PORT,
    database: 'postgres',
  })
  cleanups.push(() => database.stop())
  const admin = new pg.Client({ connectionString: database.url })
  await admin.connect()
  await admin.query('drop database if exists soak with (force)')
  await admin.query('create database soak')
  await admin.end()
  const databaseUrl = database.url.replace(/\/postgres$/, '/soak')

  const mail = smtpSink(SMTP_PORT)
  await mail.start()
  cleanups.push(() => mail.stop())

  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    SEED_DEMO: 'false',
    JOBS_AUTORUN: 'false',
    DISABLE_PAYLOAD_HMR: 'true',
    LOG_REFUSALS: 'false',
    SMTP_URL: mail.url,
  })
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  cleanups.push(() => stopPayload(payload))
  await storeSeedRegulations(payload)

  console.log(`soak: starting two instances and a worker (logs in ${LOGS})`)
  const fleet = await startFleet({
    databaseUrl,
    instances: 2,
    workers: 1,
    workerIntervalMs: 500,
    logDir: LOGS,
    env: {
      SMTP_URL: mail.url,
      LOG_REFUSALS: 'false',
      LETTER_RETRY_DELAY_MS: '1000',
      WORKER_STALE_AFTER_MS: String(STALE_AFTER_MS),
    },
  })
  cleanups.push(() => fleet.stop())
  console.log(
    `soak: ${CLIENTS} clients for ${SECONDS} s on ${fleet.urls.join(' and ')}; the worker runs again jobs left running for ${STALE_AFTER_MS / 1000} s`,
  )

  const queueing = keepQueueing(payload)
  const started = performance.now()
  const end = started + SECONDS * 1000
  let submissions = 0
  const clients = Array.from({ length: CLIENTS }, async () => {
    while (performance.now() < end) {
      const index = submissions++
      // One complainant per submission: the rate limit (per address) never refuses.
      const address = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`
      await submitOne(fleet.urls, index, address)
    }
  })
  const restart = (async () => {
    await sleep((SECONDS * 1000) / 2)
    console.log(`soak: stopping PostgreSQL for ${DOWN_SECONDS} s`)
    await database.stop()
    await sleep(DOWN_SECONDS * 1000)
    database = await startEmbeddedPostgres({ folder: FOLDER, port: DB_PORT, database: 'postgres' })
    console.log('soak: PostgreSQL is back')
  })()
  await Promise.all([...clients, restart])
  const seconds = (performance.now() - started) / 1000

  console.log(`soak: clients done after ${seconds.toFixed(1)} s; waiting for the letters`)
  const checker = new pg.Client({ connectionString: databaseUrl })
  await checker.connect()
  cleanups.push(() => checker.end())
  const state = await waitForLetters(checker, {
    drainSeconds: DRAIN_SECONDS,
    stallSeconds: STALL_SECONDS,
  })
  const drained = (performance.now() - started) / 1000 - seconds
  const { queued, failedRounds } = await queueing.stop()
  // A worker round later, a letter sent a second time would have reached the SMTP server.
  await sleep(2_000)

  const stored = await storedComplaints(checker)
  const markers = new Map<string, Stored[]>()
  for (const complaint of stored)
    if (complaint.marker)
      markers.set(complaint.marker, [...(markers.get(complaint.marker) ?? []), complaint])
  const duplicated = [...markers.values()].filter((copies) => copies.length > 1).length
  const missing = [...seen.acknowledged.keys()].filter((marker) => !markers.has(marker))
  const wrongReference = [...seen.acknowledged].filter(
    ([marker, reference]) =>
      markers.has(marker) && !markers.get(marker)!.some((copy) => copy.reference === reference),
  ).length
  const storedUnanswered = [...markers.keys()].filter((marker) => !seen.acknowledged.has(marker))

  let gaps = 0
  const years = new Map<string, number[]>()
  for (const { reference, year } of stored) {
    const number = Number(/^KL-(\d{4})-(\d+)$/.exec(reference ?? '')?.[2] ?? NaN)
    years.set(year, [...(years.get(year) ?? []), number])
  }
  for (const numbers of years.values()) {
    const present = new Set(numbers)
    const highest = Math.max(...numbers.filter(Number.isFinite))
    for (let n = 1; n <= highest; n += 1) if (!present.has(n)) gaps += 1
  }

  const mailsPerRecipient = new Map<string, number>()
  for (const received of mail.received)
    for (const to of received.to) mailsPerRecipient.set(to, (mailsPerRecipient.get(to) ?? 0) + 1)
  const { rows: sentLetters } = await checker.query<{ id: number; status: string }>(
    `select id, status from letters where kind = 'acknowledgement' and recipient like 'soak-letter-%'`,
  )
  const twice = sentLetters.filter(
    (letter) => (mailsPerRecipient.get(recipientOf(letter.id)) ?? 0) > 1,
  )
  const sentWithoutMail = sentLetters.filter(
    (letter) => letter.status === 'sent' && !mailsPerRecipient.has(recipientOf(letter.id)),
  ).length

  const lost = missing.length + state.withoutAcknowledgement + state.unsent
  const accepted = [...seen.acceptedMs].sort((a, b) => a - b)
  const answers = [...seen.answerMs].sort((a, b) => a - b)
  const statuses = [...seen.statuses].map(([status, count]) => `${status}: ${count}`).join(', ')
  const lines = [
    `submissions started          ${submissions}`,
    `submissions acknowledged     ${seen.acknowledged.size} (201 or 200 with a reference)`,
    `given up by the client       ${seen.gaveUp}`,
    `complaints stored            ${stored.length}`,
    `  stored, client not told    ${storedUnanswered.length}`,
    `duplicates (marker > once)   ${duplicated}`,
    `missing (told, not stored)   ${missing.length}`,
    `wrong reference told         ${wrongReference}`,
    `reference gaps               ${gaps} (years: ${[...years.keys()].join(', ')})`,
    `acknowledgements missing     ${state.withoutAcknowledgement}`,
    `acknowledgements not sent    ${state.unsent} (queued by the soak: ${queued}, rounds failed: ${failedRounds})`,
    `jobs not done                ${state.pendingJobs}`,
    `e-mails received             ${mail.received.length}`,
    `letters sent twice           ${twice.length}`,
    `letters "sent", no e-mail    ${sentWithoutMail}`,
    `requests                     ${seen.requests} (${statuses})`,
    `503 with Retry-After         ${seen.unavailable}`,
    `other 5xx                    ${seen.serverErrors}`,
    `network errors               ${seen.networkErrors}`,
    `accepted latency, retries in p50 ${percentile(accepted, 0.5).toFixed(0)} ms, p99 ${percentile(accepted, 0.99).toFixed(0)} ms`,
    `answering request latency    p50 ${percentile(answers, 0.5).toFixed(0)} ms, p99 ${percentile(answers, 0.99).toFixed(0)} ms`,
    `throughput                   ${(seen.requests / seconds).toFixed(1)} requests/s, ${(seen.acknowledged.size / seconds).toFixed(1)} acknowledged/s over ${seconds.toFixed(1)} s`,
    `letters done after clients   ${drained.toFixed(0)} s${state.left > 0 ? ` (stopped waiting with ${state.left} left)` : ''}`,
  ]
  // A process that died (not stopped by the soak) explains most other figures: say so first.
  const died = fleet.children
    .filter((child) => child.process.exitCode !== null || child.process.signalCode !== null)
    .map(
      (child) => `${child.name} (${child.process.signalCode ?? `code ${child.process.exitCode}`})`,
    )
  lines.unshift(
    `processes that died          ${died.length ? `${died.join(', ')}: see ${LOGS}` : 'none'}`,
  )
  console.log(lines.join('\n'))
  if (seen.examples.length)
    console.log(`examples of other answers:\n  ${seen.examples.join('\n  ')}`)
  if (missing.length) console.log(`missing markers: ${missing.slice(0, 10).join(', ')}`)
  if (twice.length)
    console.log(
      `letters sent twice: ${twice
        .slice(0, 10)
        .map((letter) => letter.id)
        .join(', ')}`,
    )

  await cleanup()
  console.log(
    `soak: ${seen.acknowledged.size} acknowledged, ${stored.length} stored, ${lost} lost, ${duplicated} duplicated, ${gaps} gaps, ${twice.length} letters twice, ${seen.serverErrors} 5xx`,
  )
  return lost + duplicated + gaps + twice.length + seen.serverErrors === 0
}

main()
  .then((clean) => process.exit(clean ? 0 : 1))
  .catch(async (error: unknown) => {
    console.error('soak: failed:', error)
    await cleanup()
    process.exit(2)
  })
