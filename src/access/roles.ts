import type { PayloadRequest } from 'payload'

import type { ResolvedPluginOptions } from '../types'

export type Role = 'admin' | 'directie' | 'handler' | 'staff'

export type RoleCheck = (req: PayloadRequest, ...roles: Role[]) => boolean

/** Whether the user of the request has one of the roles. */
export const hasRoleWith =
  (options: ResolvedPluginOptions): RoleCheck =>
  (req, ...roles) => {
    if (!req.user) return false
    const own = options.getRoles(req.user as unknown as Record<string, unknown>)
    return roles.some((role) => own.includes(role))
  }
