import type { CollectionBeforeDeleteHook } from 'payload'

import { slugsOf } from '../src/slugs'

/**
 * A complaint that may be deleted (nothing decided, nothing sent) takes its case file along in
 * the same transaction: its draft letters and its attachments, rows and files.
 */
export const deleteLettersWithComplaint: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const slugs = slugsOf(req)
  await req.payload.delete({
    collection: slugs.letters,
    where: { complaint: { equals: id } },
    req,
    overrideAccess: true,
  })
  await req.payload.delete({
    collection: slugs.attachments,
    where: { complaint: { equals: id } },
    req,
    overrideAccess: true,
  })
}
