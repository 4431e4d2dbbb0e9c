import { escalationCounts } from './escalations'
import { improvementActions } from './improvements'
import { internalStageCounts } from './internalStages'
import { lateComplaints, unhandledComplaints } from './lists'
import { quarterlyTrend } from './trend'
import { yearlyFigures } from './yearly'

import type { IsoDate } from '../procedure/dates'
import type { ReportDatabase } from './database'
import type { EscalationCount } from './escalations'
import type { ImprovementAction } from './improvements'
import type { InternalStageCount } from './internalStages'
import type { LateComplaint, UnhandledComplaint } from './lists'
import type { QuarterTrend } from './trend'
import type { Viewer } from './viewer'
import type { YearlyFigures } from './yearly'

export type ReportRequest = {
  viewer: Viewer
  regulation: string | null
  year: number
  asOf: IsoDate
  listLimit: number
}

export type YearlyReport = {
  regulation: string | null
  year: number
  asOf: IsoDate
  figures: YearlyFigures
  escalations: EscalationCount[]
  late: LateComplaint[]
  unhandled: UnhandledComplaint[]
  /** What the organisation improves after the year's complaints, and how much of it was done. */
  improvements: { actions: ImprovementAction[]; total: number; done: number }
  /** Per internal stage (both IZW): reached, and resolved there. */
  internalStages: InternalStageCount[]
  trend: QuarterTrend[]
}

/** The whole yearly report of one regulation (or all): its queries run side by side. */
export const yearlyReport = async (
  database: ReportDatabase,
  { viewer, regulation, year, asOf, listLimit }: ReportRequest,
): Promise<YearlyReport> => {
  const filter = { viewer, regulation, asOf, year }
  const [figures, escalations, late, unhandled, improvements, internalStages, before] =
    await Promise.all([
      yearlyFigures(database, filter),
      escalationCounts(database, filter),
      lateComplaints(database, filter, { limit: listLimit }),
      unhandledComplaints(database, filter, { limit: listLimit }),
      improvementActions(database, filter, listLimit),
      internalStageCounts(database, filter),
      quarterlyTrend(database, { ...filter, year: year - 1 }),
    ])
  // The year itself is already counted per quarter; the trend only needs the year before.
  const thisYear = ([1, 2, 3, 4] as const).map((quarter) => {
    const { total, withinTerm, late: lateCount } = figures.quarters[quarter]
    return { year, quarter, total, withinTerm, late: lateCount }
  })
  return {
    regulation,
    year,
    asOf,
    figures,
    escalations,
    late,
    unhandled,
    improvements,
    internalStages,
    trend: [...before, ...thisYear],
  }
}
