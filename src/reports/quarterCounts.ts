import { sql } from '@payloadcms/db-postgres'

import { toDayNumber } from '../procedure/dates'
import { receivedIn } from './classified'
import { rowsWithoutWorkers } from './database'
import { quartersOf } from './period'
import {
  codeParts,
  handledWellAt,
  OPEN_MASK,
  outcomeAt,
  reportCode,
  statusFacts,
} from './reportFacts'

import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { IsoDate } from '../procedure/dates'
import type { ReportFilter } from './classified'
import type { ReportDatabase, ReportTables } from './database'
import type { Outcome, StatusFacts } from './reportFacts'
import type { HandledWell } from '../survey/survey'

/** Complaints of one quarter handled alike against their term. */
export type StatusGroup = StatusFacts & {
  /** A term ended before the complaint was handled, or before the report's day while it is not. */
  late: boolean
  count: number
}

/** What the report counts of the complaints received in one quarter. */
export type QuarterCounts = {
  statuses: StatusGroup[]
  outcomes: Record<Outcome, number>
  /** How many gave each rounded satisfaction score, 1 to 5. */
  scores: [number, number, number, number, number]
  /** How many found their complaint handled well, and how many did not. */
  handledWell: Record<HandledWell, number>
  /** How many gave a score, and the scores added up (exact). */
  responses: number
  scoreSum: number
  /** How many decided complaints took each number of calendar days. */
  leadDays: Map<number, number>
}

export type Quarter = 1 | 2 | 3 | 4

/**
 * The first moment whose day number (see dayNumberOf) is `asOf`'s: a stored term before it
 * ended before that day. Comparing the stored column with it spares a day number per complaint.
 */
const startOfDayNumber = (asOf: IsoDate): string =>
  new Date((toDayNumber(asOf) * 86_400 - 7_200) * 1000).toISOString()

/** What is counted: how the complaints were handled only (the trend), or all the figures need. */
export type Detail = 'handling' | 'all'

/**
 * The complaints received in the year, counted per quarter of receipt and report code (see
 * reportCode) and, for the open ones, whether their term ended before the report's day: a few
 * thousand groups for a year of any size, read from the report's index alone. Those are then
 * counted per part of the code (how they were handled, outcome, score, handled well, lead time),
 * a few hundred rows, which is all the figures need. For the handling alone, the complaints are
 * grouped by that part of the code straight away: fewer groups, and no scores to add up.
 */
const quarterCountsSql = (tables: ReportTables, filter: ReportFilter, detail: Detail): SQL => {
  const c = tables.complaints
  const [, q2, q3, q4] = quartersOf(filter.year)
  const code = reportCode(c)
  const all = detail === 'all'
  const part = codeParts(sql.raw('code'))
  const scores = all
    ? sql`count(${c.satisfaction_score}) as responses, sum(${c.satisfaction_score}) as score_sum`
    : sql`0 as responses, 0 as score_sum`
  // A code is never null: asking for it makes the code a condition only the report index can
  // answer, so PostgreSQL reads the stored codes from it. Its costs do not count what computing
  // a code for every complaint takes, and it would read received_on's own index instead.
  const groups = sql`with groups as materialized (
      select case when ${c.receivedOn} < ${q2.from} then 1 when ${c.receivedOn} < ${q3.from} then 2
          when ${c.receivedOn} < ${q4.from} then 3 else 4 end as quarter,
        ${all ? code : codeParts(code).status} as code,
        (${code} & ${sql.raw(String(OPEN_MASK))}) = 0 and ${c.deadlines_reportThreshold} < ${startOfDayNumber(filter.asOf)} as open_late,
        count(*) as count, ${scores}
      from ${c.table} where ${receivedIn(tables, filter)} and ${code} is not null
      group by 1, 2, 3)`
  const handling = sql`select 'status' as "part", quarter as "quarter", ${part.status} as "value", open_late as "openLate", sum(count) as "count", null::numeric as "scoreSum"
      from groups group by 2, 3, 4`
  if (!all) return sql`${groups} ${handling}`
  return sql`${groups} ${handling}
    union all select 'outcome', quarter, ${part.outcome}, null, sum(count), null from groups group by 2, 3
    union all select 'score', quarter, ${part.roundedScore}, null, sum(count), null from groups group by 2, 3
    union all select 'handledWell', quarter, ${part.handledWell}, null, sum(count), null from groups group by 2, 3
    union all select 'lead', quarter, ${part.leadDays}, null, sum(count), null from groups where ${part.decided} group by 2, 3
    union all select 'scores', quarter, null, null, sum(responses), sum(score_sum) from groups group by 2`
}

type Row = {
  part: 'status' | 'outcome' | 'score' | 'handledWell' | 'lead' | 'scores'
  quarter: number | string
  value: number | string | null
  openLate: boolean | null
  count: number | string
  scoreSum: number | string | null
}

const emptyCounts = (): QuarterCounts => ({
  statuses: [],
  outcomes: { founded: 0, partlyFounded: 0, unfounded: 0 },
  scores: [0, 0, 0, 0, 0],
  handledWell: { yes: 0, no: 0 },
  responses: 0,
  scoreSum: 0,
  leadDays: new Map(),
})

/** What the report counts of the complaints received in each quarter of the year. */
export const quarterCounts = async (
  { db, tables }: ReportDatabase,
  filter: ReportFilter,
  detail: Detail = 'all',
): Promise<Record<Quarter, QuarterCounts>> => {
  const rows = await rowsWithoutWorkers<Row>(db, quarterCountsSql(tables, filter, detail))
  const quarters = { 1: emptyCounts(), 2: emptyCounts(), 3: emptyCounts(), 4: emptyCounts() }
  for (const row of rows) {
    const counts = quarters[Number(row.quarter) as Quarter]
    const value = Number(row.value)
    const count = Number(row.count)
    if (row.part === 'status') {
      const facts = statusFacts(value)
      counts.statuses.push({
        ...facts,
        late: facts.lateOnceHandled || row.openLate === true,
        count,
      })
    } else if (row.part === 'outcome') {
      const outcome = outcomeAt(value)
      if (outcome) counts.outcomes[outcome] += count
    } else if (row.part === 'score') {
      if (value >= 1 && value <= 5) counts.scores[value - 1] += count
    } else if (row.part === 'handledWell') {
      const answer = handledWellAt(value)
      if (answer) counts.handledWell[answer] += count
    } else if (row.part === 'lead') counts.leadDays.set(value, count)
    else {
      counts.responses = count
      counts.scoreSum = Number(row.scoreSum ?? 0)
    }
  }
  return quarters
}
