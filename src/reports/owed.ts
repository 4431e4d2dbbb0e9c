import { sql } from '@payloadcms/db-postgres'

import { notAbout, takesPart } from './expressions'

import type { SQL, SQLWrapper } from '@payloadcms/db-postgres/drizzle'
import type { ComplaintColumns, ReportTables } from './database'
import type { OverdueKind } from './overdue'
import type { Viewer } from './viewer'

/**
 * The deadlines the overdue view chases: those the organisation itself owes (openDeadlines in
 * src/procedure), and the external body's contact with the complainant, shown as the body's.
 */
export const OVERDUE_KINDS = [
  'acknowledgement',
  'nonAdmission',
  'decision',
  'decisionExtended',
  'appealDecision',
  'externalOfficerContact',
] as const satisfies readonly OverdueKind[]

/** The kinds the overdue view lists as owed by an external body, not by the organisation. */
export const BODY_KINDS: readonly OverdueKind[] = ['externalOfficerContact']

/** The stored date of a kind's deadline. */
export const dueOf = (c: ComplaintColumns, kind: OverdueKind): SQLWrapper =>
  ({
    acknowledgement: c.deadlines_acknowledgement,
    nonAdmission: c.deadlines_nonAdmission,
    decision: c.deadlines_decision,
    decisionExtended: c.deadlines_decisionExtended,
    appealDecision: c.deadlines_appealDecision,
    externalOfficerContact: c.deadlines_externalOfficerContact,
  })[kind]

/**
 * While a kind's deadline is owed: the rules of metOn and openDeadlines
 * (src/procedure/openDeadlines.ts) over the stored columns. An extension replaces the original
 * decision date; the notice of non-admission is owed only for a complaint that is not admissible.
 *
 * Each condition is also the predicate of that kind's partial index (indexes.ts), which holds
 * exactly the owed deadlines: PostgreSQL uses the index only where the query repeats the
 * predicate, so both are built here, with every constant written out.
 */
export const owedWhile = (c: ComplaintColumns, kind: OverdueKind): SQL => {
  const ongoing = sql`${c.withdrawnOn} is null and ${c.resolvedOn} is null`
  const undecided = sql`${c.decidedOn} is null and ${c.nonAdmittedOn} is null and ${ongoing}`
  // Issues stored as JSON null count as none; written as two tests, PostgreSQL can estimate the first.
  const inadmissible = sql`${c.admissibilityIssues} is not null and jsonb_typeof(${c.admissibilityIssues}) <> 'null'`
  return {
    acknowledgement: sql`${c.acknowledgedOn} is null and ${c.nonAdmittedOn} is null and ${ongoing}`,
    nonAdmission: sql`${inadmissible} and ${c.nonAdmittedOn} is null and ${ongoing}`,
    decision: sql`${c.deadlines_decisionExtended} is null and ${undecided}`,
    decisionExtended: undecided,
    appealDecision: sql`${c.appealDecidedOn} is null and ${c.withdrawnOn} is null`,
    externalOfficerContact: sql`${c.bodyContactedOn} is null and ${ongoing}`,
  }[kind]
}

/**
 * The kind of an owed deadline row from its position: the rows carry a number, which is cheaper
 * to keep, sort and count by than the name.
 */
export const kindAt = (position: SQL): SQL =>
  sql`(${sql.raw(`array[${OVERDUE_KINDS.map((kind) => `'${kind}'`).join(', ')}]`)})[${position} + 1]`

/** What an owed deadline row carries besides id, handler, position and due (for sorting). */
export type OwedExtra = 'reference' | 'regulation_id' | 'received_on'

/** Only the first rows of each kind in this order (see owedDeadlines). */
export type FirstOwed = { order: SQL; rows: number }

/**
 * Every deadline the organisation owes before `until` (or at all, when null) on a complaint not
 * about the viewer, one row each: id, handler_id, position (the kind's place in OVERDUE_KINDS,
 * see kindAt) and due, and the extras asked for. One branch per kind, each read from that
 * kind's partial index alone, however many complaints were handled long ago; with `first`, each
 * branch stops after its first rows in that order, read in the index's own order.
 */
export const owedDeadlines = (
  tables: ReportTables,
  viewer: Viewer,
  until: string | null,
  extras: readonly OwedExtra[] = [],
  first?: FirstOwed,
): SQL => {
  const c = tables.complaints
  const extraColumns: Record<OwedExtra, SQLWrapper> = {
    reference: c.reference,
    regulation_id: c.regulation,
    received_on: c.receivedOn,
  }
  const extra = sql.join(
    extras.map((name) => sql`, ${extraColumns[name]} as ${sql.raw(name)}`),
    sql``,
  )
  return sql.join(
    OVERDUE_KINDS.map((kind, position) => {
      const due = dueOf(c, kind)
      const before = until === null ? sql`${due} is not null` : sql`${due} < ${until}`
      const branch = sql`select ${c.id} as id, ${c.handler} as handler_id, ${sql.raw(String(position))} as position,
          ${due} as due${extra}
        from ${c.table} where ${owedWhile(c, kind)} and ${before} and ${notAbout(tables, viewer)}`
      return first ? sql`(${branch} ${first.order} limit ${first.rows})` : branch
    }),
    sql` union all `,
  )
}

/**
 * The owed deadlines the viewer may see, as the common table expression `owed`. A handler's own
 * cases are picked from all of them in one pass over their participations: `offset 0` keeps
 * PostgreSQL from repeating the test in each kind's branch, which reads the participations once
 * per kind.
 */
export const owedCte = (
  tables: ReportTables,
  viewer: Viewer,
  until: string | null,
  extras: readonly OwedExtra[] = [],
): SQL => {
  const deadlines = owedDeadlines(tables, viewer, until, extras)
  return viewer.sees === 'allButAboutThemselves'
    ? sql`with owed as materialized (${deadlines})`
    : sql`with owed as materialized (select * from (${deadlines} offset 0) as every_owed
        where ${takesPart(tables, viewer, sql.raw('every_owed.id'))})`
}

export const handlerName = ({ users: u }: ReportTables): SQL =>
  u.name ? sql`coalesce(${u.name}, ${u.email})` : sql`${u.email}`
