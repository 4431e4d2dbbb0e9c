import type { Calendar } from './calendar'
import type { IsoDate } from './dates'
import type { ComplaintFacts } from './facts'
import type { Localized } from './localized'
import type { Anchor, AnchoredTerm, RegulationRules } from './rules'
import type { Term } from './terms'

import { explainTerm } from './explain'
import { anchorDateOf } from './facts'
import { addTermExplained } from './terms'

/** Every deadline a regulation can set, in the order a complaint meets them. */
export const DEADLINE_KINDS = [
  'acknowledgement',
  'externalOfficerContact',
  'nonAdmission',
  'decision',
  'decisionExtended',
  'reportThreshold',
  'appeal',
  'appealDecision',
] as const

export type DeadlineKind = (typeof DEADLINE_KINDS)[number]

/** Who must act by the date: the overdue view only chases the organisation's own. */
export type DeadlineParty = 'organisation' | 'complainant' | 'externalBody'

export type Deadline = {
  kind: DeadlineKind
  /** The last day on which the act is in time. */
  date: IsoDate
  /** 'extension' for a date agreed with the complainant. */
  anchor: Anchor | 'extension'
  anchorDate: IsoDate
  /** Null when no single term produces the date: an agreed date, or an extension in another unit. */
  term: Term | null
  owedBy: DeadlineParty
  explanation: Localized
}

export const findDeadline = (
  deadlines: readonly Deadline[],
  kind: DeadlineKind,
): Deadline | undefined => deadlines.find((deadline) => deadline.kind === kind)

/** The deadline `rule` sets, or null while its anchor event has not happened. */
export const anchoredDeadline = (
  kind: DeadlineKind,
  rule: AnchoredTerm | null,
  owedBy: DeadlineParty,
  rules: RegulationRules,
  facts: ComplaintFacts,
  calendar: Calendar,
): Deadline | null => {
  if (!rule) return null
  const anchorDate = anchorDateOf(rule.from, rules, facts)
  if (!anchorDate) return null
  const term: Term = { amount: rule.amount, unit: rule.unit }
  const result = addTermExplained(calendar, anchorDate, term)
  return {
    kind,
    date: result.date,
    anchor: rule.from,
    anchorDate,
    term,
    owedBy,
    explanation: explainTerm(calendar, anchorDate, term, result),
  }
}
