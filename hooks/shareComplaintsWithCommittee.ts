import type { CollectionAfterChangeHook } from 'payload'
import { slugsOf } from '../src/slugs'

/**
 * Who may read a complaint is stored on it; when a committee's members change, its complaints
 * are saved again so their readers follow.
 */
export const shareComplaintsWithCommittee: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (
    operation === 'create' ||
    JSON.stringify(doc.members) === JSON.stringify(previousDoc?.members)
  )
    return doc
  const { docs } = await req.payload.find({
    collection: slugsOf(req).complaints,
    where: { committee: { equals: doc.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  for (const complaint of docs) {
    await req.payload.update({
      collection: slugsOf(req).complaints,
      id: complaint.id,
      data: {},
      req,
      overrideAccess: true,
    })
  }
  return doc
}
