/**
 * A new complaint's letters are drafted after its commit, outside the lock that serialises
 * creates, and then it is announced, never lost: right after the commit its one job becomes the
 * announcement; a process that ends right after the commit leaves the drafting queued for the
 * next worker, two workers at once draft each letter once, and a job a lost runner left marked
 * as running is run again.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { afterCommitSettled } from '../../src/database/afterCommit'
import { runJobsOnce } from '../../src/jobs/worker'
import { withRequiredData } from '../helpers/complaints'
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

const jobsOf = async (task: 'draftOwedLetters' | 'notifyNewComplaint', complaint: number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: task } }, { 'input.complaint': { equals: complaint } }],
      },
      depth: 0,
    })
  ).docs

const draftingJobsOf = (complaint: number) => jobsOf('draftOwedLetters', complaint)
const announcementsOf = (complaint: number) => jobsOf('notifyNewComplaint', complaint)

/** How often the complaint was announced: the announcement task claims it once (claimOnce). */
const timesAnnounced = async (complaint: number) =>
  (
    await payload.count({
      collection: 'complaint-rate-limits',
      where: { key: { equals: `once:notifyNewComplaint:${complaint}` } },
    })
  ).totalDocs

/** The exit code of a Node process whose top-level await never settled. */
const UNSETTLED = 13

/**
 * A complaint stored by a process of its own that ends right after the commit: its id. The schema
 * is this file's already, so the process does not push it again. Payload's lexical package now
 * and then does not finish loading in plain Node (exit code 13 before anything is stored): such
 * a process is started again, twice at most. A failure says what it printed.
 */
const createInProcessThatExits = async (
  regulation: SeedSlug = 'hss',
  attempt = 1,
): Promise<number> => {
  try {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'test/helpers/createAndExit.ts', String(regulations[regulation])],
      { env: { ...process.env, DATABASE_PUSH: 'false' }, timeout: 90_000 },
    )
    return Number(stdout.trim().split('\n').pop())
  } catch (error) {
    const { code, signal, stdout, stderr } = error as Record<string, unknown>
    if (code === UNSETTLED && !stdout && attempt < 3)
      return createInProcessThatExits(regulation, attempt + 1)
    throw new Error(
      `createAndExit ended with code ${code}, signal ${signal}\nstdout: ${stdout}\nstderr: ${stderr}`,
    )
  }
}

describe('letters drafted after the commit', () => {
  const createComplaint = (regulation: SeedSlug) =>
    payload.create({
      collection: 'complaints',
      depth: 0,
      data: withRequiredData({
        regulation: regulations[regulation],
        channel: 'email',
        description: 'Afspraak niet nagekomen',
        receivedOn: '2026-04-24',
      }) as never,
    })

  it.each([
    ['stored in one statement', false],
    ["queued through Payload's queue, for a host that runs hooks on its jobs", true],
  ])(
    'are drafted right after the commit, and the job queued with the complaint, %s, becomes its announcement',
    async (_how, runHooks) => {
      const jobs = payload.config.jobs as { runHooks?: boolean }
      jobs.runHooks = runHooks
      const complaint = await createComplaint('hss').finally(() => (jobs.runHooks = false))
      await afterCommitSettled()
      expect(await kindsOf(complaint.id)).toEqual(['acknowledgement'])
      expect(await draftingJobsOf(complaint.id)).toEqual([])
      expect(await announcementsOf(complaint.id)).toHaveLength(1)
      await runJobsOnce(payload)
      expect(await announcementsOf(complaint.id)).toEqual([])
      expect(await timesAnnounced(complaint.id)).toBe(1)
      expect(await kindsOf(complaint.id)).toEqual(['acknowledgement'])
    },
    60_000,
  )

  it('are drafted right after the commit, and the job removed, where the regulation has nobody told of a new complaint', async () => {
    const complaint = await createComplaint('krachtig-perspectief')
    await afterCommitSettled()
    expect(await kindsOf(complaint.id)).toEqual(['acknowledgement'])
    expect(await draftingJobsOf(complaint.id)).toEqual([])
    expect(await announcementsOf(complaint.id)).toEqual([])
    await runJobsOnce(payload)
    expect(await timesAnnounced(complaint.id)).toBe(0)
  })

  it('survive a process that ends right after the commit: the next worker drafts them, once', async () => {
    const id = await createInProcessThatExits()
    expect(Number.isInteger(id)).toBe(true)
    expect(await kindsOf(id)).toEqual([])
    const [job] = await draftingJobsOf(id)
    expect(job).toBeDefined()

    // Two workers at once: each claims its jobs in one statement, so only one drafts.
    await Promise.all([runJobsOnce(payload), runJobsOnce(payload)])
    expect(await kindsOf(id)).toEqual(['acknowledgement'])
    expect(await draftingJobsOf(id)).toEqual([])
    // The worker that drafted queued the announcement: the other worker's round may have run it
    // already, or else the next round does.
    await runJobsOnce(payload)
    expect(await kindsOf(id)).toEqual(['acknowledgement'])
    expect(await announcementsOf(id)).toEqual([])
    expect(await timesAnnounced(id)).toBe(1)
  }, 120_000)

  it('runs again a job that a lost runner left marked as running', async () => {
    const id = await createInProcessThatExits()
    const [job] = await draftingJobsOf(id)
    // As a runner leaves it that took the job and then lost the database or crashed.
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: job!.id,
      data: { processing: true },
    })
    await runJobsOnce(payload, { staleAfterMs: 60_000 })
    expect(await kindsOf(id)).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    await runJobsOnce(payload, { staleAfterMs: 1_000 })
    expect(await kindsOf(id)).toEqual(['acknowledgement'])
  }, 120_000)

  it('leave no announcement to the next worker where the regulation has nobody told', async () => {
    const id = await createInProcessThatExits('krachtig-perspectief')
    expect(await draftingJobsOf(id)).toHaveLength(1)
    await runJobsOnce(payload)
    await runJobsOnce(payload)
    expect(await kindsOf(id)).toEqual(['acknowledgement'])
    expect(await draftingJobsOf(id)).toEqual([])
    expect(await announcementsOf(id)).toEqual([])
    expect(await timesAnnounced(id)).toBe(0)
  }, 120_000)
})
