import type { CollectionAfterChangeHook } from 'payload'

/** "Send" puts an e-mail letter in the outbox: a job that retries until the mail server takes it. */
export const queueLetter: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'queued' || previousDoc?.status === 'queued' || doc.channel !== 'email')
    return doc
  await req.payload.jobs.queue({ task: 'sendLetter', input: { letter: doc.id }, req })
  return doc
}
