import { sql } from '@payloadcms/db-postgres'

import { visibleTo } from './expressions'
import { daysPeriod } from './period'

import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { ReportTables } from './database'
import type { OverdueKind, OverdueQuery } from './overdue'
import type { Viewer } from './viewer'

/** The deadlines the organisation itself owes (openDeadlines in src/procedure leaves out the rest). */
export const OVERDUE_KINDS = [
  'acknowledgement',
  'nonAdmission',
  'decision',
  'decisionExtended',
  'appealDecision',
] as const satisfies readonly OverdueKind[]

/** The column of the open complaints that holds a kind's date while it is owed. */
export const dueColumn = (kind: OverdueKind) => sql.raw(`due_${kind}`)

/**
 * Every deadline the organisation owes on one complaint as a column, NULL where it is met or
 * not owed: the rules of metOn and openDeadlines (src/procedure/openDeadlines.ts) over the stored
 * columns. An extension replaces the original decision date; the notice of non-admission is owed
 * only for a complaint that is not admissible.
 */
const owedColumns = ({ complaints: c }: ReportTables): SQL => {
  const ongoing = sql`${c.withdrawnOn} is null and ${c.resolvedOn} is null`
  const undecided = sql`${c.decidedOn} is null and ${c.nonAdmittedOn} is null and ${ongoing}`
  const inadmissible = sql`coalesce(jsonb_typeof(${c.admissibilityIssues}), 'null') <> 'null'`
  const owed: Record<OverdueKind, SQL> = {
    acknowledgement: sql`case when ${c.acknowledgedOn} is null and ${c.nonAdmittedOn} is null and ${ongoing} then ${c.deadlines_acknowledgement} end`,
    nonAdmission: sql`case when ${inadmissible} and ${c.nonAdmittedOn} is null and ${ongoing} then ${c.deadlines_nonAdmission} end`,
    decision: sql`case when ${c.deadlines_decisionExtended} is null and ${undecided} then ${c.deadlines_decision} end`,
    decisionExtended: sql`case when ${undecided} then ${c.deadlines_decisionExtended} end`,
    appealDecision: sql`case when ${c.appealDecidedOn} is null and ${c.withdrawnOn} is null then ${c.deadlines_appealDecision} end`,
  }
  return sql.join(
    OVERDUE_KINDS.map((kind) => sql`${owed[kind]} as ${dueColumn(kind)}`),
    sql`, `,
  )
}

/**
 * The complaints with an open deadline before `until`, one row each with its owed dates. The
 * stored next deadline is the earliest open one, so `next_deadline < until` (an index range)
 * finds exactly these, however many closed complaints there are.
 */
export const openComplaints = (tables: ReportTables, viewer: Viewer, until: string | null): SQL => {
  const c = tables.complaints
  // Without a bound (the consistency check) every complaint is looked at, not only those with a stored next deadline.
  const pressing = until === null ? sql`true` : sql`${c.nextDeadline} < ${until}`
  return sql`select ${c.id} as id, ${c.reference} as reference, ${c.status}::text as status, ${c.regulation} as regulation_id,
      ${c.handler} as handler_id, ${c.receivedOn} as received_on, ${owedColumns(tables)}
    from ${c.table}
    where ${pressing} and ${visibleTo(tables, viewer)}`
}

/** The open complaints unfolded into one row per owed deadline before `until` (kind, position, due). */
export const owedDeadlines = (until: string | null): SQL =>
  sql.join(
    OVERDUE_KINDS.map((kind, position) => {
      const due = dueColumn(kind)
      return sql`select open.*, ${sql.raw(`'${kind}'`)} as kind, ${sql.raw(String(position))} as position, open.${due} as due
        from open where open.${due} ${until === null ? sql`is not null` : sql`< ${until}`}`
    }),
    sql` union all `,
  )

export const handlerName = ({ users: u }: ReportTables): SQL =>
  u.name ? sql`coalesce(${u.name}, ${u.email})` : sql`${u.email}`

/** The open complaints (`open`) and their owed deadlines (`owed`) up to the horizon, as common table expressions. */
export const owedBefore = (tables: ReportTables, query: OverdueQuery): SQL => {
  const until = daysPeriod(query.horizon, query.horizon).until
  return sql`with open as materialized (${openComplaints(tables, query.viewer, until)}), owed as (${owedDeadlines(until)})`
}
