import type { Calendar } from './calendar'
import type { Deadline, DeadlineKind, DeadlineParty } from './deadline'
import type { ComplaintFacts } from './facts'
import type { Anchor, AnchoredTerm, RegulationRules } from './rules'

import { createCalendar } from './calendar'
import { anchoredDeadline, findDeadline } from './deadline'
import { extendedDecision } from './extension'
import { anchorDateOf } from './facts'
import { bodyContactTerm } from './referral'

const calendars = new Map<string, Calendar>()

/** The working-day calendar a regulation's holiday settings describe (shared, as it only caches). */
export const calendarFor = (rules: Pick<RegulationRules, 'holidays'>): Calendar => {
  const { goodFriday, liberationDay, closedOn } = rules.holidays
  const key = JSON.stringify([goodFriday, liberationDay, closedOn])
  let calendar = calendars.get(key)
  if (!calendar) {
    calendar = createCalendar({ goodFriday, liberationDay, closedOn })
    calendars.set(key, calendar)
  }
  return calendar
}

type Source = {
  kind: DeadlineKind
  term: (rules: RegulationRules, facts: ComplaintFacts) => AnchoredTerm | null
  owedBy: DeadlineParty
}

/** Every term a regulation sets, in the order a complaint meets them. */
const SOURCES: readonly Source[] = [
  { kind: 'acknowledgement', term: (r) => r.acknowledgement, owedBy: 'organisation' },
  { kind: 'externalOfficerContact', term: bodyContactTerm, owedBy: 'externalBody' },
  { kind: 'nonAdmission', term: (r) => r.nonAdmission, owedBy: 'organisation' },
  { kind: 'decision', term: (r) => r.decision, owedBy: 'organisation' },
  { kind: 'appeal', term: (r) => r.appeal, owedBy: 'complainant' },
  { kind: 'appealDecision', term: (r) => r.appealDecision, owedBy: 'organisation' },
]

/**
 * Every deadline the regulation sets for one complaint whose start is known.
 * A term whose anchor has not happened yet (the decision term of an oral
 * complaint not yet in writing, the appeal window before the decision) is
 * left out; pendingDeadlines names those.
 */
export const deadlinesFor = (
  rules: RegulationRules,
  facts: ComplaintFacts,
  calendar: Calendar = calendarFor(rules),
): Deadline[] => {
  const deadlines: Deadline[] = []
  for (const source of SOURCES) {
    const deadline = anchoredDeadline(
      source.kind,
      source.term(rules, facts),
      source.owedBy,
      rules,
      facts,
      calendar,
    )
    if (!deadline) continue
    deadlines.push(deadline)
    if (source.kind === 'decision') {
      const extended = extendedDecision(rules, facts, calendar, deadline)
      if (extended) deadlines.push(extended)
    }
  }
  return deadlines
}

export type PendingDeadline = { kind: DeadlineKind; waitsFor: Anchor; term: AnchoredTerm }

/** The terms that will start once their anchor event happens. */
export const pendingDeadlines = (
  rules: RegulationRules,
  facts: ComplaintFacts,
): PendingDeadline[] =>
  SOURCES.flatMap((source) => {
    const term = source.term(rules, facts)
    if (!term || anchorDateOf(term.from, rules, facts)) return []
    return [{ kind: source.kind, waitsFor: term.from, term }]
  })

/** The decision deadline now in force: the extended one when there is one. */
export const currentDecisionDeadline = (deadlines: readonly Deadline[]): Deadline | undefined =>
  findDeadline(deadlines, 'decisionExtended') ?? findDeadline(deadlines, 'decision')

/**
 * The date the yearly report measures "handled within term" against: its own
 * threshold where the regulation sets one (IZW reports against 6 weeks),
 * else the decision deadline in force. A complaint not admitted is measured
 * against the term for the notice of non-admission where the regulation says
 * so (IN FOCUS), against the report's own term otherwise (IZW: "het aantal
 * ingediende klachten dat niet binnen de gestelde termijn van 6 weken is
 * afgehandeld" counts every submitted complaint).
 */
export const reportDeadlineFor = (
  rules: RegulationRules,
  facts: ComplaintFacts,
  calendar: Calendar = calendarFor(rules),
): Deadline | undefined => {
  const deadlines = deadlinesFor(rules, facts, calendar)
  const notice =
    facts.nonAdmittedOn && rules.reportNonAdmissionAgainst === 'nonAdmissionTerm'
      ? findDeadline(deadlines, 'nonAdmission')
      : undefined
  const own = anchoredDeadline(
    'reportThreshold',
    rules.reportThreshold,
    'organisation',
    rules,
    facts,
    calendar,
  )
  return notice ?? own ?? currentDecisionDeadline(deadlines)
}
