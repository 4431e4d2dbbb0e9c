/**
 * The access log is evidence: the administrator reads it, nobody (whatever their role, over
 * REST, GraphQL or the Local API, even overriding access) writes, changes or deletes a row of
 * it; only its own retention job removes what is older than its term, once per due time.
 */
import { sql } from '@payloadcms/db-postgres'
import { getLocalI18n } from 'payload'

import { databaseOf, tableOf } from '../../src/database/sql'
import { runJobsOnce } from '../../src/jobs/worker'
import { startPayload, stopPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { graphql } from '../helpers/graphql'
import { createPeople } from '../helpers/users'

import type { Payload } from 'payload'
import type { TestUser } from '../helpers/users'

const ROLES = {
  admin: ['admin'],
  directie: ['directie'],
  handler: ['handler'],
  staff: ['staff'],
} as const
type Who = keyof typeof ROLES

let payload: Payload
let people: Record<Who, TestUser>
const LOG = 'complaint-access-log'

beforeAll(async () => {
  payload = await startPayload()
  people = await createPeople(payload, ROLES)
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
})

/** Rows written as the plugin writes them, `daysAgo` days old. */
const storeReads = async (count: number, daysAgo: number, reference = 'KL-2024-0001') => {
  const log = tableOf(payload, LOG)
  await databaseOf(payload).execute(sql`
    insert into ${log} (user_email, document_collection, document_id, complaint_id, reference, path, created_at, updated_at)
    select 'lezer@organisatie.example', 'complaints', '1', '1', ${reference}, 'rest',
      now() - make_interval(days => ${daysAgo}), now() - make_interval(days => ${daysAgo})
    from generate_series(1, ${count})`)
}

const rowsOf = async (reference: string) =>
  (await payload.count({ collection: LOG, where: { reference: { equals: reference } } })).totalDocs

const entry = async () => {
  await storeReads(1, 0, 'KL-2026-0099')
  return (await payload.find({ collection: LOG, sort: '-id', limit: 1 })).docs[0]!
}

const WHO = Object.keys(ROLES) as Who[]
const FORBIDDEN = { status: 403 }

describe('the access log is read by the administrator only', () => {
  it.each(WHO)('%s, over REST and GraphQL', async (who) => {
    await entry()
    const listed = await rest(payload, 'GET', `/${LOG}`, { token: people[who].token })
    const viaGraphql = await graphql(payload, '{ ComplaintAccessLogs { totalDocs } }', {
      token: people[who].token,
    })
    const allowed = who === 'admin'
    expect([listed.status, Boolean(viaGraphql.data?.ComplaintAccessLogs)]).toEqual([
      allowed ? 200 : 403,
      allowed,
    ])
  })
})

describe('nobody writes, changes or deletes a row of it', () => {
  it.each(WHO)('%s, over REST and GraphQL', async (who) => {
    const row = await entry()
    const token = people[who].token
    const created = await rest(payload, 'POST', `/${LOG}`, {
      token,
      body: { documentCollection: 'complaints', documentId: '1', path: 'rest' },
    })
    const changed = await rest(payload, 'PATCH', `/${LOG}/${row.id}`, {
      token,
      body: { userEmail: 'iemand@anders.example' },
    })
    const deleted = await rest(payload, 'DELETE', `/${LOG}/${row.id}`, { token })
    const deletedAll = await rest(payload, 'DELETE', `/${LOG}?where[id][exists]=true`, { token })
    const viaGraphql = await graphql(
      payload,
      `mutation { deleteComplaintAccessLog(id: ${row.id}) { id } }`,
      { token },
    )
    expect([created.status, changed.status, deleted.status]).toEqual([403, 403, 403])
    expect(deletedAll.body.docs ?? []).toEqual([])
    expect(viaGraphql.errors?.[0]?.extensions?.statusCode).toBe(403)
    const kept = await payload.findByID({ collection: LOG, id: row.id })
    expect([kept.userEmail, kept.reference]).toEqual(['lezer@organisatie.example', 'KL-2026-0099'])
  })

  it.each(WHO)('%s, over the Local API with their access', async (who) => {
    const row = await entry()
    const user = await payload.findByID({ collection: 'users', id: people[who].id })
    const asUser = { user, overrideAccess: false } as const
    await expect(
      payload.create({
        collection: LOG,
        data: { documentCollection: 'complaints', documentId: '1', path: 'rest' },
        ...asUser,
      }),
    ).rejects.toMatchObject(FORBIDDEN)
    await expect(
      payload.update({
        collection: LOG,
        id: row.id,
        data: { userEmail: 'x@y.example' },
        ...asUser,
      }),
    ).rejects.toMatchObject(FORBIDDEN)
    await expect(payload.delete({ collection: LOG, id: row.id, ...asUser })).rejects.toMatchObject(
      FORBIDDEN,
    )
    expect((await payload.findByID({ collection: LOG, id: row.id })).userEmail).toBe(
      'lezer@organisatie.example',
    )
  })

  it('overriding access, with a message in Dutch, or in English', async () => {
    const row = await entry()
    const refusal =
      'Inzagelogboek: alleen het systeem schrijft hierin; niemand wijzigt of verwijdert een regel, ook een beheerder niet.'
    await expect(
      payload.create({
        collection: LOG,
        data: { documentCollection: 'complaints', documentId: '1', path: 'rest' },
      }),
    ).rejects.toThrow(refusal)
    await expect(
      payload.update({ collection: LOG, id: row.id, data: { userEmail: 'x@y.example' } }),
    ).rejects.toThrow(refusal)
    await expect(payload.delete({ collection: LOG, id: row.id })).rejects.toThrow(refusal)
    const bulk = await payload.delete({ collection: LOG, where: { id: { equals: row.id } } })
    expect([bulk.docs, bulk.errors.map((error) => error.message)]).toEqual([[], [refusal]])
    expect((await payload.findByID({ collection: LOG, id: row.id })).userEmail).toBe(
      'lezer@organisatie.example',
    )
    const english = await getLocalI18n({ config: payload.config, language: 'en' })
    await expect(
      payload.update({
        collection: LOG,
        id: row.id,
        data: { userEmail: 'x@y.example' },
        req: { i18n: english },
      }),
    ).rejects.toThrow(
      'Access log: only the system writes to it; nobody changes or deletes an entry, not even an administrator.',
    )
  })

  it('lets its own retention delete a row (context `retention`)', async () => {
    const row = await entry()
    await payload.delete({ collection: LOG, id: row.id, context: { retention: true } })
    expect(await payload.count({ collection: LOG, where: { id: { equals: row.id } } })).toEqual({
      totalDocs: 0,
    })
  })
})

describe('its retention', () => {
  it('deletes, every day, the rows older than two years by default, once per due time with two workers', async () => {
    const task = payload.config.jobs.tasks!.find((each) => each.slug === 'accessLogRetention')!
    expect(task.schedule).toEqual([{ cron: '15 3 * * *', queue: 'default' }])
    await storeReads(3, 731, 'KL-2024-0731')
    await storeReads(2, 729, 'KL-2024-0729')
    // Each worker queues the schedule's job for the same due time; both run at once.
    const due = new Date(Date.now() - 1_000)
    const queue = () =>
      payload.jobs.queue({ task: 'accessLogRetention', input: {}, waitUntil: due })
    await Promise.all([queue(), queue()])
    await Promise.all([runJobsOnce(payload, { limit: 1 }), runJobsOnce(payload, { limit: 1 })])
    expect([await rowsOf('KL-2024-0731'), await rowsOf('KL-2024-0729')]).toEqual([0, 2])
    // The same due time again deletes nothing: that time's work is done.
    await storeReads(1, 731, 'KL-2024-0731')
    await queue()
    await runJobsOnce(payload)
    expect(await rowsOf('KL-2024-0731')).toBe(1)
    // The workers have put the next run on the queue (each its own job): at the next 03:15.
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'accessLogRetention' } },
    })
    const next = docs.map((job) => {
      const at = new Date(job.waitUntil!)
      return JSON.stringify([job.meta, at.getHours(), at.getMinutes(), at > new Date()])
    })
    expect([...new Set(next)]).toEqual([JSON.stringify([{ scheduled: true }, 3, 15, true])])
  })
})
