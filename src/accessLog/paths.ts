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

/**
 * The admin panel reads through the Local API with the person's request: its pages carry the
 * admin's address, its server functions (drawers, list updates) Next's action header.
 */
const fromAdmin = (req: PayloadRequest): boolean => {
  const admin = req.payload.config.routes.admin
  const pathname = req.pathname ?? ''
  return (
    pathname === admin ||
    pathname.startsWith(`${admin}/`) ||
    Boolean(req.headers?.has('next-action'))
  )
}

/** Through which path the request reads: what its code named, else what Payload tells. */
export const accessPathOf = (req: PayloadRequest): AccessPath => {
  const named = req.context?.accessPath
  if (isAccessPath(named)) return named
  if (req.payloadAPI === 'REST') return 'rest'
  if (req.payloadAPI === 'GraphQL') return 'graphql'
  return fromAdmin(req) ? 'admin' : 'local'
}
