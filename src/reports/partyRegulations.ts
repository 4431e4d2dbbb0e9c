import { isoDateOf } from '../complaints/storedDates'
import { rulesFromDocument } from '../complaints/rulesFromDocument'
import { calendarFor } from '../procedure/deadlines'
import { slugsOfPayload } from '../slugs'

import type { Payload } from 'payload'
import type { Calendar } from '../procedure/calendar'
import type { IsoDate } from '../procedure/dates'
import type { CommissioningParty } from '../procedure/rules'

/** A regulation as the commissioning parties' report reads it, over all its versions. */
export type PartyRegulation = {
  slug: string
  /** The name of the version in force. */
  name: string
  /** Whether the version in force today lets commissioning parties see their complaints. */
  insight: boolean
  /** Every party of any version, as the latest version that lists it names it. */
  parties: CommissioningParty[]
  /** The working-day calendar of each version, by its id: a lead time counts on its complaint's. */
  calendars: Map<string, Calendar>
}

type Version = { id: string; slug: string; name: string; effectiveFrom: IsoDate | null } & {
  rules: ReturnType<typeof rulesFromDocument>
}

const versionsOf = async (payload: Payload, slug?: string): Promise<Version[]> => {
  const { docs } = await payload.find({
    collection: slugsOfPayload(payload).regulations,
    ...(slug ? { where: { slug: { equals: slug } } } : {}),
    sort: '-effectiveFrom',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { slug: true, name: true, effectiveFrom: true, rules: true },
  })
  return (docs as Record<string, any>[]).map((doc) => ({
    id: String(doc.id),
    slug: String(doc.slug),
    name: String(doc.name),
    effectiveFrom: isoDateOf(doc.effectiveFrom),
    rules: rulesFromDocument(doc.rules ?? {}),
  }))
}

/** Versions of one regulation, the latest first: the one in force on `asOf`, else the first. */
const regulationOf = (versions: Version[], asOf: IsoDate): PartyRegulation => {
  const inForce =
    versions.find((version) => version.effectiveFrom && version.effectiveFrom <= asOf) ??
    versions.at(-1)!
  const parties = new Map<string, CommissioningParty>()
  for (const version of versions)
    for (const party of version.rules.commissioningParties)
      if (!parties.has(party.key)) parties.set(party.key, party)
  return {
    slug: inForce.slug,
    name: inForce.name,
    insight: inForce.rules.commissioningPartyInsight,
    parties: [...parties.values()],
    calendars: new Map(versions.map((version) => [version.id, calendarFor(version.rules)])),
  }
}

/**
 * The regulations (or the one of code `slug`) with their commissioning parties and whether the
 * version in force on `asOf` gives those parties insight, by name.
 */
export const partyRegulations = async (
  payload: Payload,
  asOf: IsoDate,
  slug?: string,
): Promise<PartyRegulation[]> => {
  const bySlug = new Map<string, Version[]>()
  for (const version of await versionsOf(payload, slug))
    bySlug.set(version.slug, [...(bySlug.get(version.slug) ?? []), version])
  return [...bySlug.values()]
    .map((versions) => regulationOf(versions, asOf))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
}
