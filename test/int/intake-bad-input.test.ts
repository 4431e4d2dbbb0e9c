/**
 * 1200 malformed submissions, generated from a fixed seed: wrong types, huge strings, script
 * tags, impossible dates, unknown regulations, oversized and disguised attachments, bodies
 * that are no submission at all. Every one gets a 4xx, none a 5xx, and nothing is stored.
 */
import { generateBadSubmissions } from '../helpers/badSubmissions'
import { callApi, filesMarked, storedCounts } from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'

import type { Payload } from 'payload'
import type { BadSubmission } from '../helpers/badSubmissions'

const COUNT = 1200
const SEED = 20260424

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await storeSeedRegulations(payload)
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
})

const bodyOf = (submission: BadSubmission): { body: BodyInit; headers: Record<string, string> } => {
  if (submission.raw) return { body: submission.raw.body as BodyInit, headers: { 'Content-Type': submission.raw.contentType } }
  if (submission.format === 'json') return { body: JSON.stringify(submission.values), headers: { 'Content-Type': 'application/json' } }
  const form = new FormData()
  for (const [name, value] of Object.entries(submission.values)) {
    for (const each of Array.isArray(value) ? value : [value]) form.append(name, typeof each === 'string' ? each : JSON.stringify(each))
  }
  for (const file of submission.files) form.append('attachments', new Blob([file.data as BlobPart], { type: file.type }), file.name)
  return { body: form, headers: {} }
}

describe('malformed submissions of the public form', () => {
  it(`answers all ${COUNT} with a 4xx naming what is wrong, never a 5xx, and stores nothing`, async () => {
    const before = await storedCounts(payload)
    const statuses = new Map<number, number>()
    const unexpected: string[] = []
    const defects = new Map<string, number>()
    for (const [index, submission] of generateBadSubmissions(COUNT, SEED).entries()) {
      const { body, headers } = bodyOf(submission)
      const answer = await callApi(payload, 'POST', '/complaints/submit', { headers: { ...headers, ...submission.headers }, body })
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
      for (const defect of submission.defects) defects.set(defect, (defects.get(defect) ?? 0) + 1)
      const explained = typeof answer.body?.message === 'string' && (answer.status !== 422 || answer.body.errors?.length > 0)
      if (answer.status < 400 || answer.status >= 500 || !explained) unexpected.push(`#${index} ${submission.defects.join('+')}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`)
    }
    // Printed so a run shows what was covered.
    console.info({ statuses: Object.fromEntries(statuses), defects: Object.fromEntries(defects) })
    expect(unexpected).toEqual([])
    expect(await storedCounts(payload)).toEqual(before)
    expect(await filesMarked(payload, 'bad-input-')).toEqual([])
    expect(defects.size).toBeGreaterThanOrEqual(30)
  }, 300_000)

  it('still takes a valid complaint afterwards', async () => {
    const answer = await callApi(payload, 'POST', '/complaints/submit', { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ regulation: 'hss', name: 'Kees', description: 'Na alle rommel een echte klacht.' }) })
    expect(answer.status).toBe(201)
  })
})
