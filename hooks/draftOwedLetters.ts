import type { CollectionAfterChangeHook } from 'payload'

import { afterCommit } from '../src/database/afterCommit'
import { queueTask } from '../src/jobs/queueTask'
import { draftOwedLetters as draft } from '../src/letters/draftOwed'
import { followUpInPlaceOfJob } from '../src/letters/draftOwedTask'

/**
 * After every save, drafts the letters the complaint now owes. A new complaint's are drafted
 * after its commit, outside the reference lock that serialises creates (hooks/assignReference.ts),
 * and then it is announced: queued as one job in the same transaction, and done as soon as it
 * has committed (unless a worker took the job first).
 */
export const draftOwedLetters: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') {
    await draft(req, doc)
    return doc
  }
  const job = await queueTask(req, 'draftOwedLetters', { complaint: doc.id })
  await afterCommit(req, 'Drafting the letters of a new complaint', (payload) =>
    followUpInPlaceOfJob(payload, job, doc),
  )
  return doc
}
