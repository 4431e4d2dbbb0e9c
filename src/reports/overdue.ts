import { sql } from '@payloadcms/db-postgres'

import { createCalendar } from '../procedure/calendar'
import { rowsOf } from './database'
import { dayOf, isoDayOf } from './expressions'
import {
  dueColumn,
  handlerName,
  openComplaints,
  OVERDUE_KINDS,
  owedBefore,
  owedDeadlines,
} from './owed'
import { daysPeriod, startOfAmsterdamDay } from './period'

import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { IsoDate } from '../procedure/dates'
import type { ReportDatabase, ReportTables } from './database'
import type { Viewer } from './viewer'

export { OVERDUE_KINDS } from './owed'

/** The deadlines the organisation itself owes (openDeadlines in src/procedure leaves out the rest). */
export type OverdueKind =
  'acknowledgement' | 'nonAdmission' | 'decision' | 'decisionExtended' | 'appealDecision'

export const OVERDUE_SORTS = [
  'due',
  'kind',
  'handler',
  'reference',
  'regulation',
  'received',
] as const
export type OverdueSort = (typeof OVERDUE_SORTS)[number]
export type SortDirection = 'asc' | 'desc'

export type OverdueQuery = {
  viewer: Viewer
  /** The day the view is looked at. */
  today: IsoDate
  /** The last day still listed as due soon. */
  horizon: IsoDate
}

export type OverdueRow = {
  id: number
  reference: string | null
  status: string
  regulation: string | null
  handlerId: number | null
  handlerName: string | null
  kind: OverdueKind
  receivedOn: IsoDate
  due: IsoDate
  /** Calendar days past the deadline: 0 on the last day itself, negative while days are left. */
  daysLate: number
}

export type OverdueCount = {
  kind: OverdueKind
  handlerId: number | null
  handlerName: string | null
  passed: boolean
  count: number
}

const calendar = createCalendar()

/** The last day the view lists as due soon: `workingDays` Dutch working days after today. */
export const dueSoonHorizon = (today: IsoDate, workingDays: number): IsoDate =>
  calendar.addWorkingDays(today, workingDays)

/** The order asked for, by the bare column names of a page row (see pageOf), so it applies before and after the cut. */
const orderBy = (sort: OverdueSort, direction: SortDirection): SQL => {
  const dir = direction === 'desc' ? 'desc' : 'asc'
  const first: Record<OverdueSort, string> = {
    due: `due ${dir}`,
    kind: `kind ${dir}, due`,
    handler: `handler_name ${dir} nulls last, due`,
    reference: `reference ${dir}`,
    regulation: `regulation_name ${dir}, due`,
    received: `received_on ${dir}, due`,
  }
  return sql.raw(`order by ${first[sort]}, id, position`)
}

export type OverduePageQuery = OverdueQuery & {
  sort?: OverdueSort
  direction?: SortDirection
  limit?: number
  offset?: number
}

/**
 * The page of deadlines as a subquery over `owed`: sorted and cut to the page first, then written
 * out (dates as text, days late) for the page's rows only.
 */
const pageOf = (tables: ReportTables, query: OverduePageQuery): SQL => {
  const { users: u, regulations: r } = tables
  const order = orderBy(query.sort ?? 'due', query.direction ?? 'asc')
  return sql`select page.id as "id", page.reference as "reference", page.status as "status", page.regulation_name as "regulation",
      page.handler_id as "handlerId", page.handler_name as "handlerName", page.kind as "kind",
      ${isoDayOf(sql.raw('page.received_on'))} as "receivedOn", ${isoDayOf(sql.raw('page.due'))} as "due",
      ${query.today}::date - ${dayOf(sql.raw('page.due'))} as "daysLate"
    from (
      select owed.id, owed.reference, owed.status, owed.handler_id, owed.received_on, owed.kind, owed.position, owed.due,
        ${handlerName(tables)} as handler_name, ${r.name} as regulation_name
      from owed
      left join ${u.table} on ${u.id} = owed.handler_id
      left join ${r.table} on ${r.id} = owed.regulation_id
      ${order}
      limit ${query.limit ?? 200} offset ${query.offset ?? 0}) as page
    ${order}`
}

/** One page of open deadlines passed or due soon, sorted as asked. */
export const overdueRows = async (
  { db, tables }: ReportDatabase,
  query: OverduePageQuery,
): Promise<OverdueRow[]> => {
  const rows = await rowsOf<Omit<OverdueRow, 'daysLate'> & { daysLate: number | string }>(
    db,
    sql`${owedBefore(tables, query)} ${pageOf(tables, query)}`,
  )
  return rows.map((row) => ({ ...row, daysLate: Number(row.daysLate) }))
}

/**
 * The counts and one page of rows in one statement: the open complaints are read once, and the
 * counts come from the same deadlines the page is cut from.
 */
export const overduePage = async (
  { db, tables }: ReportDatabase,
  query: OverduePageQuery,
): Promise<{ rows: OverdueRow[]; counts: OverdueCount[] }> => {
  const startOfToday = startOfAmsterdamDay(query.today)
  const [result] = await rowsOf<{ rows: OverdueRow[] | null; counts: OverdueCount[] | null }>(
    db,
    sql`${owedBefore(tables, query)}
      select
        (select json_agg(page) from (${pageOf(tables, query)}) as page) as "rows",
        (select json_agg(tally) from (
          select owed.kind as "kind", owed.handler_id as "handlerId", ${handlerName(tables)} as "handlerName",
            owed.due < ${startOfToday} as "passed", count(*) as "count"
          from owed left join ${tables.users.table} on ${tables.users.id} = owed.handler_id
          group by 1, 2, 3, 4) as tally) as "counts"`,
  )
  return { rows: result?.rows ?? [], counts: result?.counts ?? [] }
}

/**
 * How many open deadlines have passed, and how many fall due soon, per kind and handler: one
 * pass over the open complaints, each kind counted in its own column.
 */
export const overdueCounts = async (
  { db, tables }: ReportDatabase,
  query: OverdueQuery,
): Promise<OverdueCount[]> => {
  const u = tables.users
  const until = daysPeriod(query.horizon, query.horizon).until
  const startOfToday = startOfAmsterdamDay(query.today)
  const columns = sql.join(
    OVERDUE_KINDS.map((kind) => {
      const due = sql`open.${dueColumn(kind)}`
      return sql`count(*) filter (where ${due} < ${startOfToday}) as ${sql.raw(`"${kind}:passed"`)},
        count(*) filter (where ${due} >= ${startOfToday} and ${due} < ${until}) as ${sql.raw(`"${kind}:dueSoon"`)}`
    }),
    sql`, `,
  )
  const rows = await rowsOf<Record<string, string | number | null>>(
    db,
    sql`select open.handler_id as "handlerId", ${handlerName(tables)} as "handlerName", ${columns}
      from (${openComplaints(tables, query.viewer, until)}) as open
      left join ${u.table} on ${u.id} = open.handler_id
      group by 1, 2`,
  )
  return rows.flatMap((row) =>
    OVERDUE_KINDS.flatMap((kind) =>
      [true, false].map((passed) => ({
        kind,
        handlerId: row.handlerId === null ? null : Number(row.handlerId),
        handlerName: row.handlerName === null ? null : String(row.handlerName),
        passed,
        count: Number(row[`${kind}:${passed ? 'passed' : 'dueSoon'}`] ?? 0),
      })),
    ).filter((count) => count.count > 0),
  )
}

/** The earliest open deadline of each complaint the viewer may read, for checking the SQL against the hooks. */
export const earliestOwedDeadlines = async (
  { db, tables }: ReportDatabase,
  viewer: Viewer,
): Promise<{ id: number; kind: OverdueKind; due: IsoDate }[]> =>
  rowsOf(
    db,
    sql`with open as materialized (${openComplaints(tables, viewer, null)})
      select distinct on (owed.id) owed.id as "id", owed.kind as "kind", ${isoDayOf(sql.raw('owed.due'))} as "due"
      from (${owedDeadlines(null)}) as owed
      order by owed.id, owed.due, owed.position`,
  )
