import { regulationSavedAt } from '../complaints/regulationCache'
import { databaseOf } from '../database/sql'
import { versionOf } from '../regulations/versionOf'
import { slugsOfPayload } from '../slugs'

import type { Payload } from 'payload'

/** Codes are short, lower case, with hyphens: anything else cannot name a regulation. */
export const isRegulationSlug = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,99}$/.test(value)

export type RegulationDocument = Record<string, any> & { id: number | string; slug: string }

/**
 * The version of the regulation `slug` in force on `date`, the way the collection binds a new
 * complaint; also whether any version exists at all, to tell "unknown" from "not yet in force".
 * Which version is one indexed query; its contents come from this process's copy while that is
 * as last saved.
 */
export const regulationInForce = async (payload: Payload, slug: string, date: string) => {
  const database = databaseOf(payload)
  const version = await versionOf(database, payload, slug, date)
  const found = version
    ? await regulationSavedAt(String(version.id), version.updatedAt, () =>
        payload.findByID({
          collection: slugsOfPayload(payload).regulations,
          id: version.id,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        }),
      )
    : null
  if (found) return { found: found as RegulationDocument, exists: true }
  return { found: null, exists: (await versionOf(database, payload, slug, null)) !== null }
}
