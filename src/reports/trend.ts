import { sql } from '@payloadcms/db-postgres'

import { classifiedByQuarter } from './classified'
import { rowsOf } from './database'

import type { ReportDatabase } from './database'
import type { ReportFilter } from './classified'

export type QuarterTrend = {
  year: number
  quarter: number
  total: number
  withinTerm: number
  late: number
}

/** Received, handled within the term and late, per quarter of the filter's year. */
export const quarterlyTrend = async (
  { db, tables }: ReportDatabase,
  filter: ReportFilter,
): Promise<QuarterTrend[]> => {
  const rows = await rowsOf<{ quarter: number; total: string; withinTerm: string; late: string }>(
    db,
    sql`select k.quarter as "quarter", count(*) as "total",
        count(*) filter (where k.within_term) as "withinTerm", count(*) filter (where k.late) as "late"
      from ${classifiedByQuarter(tables, filter)}
      group by k.quarter`,
  )
  return [1, 2, 3, 4].map((quarter) => {
    const row = rows.find((found) => Number(found.quarter) === quarter)
    return {
      year: filter.year,
      quarter,
      total: Number(row?.total ?? 0),
      withinTerm: Number(row?.withinTerm ?? 0),
      late: Number(row?.late ?? 0),
    }
  })
}
