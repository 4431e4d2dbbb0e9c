import { sql } from '@payloadcms/db-postgres'

import { HANDLED_WELL } from '../survey/survey'
import { dayNumberOf, handledOn } from './expressions'

import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { ComplaintColumns } from './database'
import type { HandledWell } from '../survey/survey'

/** The day numbers the yearly report judges each complaint by (see dayNumberOf). */
export const reportDays = (c: ComplaintColumns) => ({
  /** The day the procedure was discharged (see handledOn); NULL while it is open. */
  handled: dayNumberOf(handledOn(c)),
  /** The last day of the term the report measures against: the stored report threshold. */
  term: dayNumberOf(c.deadlines_reportThreshold),
  /** Calendar days from receipt to decision; NULL until decided. */
  leadDays: sql`${dayNumberOf(c.decidedOn)} - ${dayNumberOf(c.receivedOn)}` as SQL,
})

export const OUTCOMES = ['founded', 'partlyFounded', 'unfounded'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** Where each fact sits in the report code: flags by their bit, the rest as multiples. */
const CODE = {
  notAdmitted: 1,
  decided: 2,
  withdrawn: 4,
  resolved: 8,
  withinTerm: 16,
  lateOnceHandled: 32,
  /** 0 none, then OUTCOMES in order. */
  outcome: 64,
  /** The satisfaction score rounded, 1 to 5; 0 none. */
  score: 256,
  /** Whether the complainant found the complaint handled well: 0 not said, then HANDLED_WELL in order. */
  handledWell: 2048,
  /** Calendar days from receipt to decision (0 until decided), the rest of the code. */
  leadDays: 8192,
} as const

/**
 * Everything the yearly report needs to know of a complaint that does not change with the day
 * the report is made, as one number: whether it was not admitted, decided, withdrawn or resolved
 * informally, whether it was handled within its term or after it, its outcome, its rounded
 * score, whether the complainant found it handled well, and its lead time. The report counts
 * complaints per quarter and code, a few thousand groups for a year of any size; only whether
 * an open complaint is late depends on the day of the report, and that is a comparison of its
 * stored term.
 *
 * It depends on the complaint's own columns only, so the report's index (indexes.ts) stores it
 * and a year is counted from that index alone. A query must write it exactly so to read it from
 * there: this function is the one place it is written.
 *
 * - within term: handled on or before the last day of the term (no term started: handled at all);
 * - late once handled: handled after the last day of a term.
 */
export const reportCode = (c: ComplaintColumns): SQL => {
  const { handled, term, leadDays } = reportDays(c)
  const flag = (condition: SQL, weight: number) =>
    sql`${sql.raw(String(weight))} * (${condition})::int`
  const cases = (values: readonly string[]) =>
    sql.join(
      values.map((value, i) => sql.raw(`when '${value}' then ${i + 1}`)),
      sql` `,
    )
  const outcome = cases(OUTCOMES)
  const handledWell = cases(HANDLED_WELL)
  return sql`(${flag(sql`${c.nonAdmittedOn} is not null`, CODE.notAdmitted)}
    + ${flag(sql`${c.decidedOn} is not null`, CODE.decided)}
    + ${flag(sql`${c.withdrawnOn} is not null`, CODE.withdrawn)}
    + ${flag(sql`${c.resolvedOn} is not null`, CODE.resolved)}
    + ${flag(sql`${handled} is not null and (${term} is null or ${handled} <= ${term})`, CODE.withinTerm)}
    + ${flag(sql`coalesce(${handled} > ${term}, false)`, CODE.lateOnceHandled)}
    + ${sql.raw(String(CODE.outcome))} * (case ${c.outcome} ${outcome} else 0 end)
    + ${sql.raw(String(CODE.score))} * coalesce(round(${c.satisfaction_score})::int, 0)
    + ${sql.raw(String(CODE.handledWell))} * (case ${c.satisfaction_handledWell} ${handledWell} else 0 end)
    + ${sql.raw(String(CODE.leadDays))} * coalesce(${leadDays}, 0))`
}

/** Whether a complaint of this code is still open: none of the four ways of handling it. */
export const OPEN_MASK = CODE.notAdmitted + CODE.decided + CODE.withdrawn + CODE.resolved

const STATUS_MASK = OPEN_MASK + CODE.withinTerm + CODE.lateOnceHandled
const raw = (value: number) => sql.raw(String(value))

/**
 * The parts of a report code, in SQL. The bitwise and of a negative code (a lead time below
 * zero) takes its remainder all the same, so each part reads as it was put in.
 */
export const codeParts = (code: SQL) => ({
  /** How the complaint was handled against its term (see StatusFacts). */
  status: sql`${code} & ${raw(STATUS_MASK)}`,
  outcome: sql`(${code} & ${raw(3 * CODE.outcome)}) / ${raw(CODE.outcome)}`,
  roundedScore: sql`(${code} & ${raw(7 * CODE.score)}) / ${raw(CODE.score)}`,
  handledWell: sql`(${code} & ${raw(3 * CODE.handledWell)}) / ${raw(CODE.handledWell)}`,
  leadDays: sql`(${code} - (${code} & ${raw(CODE.leadDays - 1)})) / ${raw(CODE.leadDays)}`,
  decided: sql`(${code} & ${raw(CODE.decided)}) <> 0`,
})

/** How a complaint was handled against its term: the status part of its report code. */
export type StatusFacts = {
  notAdmitted: boolean
  decided: boolean
  withdrawn: boolean
  resolved: boolean
  withinTerm: boolean
  lateOnceHandled: boolean
}

export const statusFacts = (status: number): StatusFacts => ({
  notAdmitted: (status & CODE.notAdmitted) !== 0,
  decided: (status & CODE.decided) !== 0,
  withdrawn: (status & CODE.withdrawn) !== 0,
  resolved: (status & CODE.resolved) !== 0,
  withinTerm: (status & CODE.withinTerm) !== 0,
  lateOnceHandled: (status & CODE.lateOnceHandled) !== 0,
})

/** The outcome part of a report code as the outcome, or null for none. */
export const outcomeAt = (value: number): Outcome | null => OUTCOMES[value - 1] ?? null

/** The handled-well part of a report code as the answer, or null for none. */
export const handledWellAt = (value: number): HandledWell | null => HANDLED_WELL[value - 1] ?? null
