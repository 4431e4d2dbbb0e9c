import { sql } from '@payloadcms/db-postgres'

import { createCalendar } from '../procedure/calendar'
import { rowsOf } from './database'
import { dayOf, isoDayOf } from './expressions'
import { handlerName, kindAt, owedCte, owedDeadlines } from './owed'
import { daysPeriod, startOfAmsterdamDay } from './period'

import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { IsoDate } from '../procedure/dates'
import type { ReportDatabase, ReportTables } from './database'
import type { OwedExtra } from './owed'
import type { Viewer } from './viewer'

export { BODY_KINDS, OVERDUE_KINDS } from './owed'

/** The deadlines the overdue view chases (see OVERDUE_KINDS). */
export type OverdueKind =
  | 'acknowledgement'
  | 'nonAdmission'
  | 'decision'
  | 'decisionExtended'
  | 'appealDecision'
  | 'externalOfficerContact'

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

/** The order asked for, by the bare column names of an owed deadline row (see pageOf), so it applies before and after the cut. */
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

/** What the cut needs of each owed deadline to sort by, besides its due date and kind. */
const SORT_EXTRAS: Record<OverdueSort, readonly OwedExtra[]> = {
  due: [],
  kind: [],
  handler: [],
  reference: ['reference'],
  regulation: ['regulation_id'],
  received: ['received_on'],
}

export type OverduePageQuery = OverdueQuery & {
  sort?: OverdueSort
  direction?: SortDirection
  limit?: number
  offset?: number
}

/** The end of the horizon's day: deadlines before it are listed. */
const untilOf = (query: OverdueQuery): string => daysPeriod(query.horizon, query.horizon).until

/**
 * Sorted by due date for a viewer who sees every complaint, a page holds the first of each kind's
 * owed deadlines only: each is read in its index's order and stops there, instead of sorting
 * every deadline owed for the page. The counts still read them all.
 */
const cutsEarly = (query: OverduePageQuery): boolean =>
  query.viewer.sees === 'allButAboutThemselves' && (query.sort ?? 'due') === 'due'

/** The owed deadlines the page is cut from: `owed`, or the first of each kind (see cutsEarly). */
const pageSource = (tables: ReportTables, query: OverduePageQuery): SQL => {
  if (!cutsEarly(query)) return sql`owed`
  const first = {
    order: orderBy('due', query.direction ?? 'asc'),
    rows: (query.offset ?? 0) + (query.limit ?? 200),
  }
  return sql`(${owedDeadlines(tables, query.viewer, untilOf(query), [], first)}) as owed`
}

/** `owed` (see owedCte) with what the query's sort needs; not kept when only counted. */
const owedFor = (tables: ReportTables, query: OverduePageQuery): SQL =>
  cutsEarly(query)
    ? sql`with owed as not materialized (${owedDeadlines(tables, query.viewer, untilOf(query))})`
    : owedCte(tables, query.viewer, untilOf(query), SORT_EXTRAS[query.sort ?? 'due'])

/**
 * The page of deadlines as a subquery over `owed`: sorted and cut to the page first (joining the
 * names only where the sort is by name), then written out for the page's rows only, with what
 * the list shows of each complaint read for those rows alone.
 */
const pageOf = (tables: ReportTables, query: OverduePageQuery): SQL => {
  const { complaints: c, users: u, regulations: r } = tables
  const sort = query.sort ?? 'due'
  const order = orderBy(sort, query.direction ?? 'asc')
  const sortedBy: Partial<Record<OverdueSort, SQL>> = {
    kind: sql`, ${kindAt(sql.raw('owed.position'))} as kind from owed`,
    handler: sql`, ${handlerName(tables)} as handler_name from owed left join ${u.table} on ${u.id} = owed.handler_id`,
    regulation: sql`, ${r.name} as regulation_name from owed left join ${r.table} on ${r.id} = owed.regulation_id`,
  }
  return sql`select page.id as "id", page.reference as "reference", page.status as "status", page.regulation_name as "regulation",
      page.handler_id as "handlerId", page.handler_name as "handlerName", page.kind as "kind",
      ${isoDayOf(sql.raw('page.received_on'))} as "receivedOn", ${isoDayOf(sql.raw('page.due'))} as "due",
      ${query.today}::date - ${dayOf(sql.raw('page.due'))} as "daysLate"
    from (
      select cut.id, ${c.reference} as reference, ${c.status}::text as status, cut.handler_id, ${c.receivedOn} as received_on,
        ${kindAt(sql.raw('cut.position'))} as kind, cut.position, cut.due, ${handlerName(tables)} as handler_name, ${r.name} as regulation_name
      from (select owed.*${sortedBy[sort] ?? sql` from ${pageSource(tables, query)}`} ${order} limit ${query.limit ?? 200} offset ${query.offset ?? 0}) as cut
      join ${c.table} on ${c.id} = cut.id
      left join ${u.table} on ${u.id} = cut.handler_id
      left join ${r.table} on ${r.id} = ${c.regulation}) as page
    ${order}`
}

/** The counts per kind, handler and passed or not, from `owed`: counted first, then named. */
const countsOf = (tables: ReportTables, query: OverdueQuery): SQL => {
  const u = tables.users
  return sql`select ${kindAt(sql.raw('tally.position'))} as "kind", tally.handler_id as "handlerId", ${handlerName(tables)} as "handlerName",
      tally.passed as "passed", tally.count as "count"
    from (select owed.position, owed.handler_id, owed.due < ${startOfAmsterdamDay(query.today)} as passed, count(*) as count
      from owed group by 1, 2, 3) as tally
    left join ${u.table} on ${u.id} = tally.handler_id`
}

/** One page of open deadlines passed or due soon, sorted as asked. */
export const overdueRows = async (
  { db, tables }: ReportDatabase,
  query: OverduePageQuery,
): Promise<OverdueRow[]> => {
  const rows = await rowsOf<Omit<OverdueRow, 'daysLate'> & { daysLate: number | string }>(
    db,
    cutsEarly(query)
      ? pageOf(tables, query)
      : sql`${owedFor(tables, query)} ${pageOf(tables, query)}`,
  )
  return rows.map((row) => ({ ...row, daysLate: Number(row.daysLate) }))
}

type CountRow = Omit<OverdueCount, 'count'> & { count: number | string }

const countOf = (row: CountRow): OverdueCount => ({
  ...row,
  handlerId: row.handlerId === null ? null : Number(row.handlerId),
  count: Number(row.count),
})

/**
 * The counts and one page of rows in one statement: the owed deadlines are read once, and the
 * counts come from the same deadlines the page is cut from.
 */
export const overduePage = async (
  { db, tables }: ReportDatabase,
  query: OverduePageQuery,
): Promise<{ rows: OverdueRow[]; counts: OverdueCount[] }> => {
  const [result] = await rowsOf<{ rows: OverdueRow[] | null; counts: CountRow[] | null }>(
    db,
    sql`${owedFor(tables, query)}
      select
        (select json_agg(page) from (${pageOf(tables, query)}) as page) as "rows",
        (select json_agg(tally) from (${countsOf(tables, query)}) as tally) as "counts"`,
  )
  return { rows: result?.rows ?? [], counts: (result?.counts ?? []).map(countOf) }
}

/** How many open deadlines have passed, and how many fall due soon, per kind and handler. */
export const overdueCounts = async (
  { db, tables }: ReportDatabase,
  query: OverdueQuery,
): Promise<OverdueCount[]> =>
  (
    await rowsOf<CountRow>(
      db,
      sql`${owedCte(tables, query.viewer, untilOf(query))} ${countsOf(tables, query)}`,
    )
  ).map(countOf)

/** The earliest open deadline of each complaint the viewer may read, for checking the SQL against the hooks. */
export const earliestOwedDeadlines = async (
  { db, tables }: ReportDatabase,
  viewer: Viewer,
): Promise<{ id: number; kind: OverdueKind; due: IsoDate }[]> =>
  rowsOf(
    db,
    sql`${owedCte(tables, viewer, null)}
      select distinct on (owed.id) owed.id as "id", ${kindAt(sql.raw('owed.position'))} as "kind", ${isoDayOf(sql.raw('owed.due'))} as "due"
      from owed
      order by owed.id, owed.due, owed.position`,
  )
