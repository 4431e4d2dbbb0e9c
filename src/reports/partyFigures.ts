import { daysBetween } from '../procedure/dates'
import { OUTCOMES } from './reportFacts'

import type { Calendar } from '../procedure/calendar'
import type { IsoDate } from '../procedure/dates'
import type { Outcome } from './reportFacts'

/**
 * What the party's report knows of one complaint: nothing that names or describes a person or
 * leads back to the file, only how and when it was handled (classified.ts decides within term
 * and late, as for the yearly report).
 */
export type PartyFacts = {
  /** The regulation version it is bound to: its calendar counts the working days. */
  regulationId: number | string
  receivedOn: IsoDate
  decidedOn: IsoDate | null
  status: string
  outcome: string | null
  notAdmitted: boolean
  withdrawn: boolean
  resolved: boolean
  withinTerm: boolean
  late: boolean
}

/** Within term: handled in time (yes), not (no: handled late, or open with the term over), or still open with time left. */
export type TermState = 'yes' | 'no' | 'running'

export type LeadTime = { calendarDays: number; workingDays: number }

/** One line per complaint: the month it came in, its stage, outcome, lead time and term. */
export type PartyLine = {
  /** 'YYYY-MM'. */
  month: string
  stage: string
  outcome: Outcome | null
  /** From receipt to decision; null while not decided. */
  leadTime: LeadTime | null
  withinTerm: TermState
}

export type Spread = { median: number; longest: number }

export type PartyFigures = {
  received: number
  notAdmitted: number
  decided: { total: number; withoutOutcome: number } & Record<Outcome, number>
  /** Withdrawn before a decision. */
  withdrawn: number
  /** Resolved by agreement, without a decision. */
  resolvedInformally: number
  /** Neither decided, nor not admitted, withdrawn or resolved. */
  open: number
  term: Record<TermState, number>
  /** Receipt to decision over the decided complaints; null spreads when none was decided. */
  leadTime: { decided: number; calendarDays: Spread | null; workingDays: Spread | null }
}

export type PartyFiguresAndLines = { figures: PartyFigures; lines: PartyLine[] }

/** The median as percentile_cont has it (the mean of the two middle values of an even count). */
export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = (sorted.length - 1) / 2
  return (sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2
}

const spreadOf = (values: number[]): Spread | null =>
  values.length === 0 ? null : { median: median(values)!, longest: Math.max(...values) }

const outcomeOf = (value: string | null): Outcome | null =>
  (OUTCOMES as readonly string[]).includes(value ?? '') ? (value as Outcome) : null

const termState = (facts: PartyFacts): TermState =>
  facts.withinTerm ? 'yes' : facts.late ? 'no' : 'running'

/**
 * A lead time counted on the calendar of the complaint's regulation: calendar days from receipt to
 * decision, and the working days among them (the day of receipt not counted, the day of the
 * decision counted, as a working-day term runs).
 */
const leadTimeOf = (facts: PartyFacts, calendarOf: (id: PartyFacts['regulationId']) => Calendar) =>
  facts.decidedOn
    ? {
        calendarDays: daysBetween(facts.receivedOn, facts.decidedOn),
        workingDays: calendarOf(facts.regulationId).workingDaysBetween(
          facts.receivedOn,
          facts.decidedOn,
        ),
      }
    : null

const lineOrder = (a: PartyLine, b: PartyLine): number =>
  a.month.localeCompare(b.month) ||
  a.stage.localeCompare(b.stage) ||
  (a.outcome ?? '').localeCompare(b.outcome ?? '') ||
  (a.leadTime?.calendarDays ?? -1) - (b.leadTime?.calendarDays ?? -1)

/**
 * The figures and lines of a commissioning party's report from its complaints' facts. The lines
 * are ordered by what they show (month, stage, outcome, lead time), never by the order in which
 * the files were made, so a line does not point to a file.
 */
export const partyFigures = (
  complaints: readonly PartyFacts[],
  calendarOf: (id: PartyFacts['regulationId']) => Calendar,
): PartyFiguresAndLines => {
  const lines = complaints.map((facts): PartyLine => ({
    month: facts.receivedOn.slice(0, 7),
    stage: facts.status,
    outcome: outcomeOf(facts.outcome),
    leadTime: leadTimeOf(facts, calendarOf),
    withinTerm: termState(facts),
  }))
  const count = (test: (facts: PartyFacts) => boolean) => complaints.filter(test).length
  const decided = complaints.filter((facts) => facts.decidedOn !== null)
  const outcomes = Object.fromEntries(
    OUTCOMES.map((outcome) => [
      outcome,
      count((f) => f.decidedOn !== null && f.outcome === outcome),
    ]),
  ) as Record<Outcome, number>
  const leadTimes = lines.flatMap((line) => (line.leadTime ? [line.leadTime] : []))
  return {
    figures: {
      received: complaints.length,
      notAdmitted: count((f) => f.notAdmitted),
      decided: {
        total: decided.length,
        ...outcomes,
        withoutOutcome: count((f) => f.decidedOn !== null && outcomeOf(f.outcome) === null),
      },
      withdrawn: count((f) => f.withdrawn && !f.notAdmitted && f.decidedOn === null),
      resolvedInformally: count((f) => f.resolved && f.decidedOn === null),
      open: count((f) => !f.notAdmitted && f.decidedOn === null && !f.withdrawn && !f.resolved),
      term: {
        yes: count((f) => termState(f) === 'yes'),
        no: count((f) => termState(f) === 'no'),
        running: count((f) => termState(f) === 'running'),
      },
      leadTime: {
        decided: decided.length,
        calendarDays: spreadOf(leadTimes.map((lead) => lead.calendarDays)),
        workingDays: spreadOf(leadTimes.map((lead) => lead.workingDays)),
      },
    },
    lines: lines.sort(lineOrder),
  }
}
