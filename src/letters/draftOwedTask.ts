import { createLocalReq } from 'payload'

import { lockComplaint } from '../complaints/lockComplaint'
import { idOf } from '../complaints/factsFromDocument'
import { regulationById } from '../complaints/procedureFor'
import { rulesFromDocument } from '../complaints/rulesFromDocument'
import { inTransaction } from '../database/transaction'
import { dropJob, passOnQueuedJob } from '../jobs/claimJobs'
import { slugsOf } from '../slugs'
import { announcementOwed } from './announcement'
import { draftOwedLetters } from './draftOwed'

import type { Payload, PayloadRequest, TaskConfig } from 'payload'

type Stored = Record<string, any>

const ANNOUNCE = 'notifyNewComplaint'

/**
 * Drafts the letters complaint `id` owes, its row locked first, so of two runs (or a run and a
 * save) the second finds the drafts of the first. `saved` is the complaint as its create stored
 * it before it was numbered: used with its reference while the row has not changed since, read
 * again otherwise.
 */
const draftLocked = async (
  req: PayloadRequest,
  id: number | string,
  saved?: Stored,
): Promise<Stored | null> => {
  const slug = slugsOf(req).complaints
  const locked = await lockComplaint(req, slug, id, saved?.updatedAt)
  if (!locked) return null
  const doc =
    locked.unchanged && saved
      ? { ...saved, reference: locked.reference }
      : await req.payload.findByID({
          collection: slug,
          id,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })
  if (doc) await draftOwedLetters(req, doc as Stored)
  return doc as Stored | null
}

/** Whether the complaint's regulation has anyone told of it (announcement.ts). */
const owesAnnouncement = async (req: PayloadRequest, complaint: Stored | null) => {
  if (!complaint) return false
  const regulation = await regulationById(req, idOf(complaint.regulation))
  return (
    regulation !== null && announcementOwed(rulesFromDocument(regulation.rules ?? {}), complaint)
  )
}

/**
 * What follows a new complaint's commit: its letters drafted, then its announcement queued
 * (notifyNewComplaintTask) where the regulation has anyone told. Queued in the complaint's own
 * transaction, so a complaint is never stored without it; done at once after the commit
 * (`followUpInPlaceOfJob`) or else by the next worker, here.
 */
export const draftOwedLettersTask: TaskConfig<{ input: { complaint: number }; output: object }> = {
  slug: 'draftOwedLetters',
  inputSchema: [{ name: 'complaint', type: 'number', required: true }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => {
    await inTransaction(req, async () => {
      const complaint = await draftLocked(req, input.complaint)
      if (await owesAnnouncement(req, complaint))
        await req.payload.jobs.queue({ task: ANNOUNCE, input: { complaint: input.complaint }, req })
    })
    return { output: {} }
  },
}

/**
 * The same right after the commit, without the queue's bookkeeping: unless a runner has taken
 * the job already, the letters are drafted in the transaction that turns the job into the
 * announcement, or removes it where nobody is to be told. A failure rolls all back, and the job
 * waits for the next worker: nothing lost, nothing twice.
 */
export const followUpInPlaceOfJob = async (
  payload: Payload,
  job: number | string,
  complaint: Stored,
): Promise<void> => {
  const req = await createLocalReq({}, payload)
  await inTransaction(req, async () => {
    if (!(await passOnQueuedJob(req, job, ANNOUNCE))) return
    const stored = await draftLocked(req, complaint.id, complaint)
    if (!(await owesAnnouncement(req, stored))) await dropJob(req, job)
  })
}
