import { sql } from '@payloadcms/db-postgres'

import { toDayNumber } from '../procedure/dates'
import { classifiedComplaints } from './classified'
import { rowsOf } from './database'
import { isoOfDayNumber } from './expressions'

import type { IsoDate } from '../procedure/dates'
import type { ReportDatabase } from './database'
import type { ReportFilter } from './classified'

export type LateComplaint = {
  id: number
  reference: string | null
  receivedOn: IsoDate
  term: IsoDate
  /** Null while it is still open. */
  handledOn: IsoDate | null
  /** Calendar days from the end of the term to the handling, or to the report date while open. */
  daysLate: number
  delayExplanation: string | null
  /** The reason given with the latest extension, if the term was extended. */
  extensionReason: string | null
}

export type UnhandledReason = 'notAdmitted' | 'withdrawn' | 'open'

export type UnhandledComplaint = {
  id: number
  reference: string | null
  receivedOn: IsoDate
  status: string
  reason: UnhandledReason
  /** The motivation of the non-admission, else the recorded explanation of the delay. */
  explanation: string | null
}

/** `limit: null` lists them all (the CSV export). */
type Page = { limit?: number | null; offset?: number }

const page = ({ limit = 200, offset = 0 }: Page) =>
  limit === null ? sql`offset ${offset}` : sql`limit ${limit} offset ${offset}`

/** The complaints not handled within their term, with the explanations recorded. */
export const lateComplaints = async (
  { db, tables }: ReportDatabase,
  filter: ReportFilter,
  paging: Page = {},
): Promise<LateComplaint[]> => {
  const e = tables.extensions
  const rows = await rowsOf<LateComplaint & { daysLate: string | number }>(
    db,
    sql`select k.id as "id", k.reference as "reference", ${isoOfDayNumber(sql.raw('k.received'))} as "receivedOn",
        ${isoOfDayNumber(sql.raw('k.term'))} as "term", ${isoOfDayNumber(sql.raw('k.handled'))} as "handledOn",
        coalesce(k.handled, ${toDayNumber(filter.asOf)}) - k.term as "daysLate",
        k.delay_explanation as "delayExplanation",
        (select ${e.reason} from ${e.table} where ${e.parent} = k.id order by ${e.order} desc limit 1) as "extensionReason"
      from ${classifiedComplaints(tables, filter)}
      where k.late
      order by k.received_at, k.id
      ${page(paging)}`,
  )
  return rows.map((row) => ({ ...row, daysLate: Number(row.daysLate) }))
}

/** The complaints submitted but not handled: not admitted, withdrawn, or still open. */
export const unhandledComplaints = async (
  { db, tables }: ReportDatabase,
  filter: ReportFilter,
  paging: Page = {},
): Promise<UnhandledComplaint[]> =>
  rowsOf(
    db,
    sql`select k.id as "id", k.reference as "reference", ${isoOfDayNumber(sql.raw('k.received'))} as "receivedOn", k.status::text as "status",
        case when k.not_admitted then 'notAdmitted' when k.withdrawn then 'withdrawn' else 'open' end as "reason",
        case when k.not_admitted then coalesce(k.non_admission_motivation, k.delay_explanation) else k.delay_explanation end as "explanation"
      from ${classifiedComplaints(tables, filter)}
      where not k.decided and not k.resolved
      order by k.received_at, k.id
      ${page(paging)}`,
  )
