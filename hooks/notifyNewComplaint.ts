import type { CollectionAfterChangeHook } from 'payload'

/** A new complaint is announced to directie and, for a UWV client, the labour expert (through the job queue). */
export const notifyNewComplaint: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({ task: 'notifyNewComplaint', input: { complaint: doc.id }, req })
  return doc
}
