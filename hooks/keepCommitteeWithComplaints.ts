import type { CollectionBeforeDeleteHook } from 'payload'

import { refusalError } from '../src/complaints/refusalError'
import { slugsOf } from '../src/slugs'

/** A committee stays while it handles complaints: its members are the record of who decided. */
export const keepCommitteeWithComplaints: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  const { totalDocs } = await req.payload.count({
    collection: slugsOf(req).complaints,
    where: { committee: { equals: id } },
    req,
    overrideAccess: true,
  })
  if (totalDocs > 0)
    throw refusalError(
      collection.slug,
      [{ rule: 'committeeHandlesComplaints', field: 'complaints', params: { count: totalDocs } }],
      req,
    )
}
