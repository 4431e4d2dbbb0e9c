import type { PayloadRequest } from 'payload'

/** The ways a person reads a complaint, its letters or its attachments. */
export const ACCESS_PATHS = [
  'rest',
  'graphql',
  'admin',
  'print',
  'download',
  'export',
  'local',
] as const

export type AccessPath = (typeof ACCESS_PATHS)[number]

/**
 * Names the path of the reads a request makes where Payload cannot tell (a print page or an
 * export is a REST endpoint to Payload): `payload.findByID({ ..., context: accessPathContext('print') })`.
 */
export const accessPathContext = (path: AccessPath) => ({ accessPath: path })

const isAccessPath = (value: unknown): value is AccessPath =>
  (ACCESS_PATHS as readonly unknown[]).includes(value)

const underAdmin = (req: PayloadRequest, pathname: string): boolean => {
  const admin = req.payload.config.routes.admin
  return pathname === admin || pathname.startsWith(`${admin}/`)
}

/**
 * The admin panel reads through the Local API with the person's request: its pages carry the
 * admin's address, its server functions (drawers, list updates) Next's action header.
 */
const fromAdmin = (req: PayloadRequest): boolean =>
  underAdmin(req, req.pathname ?? '') || Boolean(req.headers?.has('next-action'))

/**
 * The admin's pages also call the REST API from the browser (an upload field's files, a list's
 * related documents); the browser names the page in `Referer` (only the origin for another site).
 */
const calledByAdminPage = (req: PayloadRequest): boolean => {
  const referer = req.headers?.get('referer')
  if (!referer) return false
  try {
    return underAdmin(req, new URL(referer).pathname)
  } catch {
    return false
  }
}

/** Through which path the request reads: what its code named, else what Payload tells. */
export const accessPathOf = (req: PayloadRequest): AccessPath => {
  const named = req.context?.accessPath
  if (isAccessPath(named)) return named
  if (req.payloadAPI === 'REST') return calledByAdminPage(req) ? 'admin' : 'rest'
  if (req.payloadAPI === 'GraphQL') return 'graphql'
  return fromAdmin(req) ? 'admin' : 'local'
}
