import type { CollectionAfterChangeHook } from 'payload'

import { afterCommit } from '../src/database/afterCommit'
import { claimJobs, runClaimed } from '../src/jobs/claimJobs'
import { draftOwedLetters as draft } from '../src/letters/draftOwed'

/**
 * After every save, drafts the letters the complaint now owes. A new complaint's are drafted
 * after its commit, outside the reference lock that serialises creates (hooks/assignReference.ts):
 * queued as a job in the same transaction, and run as soon as it has committed (unless a worker
 * took it first).
 */
export const draftOwedLetters: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') {
    await draft(req, doc)
    return doc
  }
  const job = await req.payload.jobs.queue({
    task: 'draftOwedLetters',
    input: { complaint: doc.id },
    req,
  })
  await afterCommit(req, 'Drafting the letters of a new complaint', async (payload) =>
    runClaimed(payload, await claimJobs(payload, { ids: [job.id] })),
  )
  return doc
}
