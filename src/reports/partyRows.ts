import { sql } from '@payloadcms/db-postgres'

import { classifiedComplaints } from './classified'
import { rowsOf } from './database'
import { isoOfDayNumber } from './expressions'

import type { ReportFilter } from './classified'
import type { ReportDatabase } from './database'
import type { PartyFacts } from './partyFigures'

/**
 * The facts of a commissioning party's complaints received in the period (classified.ts, the
 * yearly report's own definitions), and only those: no reference, no text, no person. What is
 * not selected here cannot reach the report.
 */
export const partyFacts = async (
  { db, tables }: ReportDatabase,
  filter: ReportFilter & { party: string },
): Promise<PartyFacts[]> =>
  rowsOf<PartyFacts>(
    db,
    sql`select k.regulation_id as "regulationId",
        ${isoOfDayNumber(sql.raw('k.received'))} as "receivedOn",
        case when k.decided then ${isoOfDayNumber(sql.raw('k.received + k.lead_days'))} end as "decidedOn",
        k.status::text as "status", k.outcome as "outcome",
        k.not_admitted as "notAdmitted", k.withdrawn as "withdrawn", k.resolved as "resolved",
        k.within_term as "withinTerm", k.late as "late"
      from ${classifiedComplaints(tables, filter)}`,
  )
