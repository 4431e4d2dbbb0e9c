import type { CollectionBeforeDeleteHook } from 'payload'

import { refusalError } from '../src/complaints/refusalError'

/** A committee stays while it handles complaints: its members are the record of who decided. */
export const keepCommitteeWithComplaints: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'complaints', where: { committee: { equals: id } }, req, overrideAccess: true })
  if (totalDocs > 0) throw refusalError('committees', [{ rule: 'committeeHandlesComplaints', field: 'complaints', params: { count: totalDocs } }], req)
}
