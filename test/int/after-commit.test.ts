/**
 * A new complaint's letters are drafted after its commit, outside the lock that serialises
 * creates, and never lost: a process that ends right after the commit leaves the drafting queued
 * for the next worker, and two runs of it at once draft each letter once.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'

let payload: Payload
let regulations: Record<SeedSlug, number>

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
})

const kindsOf = async (complaint: number) =>
  (
    await payload.find({
      collection: 'letters',
      where: { complaint: { equals: complaint } },
      depth: 0,
      pagination: false,
    })
  ).docs.map((letter) => letter.kind)

const draftingJobsOf = async (complaint: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'draftOwedLetters' } },
          { 'input.complaint': { equals: complaint } },
        ],
      },
      depth: 0,
    })
  ).docs

describe('letters drafted after the commit', () => {
  it('survive a process that ends right after the commit: the next worker drafts them, once', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'test/helpers/createAndExit.ts', String(regulations.hss)],
      { env: { ...process.env }, timeout: 90_000 },
    )
    const id = Number(stdout.trim().split('\n').pop())
    expect(Number.isInteger(id)).toBe(true)
    expect(await kindsOf(id)).toEqual([])
    const [job] = await draftingJobsOf(id)
    expect(job).toBeDefined()

    // Two workers take the same job at once (Payload's claim of a job is not atomic). The one
    // that finishes second may fail on the job the first completed and removed; no letter twice.
    await Promise.allSettled([
      payload.jobs.runByID({ id: job!.id, overrideAccess: true, silent: true }),
      payload.jobs.runByID({ id: job!.id, overrideAccess: true, silent: true }),
    ])
    expect(await kindsOf(id)).toEqual(['acknowledgement'])
    await payload.jobs.run({ queue: 'default', limit: 10, silent: true })
    expect(await kindsOf(id)).toEqual(['acknowledgement'])
  }, 120_000)
})
