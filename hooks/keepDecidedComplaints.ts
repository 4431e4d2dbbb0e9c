import type { CollectionBeforeDeleteHook } from 'payload'

import { refusalError } from '../src/complaints/refusalError'
import { asSlug, slugsOf } from '../src/slugs'

/** Acts that make a complaint part of the record: a decision (also on appeal), a non-admission, a closure. */
const DECIDED = ['decidedOn', 'appealDecidedOn', 'nonAdmittedOn', 'closedOn', 'outcome'] as const

/**
 * A complaint that was decided, or to whose complainant a letter went, is never deleted: it is
 * withdrawn, or removed when its retention term is over (context `retention`).
 */
export const keepDecidedComplaints: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  if (req.context.retention === true) return
  const complaint = (await req.payload.findByID({
    collection: asSlug(collection.slug),
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as Record<string, unknown> | null
  if (!complaint) return
  if (DECIDED.some((field) => complaint[field]))
    throw refusalError(collection.slug, [{ rule: 'complaintDecided', field: 'status' }], req)
  const { totalDocs } = await req.payload.count({
    collection: slugsOf(req).letters,
    where: { and: [{ complaint: { equals: id } }, { status: { equals: 'sent' } }] },
    req,
    overrideAccess: true,
  })
  if (totalDocs > 0)
    throw refusalError(
      collection.slug,
      [{ rule: 'complaintHasSentLetters', field: 'letters', params: { count: totalDocs } }],
      req,
    )
}
