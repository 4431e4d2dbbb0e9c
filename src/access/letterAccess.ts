import type { Access, PayloadRequest } from 'payload'

import { idOf } from '../complaints/factsFromDocument'
import { asSlug } from '../slugs'
import { readableComplaints } from './complaintAccess'

import type { RoleCheck } from './roles'

const EDITORS = ['admin', 'directie', 'handler'] as const

/** Whether the caller may change this complaint: only then may they write or send its letters. */
export const mayUpdateComplaint = async (
  hasRole: RoleCheck,
  req: PayloadRequest,
  complaint: unknown,
  complaints: string,
): Promise<boolean> => {
  const id = idOf(complaint)
  const readable = hasRole(req, ...EDITORS) ? readableComplaints(hasRole, req) : false
  if (!id || !readable) return false
  const { totalDocs } = await req.payload.count({
    collection: asSlug(complaints),
    where: { and: [{ id: { equals: id } }, readable] },
    req,
    overrideAccess: true,
  })
  return totalDocs === 1
}

/**
 * A letter is exactly as confidential as its complaint. It is written only by someone who may
 * change the complaint; once sent it is the record and never changes; a draft is deleted only
 * by someone who may read it.
 */
export const letterAccess = (hasRole: RoleCheck, complaints: string) => {
  const readable = (req: PayloadRequest) =>
    hasRole(req, ...EDITORS) ? readableComplaints(hasRole, req, 'complaint.') : false
  const read: Access = ({ req }) => readable(req)
  const create: Access = ({ req, data }) =>
    mayUpdateComplaint(hasRole, req, data?.complaint, complaints)
  const update: Access = ({ req }) => {
    const where = readable(req)
    return where ? { and: [where, { status: { not_equals: 'sent' } }] } : false
  }
  const remove: Access = ({ req }) => {
    const where = readable(req)
    return where ? { and: [where, { status: { in: ['draft', 'failed'] } }] } : false
  }
  return { read, create, update, delete: remove }
}
