/**
 * Two web instances and two job workers, each a process of its own, on one database: what one
 * instance knows (rate limit counts, the last reference, a letter already sent) must hold for
 * the other, since it is kept in PostgreSQL and not in a process.
 */
import { randomUUID } from 'node:crypto'

import { startFleet } from '../helpers/instances'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { smtpSink } from '../helpers/smtpSink'
import { IZW_SUBMISSION } from '../helpers/intake'

import type { Payload } from 'payload'
import type { Fleet } from '../helpers/instances'

const mail = smtpSink(2629)
let payload: Payload
let fleet: Fleet

beforeAll(async () => {
  await mail.start()
  process.env.SMTP_URL = mail.url
  // The test process pushes the schema and stores the regulations; the children only use them.
  payload = await startPayload()
  await storeSeedRegulations(payload)
  fleet = await startFleet({
    databaseUrl: process.env.DATABASE_URL!,
    instances: 2,
    workers: 2,
    workerIntervalMs: 100,
    readyTimeoutMs: 80_000,
    env: { SMTP_URL: mail.url, LETTER_RETRY_DELAY_MS: '0', LOG_REFUSALS: 'false' },
  })
}, 150_000)

afterAll(async () => {
  await fleet?.stop()
  if (payload) await stopPayload(payload)
  await mail.stop()
  delete process.env.SMTP_URL
}, 60_000)

const form = IZW_SUBMISSION

/** One submission of the public form to instance `instance`, from client address `address`. */
const submit = async (instance: number, address: string, body: Record<string, unknown>) => {
  const response = await fetch(
    `${fleet.urls[instance % fleet.urls.length]}/api/complaints/submit`,
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': randomUUID(),
        'X-Forwarded-For': address,
      },
      body: JSON.stringify(body),
    },
  )
  return {
    status: response.status,
    retryAfter: response.headers.get('Retry-After'),
    body: (await response.json()) as { reference?: string; receivedOn?: string },
  }
}

const until = async (what: string, check: () => Promise<boolean>, timeoutMs: number) => {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${timeoutMs} ms: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('two instances and two workers on one database', () => {
  it('counts the rate limit of a client address across both instances', async () => {
    // Refused input (no description) still counts, and stores no complaint to number.
    const { description: _none, ...incomplete } = form
    const statuses: number[] = []
    for (let i = 0; i < 10; i += 1)
      statuses.push((await submit(i, '203.0.113.7', incomplete)).status)
    expect(statuses).toEqual(Array(10).fill(422))

    const eleventh = await submit(10, '203.0.113.7', incomplete)
    expect(eleventh.status).toBe(429)
    expect(Number(eleventh.retryAfter)).toBeGreaterThan(0)
    expect((await submit(11, '203.0.113.7', incomplete)).status).toBe(429)
    // Another address is not held back by it.
    expect((await submit(11, '203.0.113.8', incomplete)).status).toBe(422)
  }, 30_000)

  it('numbers 40 concurrent submissions over both instances without gaps, each with its acknowledgement draft', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => submit(i, `198.51.100.${i + 1}`, form)),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(40).fill(201))
    const references = answers.map((answer) => answer.body.reference!)
    expect(new Set(references).size).toBe(40)

    // Gapless per year of receipt (a run across New Year's Eve has two years).
    const byYear = new Map<string, number[]>()
    for (const { body } of answers) {
      const year = body.receivedOn!.slice(0, 4)
      const [, referenceYear, number] = /^KL-(\d{4})-(\d{4,})$/.exec(body.reference!) ?? []
      expect(referenceYear).toBe(year)
      byYear.set(year, [...(byYear.get(year) ?? []), Number(number)])
    }
    for (const numbers of byYear.values())
      expect(numbers.sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1))

    const { docs: complaints } = await payload.find({
      collection: 'complaints',
      where: { reference: { in: references } },
      depth: 0,
      pagination: false,
    })
    expect(complaints).toHaveLength(40)
    const ids = complaints.map((complaint) => complaint.id)
    const acknowledgements = () =>
      payload.count({
        collection: 'letters',
        where: { complaint: { in: ids }, kind: { equals: 'acknowledgement' } },
      })
    await until(
      'every complaint has its acknowledgement draft',
      async () => {
        return (await acknowledgements()).totalDocs >= 40
      },
      10_000,
    )
    expect((await acknowledgements()).totalDocs).toBe(40)
  }, 60_000)

  it('sends a letter queued once exactly once while two workers run', async () => {
    const { docs: drafts } = await payload.find({
      collection: 'letters',
      where: { kind: { equals: 'acknowledgement' }, status: { equals: 'draft' } },
      depth: 0,
      limit: 20,
    })
    expect(drafts).toHaveLength(20)
    const recipientOf = (id: number | string) => `klager-${id}@example.com`
    await Promise.all(
      drafts.map((letter) =>
        payload.update({
          collection: 'letters',
          id: letter.id,
          depth: 0,
          data: { status: 'queued', channel: 'email', recipient: recipientOf(letter.id) } as never,
        }),
      ),
    )
    const ids = drafts.map((letter) => letter.id)
    await until(
      'every queued letter is sent',
      async () => {
        const { totalDocs } = await payload.count({
          collection: 'letters',
          where: { id: { in: ids }, status: { equals: 'sent' } },
        })
        return totalDocs === ids.length
      },
      30_000,
    )
    // A few more rounds of both workers: a second sending would show up now.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const mailsPerLetter = ids.map(
      (id) => mail.received.filter((received) => received.to.includes(recipientOf(id))).length,
    )
    expect(mailsPerLetter).toEqual(Array(ids.length).fill(1))
  }, 45_000)
})
