import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import type { RoleCheck } from './roles'
import { slugsOf } from '../slugs'

/**
 * Confidentiality (only those directly involved): directie and admin read every complaint,
 * handlers and committee members the ones they are assigned to, nobody else anything, and the
 * person complained about never, whatever their role. `path` prefixes the complaint's fields, so
 * letters can be scoped by `complaint.`.
 */
export const readableComplaints = (
  hasRole: RoleCheck,
  req: PayloadRequest,
  path = '',
): Where | false => {
  const user = req.user
  if (!user) return false
  if (hasRole(req, 'admin', 'directie')) {
    return {
      or: [
        { [`${path}subjectEmployee`]: { exists: false } },
        { [`${path}subjectEmployee`]: { not_equals: user.id } },
      ],
    }
  }
  if (hasRole(req, 'handler', 'staff')) return { [`${path}participants`]: { in: [user.id] } }
  return false
}

export const complaintAccess = (hasRole: RoleCheck) => {
  const read: Access = ({ req }) => readableComplaints(hasRole, req)
  return {
    read,
    // The history of a complaint is as confidential as the complaint: readable where the complaint is.
    readVersions: (async ({ req }) => {
      const where = readableComplaints(hasRole, req)
      if (!where) return false
      const { docs } = await req.payload.find({
        collection: slugsOf(req).complaints,
        where,
        select: {},
        depth: 0,
        pagination: false,
        req,
        overrideAccess: true,
      })
      return { parent: { in: docs.map((doc) => doc.id) } }
    }) as Access,
    // Staff record oral complaints; the public form creates through its own endpoint.
    create: (({ req }) => hasRole(req, 'admin', 'directie', 'handler', 'staff')) as Access,
    update: (({ req }) =>
      hasRole(req, 'admin', 'directie', 'handler')
        ? readableComplaints(hasRole, req)
        : false) as Access,
    // Delete needs the same scope as read: the person a complaint is about never touches it.
    delete: (({ req }) =>
      hasRole(req, 'admin') ? readableComplaints(hasRole, req) : false) as Access,
  }
}

/** Stored deadlines and the reference are the hooks' to write, never a person's. */
export const computedField: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}
