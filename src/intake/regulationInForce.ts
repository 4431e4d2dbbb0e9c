import { storedDateOf } from '../complaints/storedDates'

import type { Payload, SelectType } from 'payload'
import { slugsOfPayload } from '../slugs'

/** Codes are short, lower case, with hyphens: anything else cannot name a regulation. */
export const isRegulationSlug = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,99}$/.test(value)

export type RegulationDocument = Record<string, any> & { id: number | string; slug: string }

/** What a submission is checked against: a fraction of the document, and a third of the cost to read. */
export const RULES_FOR_INTAKE: SelectType = {
  slug: true,
  rules: {
    requiredFields: true,
    complainantRoles: true,
    clientDetails: true,
    informUwvLabourExpert: true,
  },
}

/**
 * The version of the regulation `slug` in force on `date`, the way the collection binds a new
 * complaint; also whether any version exists at all, to tell "unknown" from "not yet in force".
 */
export const regulationInForce = async (
  payload: Payload,
  slug: string,
  date: string,
  select?: SelectType,
) => {
  const { docs } = await payload.find({
    collection: slugsOfPayload(payload).regulations,
    where: {
      and: [{ slug: { equals: slug } }, { effectiveFrom: { less_than_equal: storedDateOf(date) } }],
    },
    sort: '-effectiveFrom',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    ...(select ? { select } : {}),
  })
  if (docs[0]) return { found: docs[0] as unknown as RegulationDocument, exists: true }
  const { totalDocs } = await payload.count({
    collection: slugsOfPayload(payload).regulations,
    where: { slug: { equals: slug } },
    overrideAccess: true,
  })
  return { found: null, exists: totalDocs > 0 }
}
