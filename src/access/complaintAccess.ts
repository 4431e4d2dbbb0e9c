import type { Access, FieldAccess, Where } from 'payload'

import type { RoleCheck } from './roles'

/** The person complained about never reads the complaint, whatever their role. */
const notAbout = (userId: string | number): Where => ({
  or: [{ subjectEmployee: { exists: false } }, { subjectEmployee: { not_equals: userId } }],
})

/**
 * Confidentiality (only those directly involved): directie and admin read every complaint,
 * handlers and committee members the ones they are assigned to, nobody else anything.
 */
export const complaintAccess = (hasRole: RoleCheck) => {
  const readOrUpdate: Access = ({ req }) => {
    if (!req.user) return false
    if (hasRole(req, 'admin', 'directie')) return notAbout(req.user.id)
    if (hasRole(req, 'handler', 'staff')) return { participants: { in: [req.user.id] } }
    return false
  }
  return {
    read: readOrUpdate,
    // Staff record oral complaints; the public form creates through its own endpoint.
    create: (({ req }) => hasRole(req, 'admin', 'directie', 'handler', 'staff')) as Access,
    update: (({ req }) => (hasRole(req, 'admin', 'directie', 'handler') ? readOrUpdate({ req } as never) : false)) as Access,
    delete: (({ req }) => hasRole(req, 'admin')) as Access,
  }
}

/** Stored deadlines and the reference are the hooks' to write, never a person's. */
export const computedField: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}
