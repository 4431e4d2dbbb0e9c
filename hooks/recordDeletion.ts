import type { CollectionAfterDeleteHook } from 'payload'

import { recordAudit } from '../src/audit/recordAudit'

/** Every deletion of a complaint, letter or attachment is written to the audit log: who, what, when. */
export const recordDeletion: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  await recordAudit(req, {
    action: 'deleted',
    collection: collection.slug,
    id,
    reference: (doc?.reference as string | undefined) ?? null,
    summary: ((doc?.subject ?? doc?.kind ?? doc?.filename) as string | undefined) ?? null,
  })
  return doc
}
