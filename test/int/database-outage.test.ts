/**
 * PostgreSQL going away and coming back while the app runs: requests in between get 503 with
 * Retry-After (never 500, never a wait past 10 s), the app serves again as soon as the database
 * is back, without a restart, and a submission retried with its idempotency key is stored once.
 * This file runs its own PostgreSQL server, which it stops and starts (port 54369).
 */
import { rm } from 'node:fs/promises'
import pg from 'pg'
import { getPayload } from 'payload'

import { startEmbeddedPostgres } from '../../src/database/embeddedPostgres'
import { withOutageStatus } from '../../src/database/graphqlOutage'
import { answerDatabaseOutage } from '../../src/database/proxy'
import { graphql } from '../helpers/graphql'
import { callApi, IZW_SUBMISSION, submitJson } from '../helpers/intake'
import { stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'

import type { Payload } from 'payload'
import type { RunningDatabase } from '../../src/database/embeddedPostgres'

const FOLDER = '.data/test-outage'
const PORT = 54369
let database: RunningDatabase
let payload: Payload

const start = () => startEmbeddedPostgres({ folder: FOLDER, port: PORT, database: 'postgres' })

beforeAll(async () => {
  await rm(FOLDER, { recursive: true, force: true })
  database = await start()
  const admin = new pg.Client({ connectionString: database.url })
  await admin.connect()
  await admin.query('create database outage')
  await admin.end()
  process.env.DATABASE_URL = database.url.replace(/\/postgres$/, '/outage')
  const { default: config } = await import('../../payload.config')
  payload = await getPayload({ config })
  await storeSeedRegulations(payload)
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
  await database.stop()
})

/** An answer and how long it took. */
const timed = async <T>(call: () => Promise<T>) => {
  const started = Date.now()
  const answer = await call()
  return { answer, ms: Date.now() - started }
}

describe('a database that restarts', () => {
  it('is answered 503 with Retry-After meanwhile, and the retried submission is stored once', async () => {
    const key = 'outage-retry-key-0001'
    expect((await callApi(payload, 'GET', '/complaints/form/izw-arbeidscoaching')).status).toBe(200)

    await database.stop()
    const whileAway = [
      await timed(() => submitJson(payload, IZW_SUBMISSION, { 'Idempotency-Key': key })),
      await timed(() => callApi(payload, 'GET', '/complaints/form/izw-arbeidscoaching')),
      await timed(() => callApi(payload, 'GET', '/regulations')),
      await timed(() =>
        callApi(payload, 'POST', '/users/login', {
          headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en' },
          body: JSON.stringify({ email: 'someone@example.com', password: 'secret-password' }),
        }),
      ),
    ]
    for (const { answer, ms } of whileAway) {
      expect(answer.status).toBe(503)
      expect(answer.headers.get('retry-after')).toBe('5')
      expect(ms).toBeLessThan(10_000)
    }
    expect(whileAway[0]!.answer.body.message).toContain('Probeer het over 5 seconden opnieuw')
    expect(whileAway[2]!.answer.body.errors[0].message).toContain('niet bereikbaar')

    database = await start()
    const first = await submitJson(payload, IZW_SUBMISSION, { 'Idempotency-Key': key })
    expect(first.status).toBe(201)
    const again = await submitJson(payload, IZW_SUBMISSION, { 'Idempotency-Key': key })
    expect(again.status).toBe(200)
    expect(again.body.reference).toBe(first.body.reference)
    const { totalDocs } = await payload.count({ collection: 'complaints' })
    expect(totalDocs).toBe(1)
    const letters = await payload.find({ collection: 'letters', depth: 0 })
    expect(letters.docs.map((letter) => letter.kind)).toEqual(['acknowledgement'])
  }, 120_000)

  it("turns the admin and GraphQL away in the proxy meanwhile, in the admin's language, and lets them through again", async () => {
    const adminPage = (headers: Record<string, string> = {}) =>
      answerDatabaseOutage(
        new Request('http://app.example/admin/collections/complaints', {
          headers: { accept: 'text/html,application/xhtml+xml', ...headers },
        }),
      )
    /** How long until the proxy's answer is `wanted` (it remembers the database's answer a second). */
    const until = async (wanted: (answer: Response | undefined) => boolean) => {
      const started = Date.now()
      for (;;) {
        const answer = await adminPage()
        if (wanted(answer)) return { answer, ms: Date.now() - started }
        if (Date.now() - started > 15_000) throw new Error('the proxy did not change its answer')
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    expect(await adminPage()).toBeUndefined()

    await database.stop()
    const away = await until((answer) => answer !== undefined)
    expect(away.ms).toBeLessThan(5_000)
    expect(away.answer!.status).toBe(503)
    expect(away.answer!.headers.get('retry-after')).toBe('5')
    const dutch = await away.answer!.text()
    expect(dutch).toContain('<title>Even niet bereikbaar</title>')
    expect(dutch).toContain('Probeer het over 5 seconden opnieuw')
    expect(dutch).toContain('<meta http-equiv="refresh" content="5">')
    const english = await adminPage({ cookie: 'payload-lng=en' })
    expect(await english!.text()).toContain('Please try again in 5 seconds')
    const turnedAway = await timed(() =>
      answerDatabaseOutage(
        new Request('http://app.example/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'en' },
          body: JSON.stringify({ query: '{ Complaints { totalDocs } }' }),
        }),
      ),
    )
    expect(turnedAway.ms).toBeLessThan(10_000)
    expect(turnedAway.answer!.status).toBe(503)
    expect(turnedAway.answer!.headers.get('retry-after')).toBe('5')
    expect(await turnedAway.answer!.json()).toEqual({
      errors: [
        {
          message: 'The data cannot be reached right now. Please try again in 5 seconds.',
          extensions: { statusCode: 503 },
        },
      ],
      message: 'The data cannot be reached right now. Please try again in 5 seconds.',
    })

    // Past the proxy (the database went away after it asked), GraphQL's own answer says the same,
    // and its route as the demo has it gives that answer the status.
    const query = '{ Regulations { totalDocs } }'
    const resolved = await timed(() => graphql(payload, query, { route: withOutageStatus }))
    expect(resolved.ms).toBeLessThan(10_000)
    expect(resolved.answer.status).toBe(503)
    expect(resolved.answer.headers.get('retry-after')).toBe('5')
    expect(resolved.answer.errors).toEqual([
      expect.objectContaining({
        message:
          'De gegevens zijn op dit moment even niet bereikbaar. Probeer het over 5 seconden opnieuw.',
        extensions: expect.objectContaining({ statusCode: 503 }),
      }),
    ])

    database = await start()
    const back = await until((answer) => answer === undefined)
    expect(back.ms).toBeLessThan(5_000)
    expect((await callApi(payload, 'GET', '/regulations')).status).toBe(200)
    const served = await graphql(payload, query, { route: withOutageStatus })
    expect([served.status, served.headers.get('retry-after'), served.errors]).toEqual([
      200,
      null,
      undefined,
    ])
    expect(served.data.Regulations.totalDocs).toBeGreaterThan(0)
  }, 120_000)
})
