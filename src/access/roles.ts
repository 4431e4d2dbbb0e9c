import type { FieldAccess, PayloadRequest } from 'payload'

import { optionsOf } from '../pluginOptions'

import type { ResolvedPluginOptions } from '../types'

export type Role = 'admin' | 'directie' | 'handler' | 'staff'

/** Who may be appointed to handle a complaint: handler, committee member, appeal reviewer. */
export const APPOINTABLE_ROLES: readonly Role[] = ['handler', 'directie', 'admin']

/** Who records complaints that came in by phone, at the desk or by letter. */
export const RECORDING_ROLES: readonly Role[] = ['admin', 'directie', 'handler', 'staff']

export type RoleCheck = (req: PayloadRequest, ...roles: Role[]) => boolean

/** Whether the user of the request has one of the roles. */
export const hasRoleWith =
  (options: ResolvedPluginOptions): RoleCheck =>
  (req, ...roles) => {
    if (!req.user) return false
    const own = options.getRoles(req.user as unknown as Record<string, unknown>)
    return roles.some((role) => own.includes(role))
  }

/** The same check with the roles as the plugin was configured to read them. */
export const hasRoleOf: RoleCheck = (req, ...roles) => hasRoleWith(optionsOf(req))(req, ...roles)

/** Field access for the people who handle a complaint: only directie and admin appoint them. */
export const appointedByManagement = {
  create: (({ req }) => hasRoleOf(req, 'admin', 'directie')) as FieldAccess,
  update: (({ req }) => hasRoleOf(req, 'admin', 'directie')) as FieldAccess,
}
