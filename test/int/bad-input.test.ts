/**
 * 10,000 malformed inputs, generated from fixed seeds, across the three ways in: the public
 * form (wrong types, huge strings, script tags, control and bidi characters, impossible dates,
 * unknown regulations, oversized and disguised attachments, bodies that are no submission at
 * all), the staff REST API (wrong types, impossible and future dates, unknown ids, forbidden
 * characters, steps the procedure does not allow, addresses that name nothing) and the report
 * export's parameters. None gets a 5xx, and nothing is stored from refused input.
 */
import { generateBadSubmissions } from '../helpers/badSubmissions'
import { generateBadStaffWrites, generateReportRequests } from '../helpers/badStaffInput'
import { callApi, filesMarked, storedCounts } from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser } from '../helpers/users'

import type { Payload } from 'payload'
import type { BadSubmission } from '../helpers/badSubmissions'
import type { BadRequest } from '../helpers/badStaffInput'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { TestUser } from '../helpers/users'

const FORM_COUNT = 5000
const STAFF_COUNT = 4000
const REPORT_COUNT = 1000
const SEED = 20260424

let payload: Payload
let regulations: Record<SeedSlug, number>
let handler: TestUser
let directie: TestUser

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  handler = await createLoggedInUser(payload, 'behandelaar@organisatie.example', ['handler'])
  directie = await createLoggedInUser(payload, 'directie@organisatie.example', ['directie'])
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
})

const bodyOf = (submission: BadSubmission): { body: BodyInit; headers: Record<string, string> } => {
  if (submission.raw)
    return {
      body: submission.raw.body as BodyInit,
      headers: { 'Content-Type': submission.raw.contentType },
    }
  if (submission.format === 'json')
    return {
      body: JSON.stringify(submission.values),
      headers: { 'Content-Type': 'application/json' },
    }
  const form = new FormData()
  for (const [name, value] of Object.entries(submission.values)) {
    for (const each of Array.isArray(value) ? value : [value])
      form.append(name, typeof each === 'string' ? each : JSON.stringify(each))
  }
  for (const file of submission.files)
    form.append('attachments', new Blob([file.data as BlobPart], { type: file.type }), file.name)
  return { body: form, headers: {} }
}

describe('malformed submissions of the public form', () => {
  it(`answers all ${FORM_COUNT} with a 4xx naming what is wrong, never a 5xx, and stores nothing`, async () => {
    const before = await storedCounts(payload)
    const statuses = new Map<number, number>()
    const unexpected: string[] = []
    const defects = new Map<string, number>()
    for (const [index, submission] of generateBadSubmissions(FORM_COUNT, SEED).entries()) {
      const { body, headers } = bodyOf(submission)
      const answer = await callApi(payload, 'POST', '/complaints/submit', {
        headers: { ...headers, ...submission.headers },
        body,
      })
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
      for (const defect of submission.defects) defects.set(defect, (defects.get(defect) ?? 0) + 1)
      const explained =
        typeof answer.body?.message === 'string' &&
        (answer.status !== 422 || answer.body.errors?.length > 0)
      if (answer.status < 400 || answer.status >= 500 || !explained)
        unexpected.push(
          `#${index} ${submission.defects.join('+')}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`,
        )
    }
    // Printed so a run shows what was covered.
    console.info({ statuses: Object.fromEntries(statuses), defects: Object.fromEntries(defects) })
    expect(unexpected).toEqual([])
    expect(await storedCounts(payload)).toEqual(before)
    expect(await filesMarked(payload, 'bad-input-')).toEqual([])
    expect(defects.size).toBeGreaterThanOrEqual(30)
  }, 600_000)

  it('still takes a valid complaint afterwards', async () => {
    const answer = await callApi(payload, 'POST', '/complaints/submit', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        regulation: 'hss',
        name: 'Kees',
        description: 'Na alle rommel een echte klacht.',
      }),
    })
    expect(answer.status).toBe(201)
  })
})

const tally = (counts: Map<string, number>, key: string) =>
  counts.set(key, (counts.get(key) ?? 0) + 1)

const send = (request: BadRequest, user: TestUser) =>
  callApi(payload, request.method, request.path, {
    headers: {
      Authorization: `JWT ${user.token}`,
      ...(request.body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: request.body && request.method !== 'GET' ? JSON.stringify(request.body) : undefined,
  })

describe('malformed writes of staff to the complaints API', () => {
  it(`answers all ${STAFF_COUNT} with a 4xx naming what is wrong, never a 5xx, and stores or changes nothing`, async () => {
    const target = await payload.create({
      collection: 'complaints',
      depth: 0,
      data: {
        regulation: regulations.hss,
        receivedOn: '2026-03-02',
        channel: 'email',
        description: 'Het doel van de pogingen',
        handler: handler.id,
      } as never,
    })
    const before = {
      counts: await storedCounts(payload),
      target: await payload.findByID({ collection: 'complaints', id: target.id, depth: 0 }),
    }
    const statuses = new Map<string, number>()
    const defects = new Map<string, number>()
    const unexpected: string[] = []
    for (const [index, request] of generateBadStaffWrites(
      STAFF_COUNT,
      SEED,
      regulations.hss,
      target.id as number,
    ).entries()) {
      const answer = await send(request, handler)
      tally(statuses, String(answer.status))
      for (const defect of request.defects) tally(defects, defect)
      const explained =
        Array.isArray(answer.body?.errors) && typeof answer.body.errors[0]?.message === 'string'
      // A search with odd parameters may find nothing or ignore what it does not know; it changes nothing.
      const search =
        request.path.includes('?') &&
        answer.status === 200 &&
        (request.method === 'GET' || answer.body.docs?.length === 0)
      if (!search && (answer.status < 400 || answer.status >= 500 || !explained))
        unexpected.push(
          `#${index} ${request.method} ${request.path} ${request.defects.join('+')} ${JSON.stringify(request.body).slice(0, 200)}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`,
        )
    }
    console.info({
      staffStatuses: Object.fromEntries(statuses),
      staffDefects: Object.fromEntries(defects),
    })
    expect(unexpected.slice(0, 20)).toEqual([])
    expect(await storedCounts(payload)).toEqual(before.counts)
    expect(await payload.findByID({ collection: 'complaints', id: target.id, depth: 0 })).toEqual(
      before.target,
    )
    expect(defects.size).toBeGreaterThanOrEqual(10)
  }, 600_000)
})

describe('parameters of the yearly report export', () => {
  it(`answers all ${REPORT_COUNT} requests without a 5xx, refusing each bad parameter with a 400 that names it`, async () => {
    const statuses = new Map<string, number>()
    const unexpected: string[] = []
    for (const [index, request] of generateReportRequests(REPORT_COUNT, SEED).entries()) {
      const answer = await send(request, directie)
      tally(statuses, String(answer.status))
      const fine =
        answer.status === 200 ||
        (answer.status === 400 && typeof answer.body?.errors?.[0]?.message === 'string')
      if (!fine)
        unexpected.push(
          `#${index} ${request.path}: ${answer.status} ${String(JSON.stringify(answer.body)).slice(0, 200)}`,
        )
    }
    console.info({ reportStatuses: Object.fromEntries(statuses) })
    expect(unexpected.slice(0, 20)).toEqual([])
    expect(statuses.get('400') ?? 0).toBeGreaterThan(100)
  }, 300_000)
})
