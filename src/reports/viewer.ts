import type { ResolvedReportOptions } from './options'

type GetRoles = (user: Record<string, unknown> | null | undefined) => string[]

/**
 * Who looks at a report, and which complaints they may count. Mirrors the read access of the
 * complaints collection (src/access/complaintAccess.ts): admin and directie read every complaint
 * except one about themselves; a handler only those they take part in.
 */
export type Viewer = { id: number | string; sees: 'allButAboutThemselves' | 'ownCases' }

const userOf = (user: unknown): { id: number | string } | null => {
  const id = (user as { id?: unknown } | null | undefined)?.id
  return typeof id === 'number' || typeof id === 'string' ? { id } : null
}

const hasRole = (getRoles: GetRoles, user: unknown, ...roles: string[]): boolean => {
  const own = getRoles(user as Record<string, unknown>)
  return roles.some((role) => own.includes(role))
}

/** The overdue view: admin and directie, and (when the option allows) handlers for their own cases. */
export const overdueViewerOf = (
  user: unknown,
  getRoles: GetRoles,
  options: Pick<ResolvedReportOptions, 'handlersSeeOwnCases'>,
): Viewer | null => {
  const known = userOf(user)
  if (!known) return null
  if (hasRole(getRoles, user, 'admin', 'directie'))
    return { id: known.id, sees: 'allButAboutThemselves' }
  if (options.handlersSeeOwnCases && hasRole(getRoles, user, 'handler'))
    return { id: known.id, sees: 'ownCases' }
  return null
}

/** The yearly report and its export: admin and directie only. */
export const reportViewerOf = (user: unknown, getRoles: GetRoles): Viewer | null => {
  const known = userOf(user)
  if (!known || !hasRole(getRoles, user, 'admin', 'directie')) return null
  return { id: known.id, sees: 'allButAboutThemselves' }
}
