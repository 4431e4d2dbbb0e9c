import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { refusalError } from '../src/complaints/refusalError'
import { slugsOf } from '../src/slugs'

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(idOf).filter((id): id is string => id !== null) : []

/**
 * A complaint takes up only attachments that are its own or that the person saving uploaded for
 * it: naming another complaint's attachment would otherwise make it readable here.
 */
export const checkAttachmentOwnership: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const before = new Set(idsOf(originalDoc?.attachments))
  const added = idsOf(data.attachments).filter((id) => !before.has(id))
  if (added.length === 0 || !req.user) return data
  const { docs } = await req.payload.find({
    collection: slugsOf(req).attachments,
    where: { id: { in: added } },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const own = (doc: Record<string, unknown>) =>
    idOf(doc.complaint) === (originalDoc ? idOf(originalDoc.id) : null) ||
    (!doc.complaint && idOf(doc.uploadedBy) === idOf(req.user?.id))
  const foreign = added.filter(
    (id) =>
      !docs.some((doc) => String(doc.id) === id && own(doc as unknown as Record<string, unknown>)),
  )
  if (foreign.length > 0)
    throw refusalError(
      collection.slug,
      [
        {
          rule: 'attachmentNotAvailable',
          field: 'attachments',
          params: { ids: foreign.join(', ') },
        },
      ],
      req,
    )
  return data
}
