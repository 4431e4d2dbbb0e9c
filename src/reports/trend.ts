import { quarterCounts } from './quarterCounts'

import type { ReportFilter } from './classified'
import type { ReportDatabase } from './database'

export type QuarterTrend = {
  year: number
  quarter: number
  total: number
  withinTerm: number
  late: number
}

/** Received, handled within the term and late, per quarter of the filter's year. */
export const quarterlyTrend = async (
  database: ReportDatabase,
  filter: ReportFilter,
): Promise<QuarterTrend[]> => {
  const quarters = await quarterCounts(database, filter, 'handling')
  return ([1, 2, 3, 4] as const).map((quarter) => {
    const { statuses } = quarters[quarter]
    const count = (which: (group: (typeof statuses)[number]) => boolean) =>
      statuses.reduce((sum, group) => (which(group) ? sum + group.count : sum), 0)
    return {
      year: filter.year,
      quarter,
      total: count(() => true),
      withinTerm: count((group) => group.withinTerm),
      late: count((group) => group.late),
    }
  })
}
