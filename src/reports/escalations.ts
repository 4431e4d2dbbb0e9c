import { sql } from '@payloadcms/db-postgres'

import { receivedIn } from './classified'
import { rowsWithoutWorkers } from './database'

import type { ReportDatabase } from './database'
import type { ReportFilter } from './classified'

/**
 * Escalations to an external body of the complaints received in the period, the complaint's
 * referral (or arrival through a body) among them; body null is the total.
 */
export type EscalationCount = { body: string | null; escalations: number; complaints: number }

export const escalationCounts = async (
  { db, tables }: ReportDatabase,
  filter: ReportFilter,
): Promise<EscalationCount[]> => {
  const { complaints: c, escalations: e } = tables
  // Each branch starts from the period's complaints (an index range on received_on), not from
  // every escalation and referral of every year.
  const rows = await rowsWithoutWorkers<{
    body: string | null
    total: number
    escalations: string
    complaints: string
  }>(
    db,
    sql`select case when grouping(e.body) = 1 then null else coalesce(e.body, '') end as "body", grouping(e.body) as "total",
        count(*) as "escalations", count(distinct e.parent) as "complaints"
      from (select ${e.parent} as parent, ${e.body} as body
          from ${e.table} join ${c.table} on ${c.id} = ${e.parent} where ${receivedIn(tables, filter)}
        union all select ${c.id}, ${c.referredTo} from ${c.table}
          where ${c.referredOn} is not null and ${receivedIn(tables, filter)}) as e
      group by grouping sets ((), (e.body))
      order by grouping(e.body) desc, count(*) desc, 1`,
  )
  const counts = rows.map((row) => ({
    body: Number(row.total) === 1 ? null : row.body,
    escalations: Number(row.escalations),
    complaints: Number(row.complaints),
  }))
  return counts.length > 0 ? counts : [{ body: null, escalations: 0, complaints: 0 }]
}
