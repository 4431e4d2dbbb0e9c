import { partyFigures } from './partyFigures'
import { partyRegulations } from './partyRegulations'
import { partyFacts } from './partyRows'

import type { Payload } from 'payload'
import type { IsoDate } from '../procedure/dates'
import type { CommissioningParty } from '../procedure/rules'
import type { ReportDatabase } from './database'
import type { PartyQuery, PartyRefusal } from './partyParams'
import type { PartyFigures, PartyLine } from './partyFigures'
import type { Viewer } from './viewer'

/**
 * A commissioning party's report (IN FOCUS "Registratie van klachten": "inzage ... in de
 * klachten, de gerealiseerde doorlooptijden en de uitkomst"): figures and a line per complaint,
 * without personal data or the complaints' content.
 */
export type PartyReport = {
  regulation: { slug: string; name: string }
  party: CommissioningParty
  year: number
  period: { from: IsoDate; to: IsoDate }
  asOf: IsoDate
  figures: PartyFigures
  complaints: PartyLine[]
}

/**
 * The report of `query`, or why there is none: an unknown regulation or party (naming the list
 * the regulation has), or a regulation whose version in force does not give parties insight.
 */
export const partyReport = async (
  payload: Payload,
  database: ReportDatabase,
  viewer: Viewer,
  query: PartyQuery,
  asOf: IsoDate,
): Promise<PartyReport | PartyRefusal> => {
  const [regulation] = await partyRegulations(payload, asOf, query.regulation)
  if (!regulation)
    return {
      status: 400,
      parameter: 'regulation',
      key: 'party.unknown.regulation',
      values: { value: query.regulation },
    }
  if (!regulation.insight)
    return {
      status: 403,
      parameter: 'regulation',
      key: 'party.notAllowed',
      values: { regulation: regulation.name },
    }
  const party = regulation.parties.find((each) => each.key === query.party)
  if (!party)
    return {
      status: 400,
      parameter: 'party',
      key: 'party.unknown.party',
      values: {
        value: query.party.slice(0, 60),
        regulation: regulation.name,
        known: regulation.parties.map((each) => `${each.name} (${each.key})`).join(', ') || '—',
      },
    }
  const facts = await partyFacts(database, {
    viewer,
    regulation: query.regulation,
    year: query.year,
    asOf,
    party: query.party,
    days: query.days,
  })
  const { figures, lines } = partyFigures(facts, (id) => {
    const calendar = regulation.calendars.get(String(id))
    if (!calendar) throw new Error(`No calendar for regulation version ${String(id)}`)
    return calendar
  })
  return {
    regulation: { slug: regulation.slug, name: regulation.name },
    party,
    year: query.year,
    period: { from: query.days.first, to: query.days.last },
    asOf,
    figures,
    complaints: lines,
  }
}
