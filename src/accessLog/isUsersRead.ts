import type { PayloadRequest } from 'payload'

/**
 * A read by a person: someone is logged in and their access was checked, as Payload's REST,
 * GraphQL and admin always do and a Local API call does with `overrideAccess: false`. A read
 * that overrides access is the system's own (a hook, a task, the letter a print page prints),
 * even while a person's request runs.
 */
export const isUsersRead = (req: PayloadRequest, overrideAccess: boolean | undefined): boolean =>
  Boolean(req.user) && !overrideAccess
