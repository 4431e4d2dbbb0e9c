import { sql } from '@payloadcms/db-postgres'

import { classifiedByQuarter } from './classified'
import { rowsOf } from './database'

import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { ReportDatabase } from './database'
import type { ReportFilter } from './classified'

/** What the regulations ask the yearly report to count, for one period (see classified.ts). */
export type Figures = {
  /** Received in the period. */
  total: number
  notAdmitted: number
  notAdmittedWithinTerm: number
  admitted: number
  admittedWithinTerm: number
  withinTerm: number
  /** Not handled within the term: handled after it, or still open after it. */
  late: number
  lateHandled: number
  lateOpen: number
  /** Still open, with the term not yet ended (or not yet started). */
  pending: number
  /** Submitted but not handled: no decision and no informal resolution. */
  notHandled: number
  notHandledNotAdmitted: number
  notHandledWithdrawn: number
  notHandledOpen: number
  decided: number
  resolvedInformally: number
  outcomes: { founded: number; partlyFounded: number; unfounded: number }
  satisfaction: {
    responses: number
    mean: number | null
    distribution: [number, number, number, number, number]
  }
  /** Calendar days from receipt to decision, over the decided complaints. */
  leadTime: { decided: number; medianDays: number | null; p90Days: number | null }
}

export type YearlyFigures = { year: Figures; quarters: Record<1 | 2 | 3 | 4, Figures> }

const COUNTS = {
  total: 'true',
  notAdmitted: 'k.not_admitted',
  notAdmittedWithinTerm: 'k.not_admitted and k.within_term',
  admitted: 'not k.not_admitted',
  admittedWithinTerm: 'not k.not_admitted and k.within_term',
  withinTerm: 'k.within_term',
  late: 'k.late',
  lateHandled: 'k.late and k.handled is not null',
  lateOpen: 'k.late and k.handled is null',
  pending: 'k.handled is null and not k.late',
  notHandled: 'not k.decided and not k.resolved',
  notHandledNotAdmitted: 'k.not_admitted and not k.decided and not k.resolved',
  notHandledWithdrawn: 'k.withdrawn and not k.not_admitted and not k.decided and not k.resolved',
  notHandledOpen: 'k.handled is null',
  decided: 'k.decided',
  resolvedInformally: 'k.resolved and not k.decided',
  founded: "k.outcome = 'founded'",
  partlyFounded: "k.outcome = 'partlyFounded'",
  unfounded: "k.outcome = 'unfounded'",
  score1: 'round(k.score) = 1',
  score2: 'round(k.score) = 2',
  score3: 'round(k.score) = 3',
  score4: 'round(k.score) = 4',
  score5: 'round(k.score) = 5',
  responses: 'k.score is not null',
} as const

type Count = keyof typeof COUNTS

const countColumns = sql.raw(
  Object.entries(COUNTS)
    .map(([name, where]) => `count(*) filter (where ${where}) as "${name}"`)
    .join(',\n'),
)

type Row = Record<Count, string | number> & {
  quarter: number
  scoreSum: string | number | null
  quarterLead: number[] | null
  yearLead: number[] | null
}

const figuresOf = (n: Record<Count, number>, scoreSum: number, lead: number[] | null): Figures => ({
  total: n.total,
  notAdmitted: n.notAdmitted,
  notAdmittedWithinTerm: n.notAdmittedWithinTerm,
  admitted: n.admitted,
  admittedWithinTerm: n.admittedWithinTerm,
  withinTerm: n.withinTerm,
  late: n.late,
  lateHandled: n.lateHandled,
  lateOpen: n.lateOpen,
  pending: n.pending,
  notHandled: n.notHandled,
  notHandledNotAdmitted: n.notHandledNotAdmitted,
  notHandledWithdrawn: n.notHandledWithdrawn,
  notHandledOpen: n.notHandledOpen,
  decided: n.decided,
  resolvedInformally: n.resolvedInformally,
  outcomes: { founded: n.founded, partlyFounded: n.partlyFounded, unfounded: n.unfounded },
  satisfaction: {
    responses: n.responses,
    mean: n.responses > 0 ? Math.round((scoreSum / n.responses) * 100) / 100 : null,
    distribution: [n.score1, n.score2, n.score3, n.score4, n.score5],
  },
  leadTime: { decided: n.decided, medianDays: lead?.[0] ?? null, p90Days: lead?.[1] ?? null },
})

const NAMES = Object.keys(COUNTS) as Count[]

const zero = (): Record<Count, number> =>
  Object.fromEntries(NAMES.map((name) => [name, 0])) as Record<Count, number>

/** Median and 90th percentile of lead times, as PostgreSQL's percentile_cont interpolates them. */
const leadPercentiles = (days: SQL): SQL =>
  sql`(select percentile_cont(array[0.5, 0.9]::float8[]) within group (order by d) from ${days} as d)`

/**
 * Every figure for the year and for each of its quarters in one pass over the complaints received
 * in it: counts per quarter in a hash aggregate of four groups, the year as their sum; the lead
 * times are gathered per quarter and their median and 90th percentile taken per quarter and for
 * the year, exactly.
 */
export const yearlyFigures = async (
  { db, tables }: ReportDatabase,
  filter: ReportFilter,
): Promise<YearlyFigures> => {
  const rows = await rowsOf<Row>(
    db,
    sql`with q as (
        select k.quarter, ${countColumns}, sum(k.score) as score_sum, array_agg(k.lead_days) filter (where k.decided) as lead_days
        from ${classifiedByQuarter(tables, filter)}
        group by k.quarter)
      select q.quarter as "quarter", ${sql.raw(NAMES.map((name) => `q."${name}"`).join(', '))}, q.score_sum as "scoreSum",
        ${leadPercentiles(sql`unnest(q.lead_days)`)} as "quarterLead",
        ${leadPercentiles(sql`q as every cross join unnest(every.lead_days)`)} as "yearLead"
      from q`,
  )
  const year = { counts: zero(), scoreSum: 0 }
  const quarters = {
    1: figuresOf(zero(), 0, null),
    2: figuresOf(zero(), 0, null),
    3: figuresOf(zero(), 0, null),
    4: figuresOf(zero(), 0, null),
  }
  for (const row of rows) {
    const counts = Object.fromEntries(NAMES.map((name) => [name, Number(row[name])])) as Record<
      Count,
      number
    >
    for (const name of NAMES) year.counts[name] += counts[name]
    year.scoreSum += Number(row.scoreSum ?? 0)
    quarters[Number(row.quarter) as 1 | 2 | 3 | 4] = figuresOf(
      counts,
      Number(row.scoreSum ?? 0),
      row.quarterLead,
    )
  }
  return { year: figuresOf(year.counts, year.scoreSum, rows[0]?.yearLead ?? null), quarters }
}
