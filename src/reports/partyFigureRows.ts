import { partyText } from '../translations/partyReport'

import type { PartyLanguage, PartyTextKey } from '../translations/partyReport'
import type { PartyFigures } from './partyFigures'

export type PartyFigureRow = {
  key: string
  label: PartyTextKey
  value: (figures: PartyFigures) => number | null
  /** A part of the row above it ("waarvan ..."). */
  part?: boolean
  /** A lead time's unit. */
  unit?: 'calendarDays' | 'workingDays'
}

/** A row's label, with its unit where it has one: "Mediaan (werkdagen)". */
export const partyRowLabel = (row: PartyFigureRow, language: PartyLanguage): string =>
  row.unit
    ? `${partyText(language, row.label)} (${partyText(language, `party.lead.${row.unit}`).toLowerCase()})`
    : partyText(language, row.label)

/** The counts of the party's report, in the order the page and the CSV give them. */
export const PARTY_COUNT_ROWS: PartyFigureRow[] = [
  { key: 'received', label: 'party.count.received', value: (f) => f.received },
  { key: 'notAdmitted', label: 'party.count.notAdmitted', value: (f) => f.notAdmitted },
  { key: 'decided', label: 'party.count.decided', value: (f) => f.decided.total },
  ...(['founded', 'partlyFounded', 'unfounded', 'withoutOutcome'] as const).map((outcome) => ({
    key: outcome,
    label: `party.count.${outcome}` as const,
    value: (f: PartyFigures) => f.decided[outcome],
    part: true,
  })),
  { key: 'withdrawn', label: 'party.count.withdrawn', value: (f) => f.withdrawn },
  {
    key: 'resolvedInformally',
    label: 'party.count.resolvedInformally',
    value: (f) => f.resolvedInformally,
  },
  { key: 'open', label: 'party.count.open', value: (f) => f.open },
]

/** Within the term or not. */
export const PARTY_TERM_ROWS: PartyFigureRow[] = (['yes', 'no', 'running'] as const).map(
  (state) => ({
    key: `term-${state}`,
    label: `party.term.${state}` as const,
    value: (f: PartyFigures) => f.term[state],
  }),
)

/** The lead times from receipt to decision, in calendar days and in working days. */
export const PARTY_LEAD_ROWS: PartyFigureRow[] = [
  { key: 'decided', label: 'party.lead.decided', value: (f) => f.leadTime.decided },
  ...(['median', 'longest'] as const).flatMap((measure) =>
    (['calendarDays', 'workingDays'] as const).map((unit) => ({
      key: `${measure}-${unit}`,
      label: `party.lead.${measure}` as const,
      unit,
      value: (f: PartyFigures) => f.leadTime[unit]?.[measure] ?? null,
    })),
  ),
]
