import type { Access, PayloadRequest, Where } from 'payload'

import { readableComplaints } from './complaintAccess'

import type { RoleCheck } from './roles'

/** An attachment not (yet) part of a complaint: only the person who uploaded it sees it. */
const ownUnlinked = (req: PayloadRequest): Where => ({
  and: [{ complaint: { exists: false } }, { uploadedBy: { equals: req.user?.id } }],
})

/**
 * An attachment is exactly as confidential as its complaint, over every path (REST, GraphQL,
 * the file URL, the admin's upload list). One uploaded while recording a complaint is seen by
 * its uploader until the complaint is saved. It is never changed; it leaves with its complaint.
 */
export const attachmentAccess = (hasRole: RoleCheck) => {
  const read: Access = ({ req }) => {
    if (!hasRole(req, 'admin', 'directie', 'handler', 'staff')) return false
    const ofComplaint = readableComplaints(hasRole, req, 'complaint.')
    return ofComplaint ? { or: [ofComplaint, ownUnlinked(req)] } : ownUnlinked(req)
  }
  return {
    read,
    create: (({ req }) => hasRole(req, 'admin', 'directie', 'handler', 'staff')) as Access,
    update: (() => false) as Access,
    delete: (({ req }) =>
      hasRole(req, 'admin', 'directie', 'handler', 'staff') ? ownUnlinked(req) : false) as Access,
  }
}
