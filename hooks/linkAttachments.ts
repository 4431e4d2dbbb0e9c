import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { slugsOf } from '../src/slugs'

/** Attachments taken up by a complaint belong to it from now on, and share its confidentiality. */
export const linkAttachments: CollectionAfterChangeHook = async ({ doc, req }) => {
  const ids = ((doc.attachments as unknown[]) ?? [])
    .map(idOf)
    .filter((id): id is string => id !== null)
  if (ids.length === 0) return doc
  await req.payload.update({
    collection: slugsOf(req).attachments,
    where: { and: [{ id: { in: ids } }, { complaint: { exists: false } }] },
    data: { complaint: doc.id } as never,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return doc
}
