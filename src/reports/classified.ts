import { sql } from '@payloadcms/db-postgres'

import { toDayNumber } from '../procedure/dates'
import { dayNumberOf, visibleTo } from './expressions'
import { reportDays } from './reportFacts'
import { daysPeriod, yearsPeriod } from './period'

import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { IsoDate } from '../procedure/dates'
import type { ReportTables } from './database'
import type { Viewer } from './viewer'

export type ReportFilter = {
  viewer: Viewer
  /** A regulation's code (`slug`, shared by its versions); null for every regulation. */
  regulation: string | null
  /** Complaints received in this calendar year (in Amsterdam) are counted. */
  year: number
  /** The day the report is made: a complaint not handled by then is late once its term ended before it. */
  asOf: IsoDate
  /** Only the complaints of this commissioning party, by its key (the party's report). */
  party?: string
  /** Only those received from `first` to `last`, Amsterdam days within the year. */
  days?: { first: IsoDate; last: IsoDate }
}

/** The complaints of the regulation that the viewer may count. */
const countable = (tables: ReportTables, filter: ReportFilter): SQL => {
  const { complaints: c, regulations: r } = tables
  const ofRegulation =
    filter.regulation === null
      ? sql`true`
      : sql`${c.regulation} in (select ${r.id} from ${r.table} where ${r.slug} = ${filter.regulation})`
  const ofParty =
    filter.party === undefined ? sql`true` : sql`${c.commissioningParty} = ${filter.party}`
  return sql`${ofRegulation} and ${ofParty} and ${visibleTo(tables, filter.viewer)}`
}

/** The complaints received in the year (an index range on received_on) that the viewer may count. */
export const receivedIn = (tables: ReportTables, filter: ReportFilter): SQL => {
  const c = tables.complaints
  const { from, until } = filter.days
    ? daysPeriod(filter.days.first, filter.days.last)
    : yearsPeriod(filter.year)
  return sql`${c.receivedOn} >= ${from} and ${c.receivedOn} < ${until} and ${countable(tables, filter)}`
}

/**
 * The facts the report counts, per complaint; days are day numbers (see dayNumberOf).
 *
 * - handled: the first of decision, non-admission, withdrawal, informal resolution (as metOn);
 * - term: the stored report threshold, which the procedure core chose per complaint: for one not
 *   admitted the notice-of-non-admission deadline where the regulation measures it so (else its
 *   report term); for any other the regulation's own report term, or else the decision deadline in
 *   force, so an extension moves it only where the regulation reports against the decision term;
 * - within term: handled on or before the last day of the term (no term started: handled at all);
 * - late: a term ended before the complaint was handled, or before `asOf` while it is not.
 */
const facts = (tables: ReportTables): SQL => {
  const c = tables.complaints
  const { handled, term, leadDays } = reportDays(c)
  return sql`${c.id} as id, ${c.reference} as reference, ${c.status} as status, ${c.regulation} as regulation_id,
    ${c.receivedOn} as received_at, ${dayNumberOf(c.receivedOn)} as received,
    ${c.nonAdmittedOn} is not null as not_admitted, ${c.decidedOn} is not null as decided,
    ${c.withdrawnOn} is not null as withdrawn, ${c.resolvedOn} is not null as resolved,
    ${handled} as handled, ${term} as term,
    ${c.outcome}::text as outcome, ${c.satisfaction_score} as score,
    ${leadDays} as lead_days,
    ${c.delayExplanation} as delay_explanation, ${c.nonAdmissionMotivation} as non_admission_motivation`
}

/**
 * The complaints received in the year with their facts, as a subquery named `k` (README,
 * "Deadlines overview and yearly report"). Unfenced, so a list ordered by receipt reads
 * received_on's index in order and stops at the page's last row.
 */
export const classifiedComplaints = (tables: ReportTables, filter: ReportFilter): SQL =>
  sql`(select base.*,
      base.handled is not null and (base.term is null or base.handled <= base.term) as within_term,
      base.term is not null and coalesce(base.handled, ${toDayNumber(filter.asOf)}) > base.term as late
    from (select ${facts(tables)} from ${tables.complaints.table} where ${receivedIn(tables, filter)}) as base) as k`
