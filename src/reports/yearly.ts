import { quarterCounts } from './quarterCounts'

import type { ReportFilter } from './classified'
import type { ReportDatabase } from './database'
import type { QuarterCounts, StatusGroup } from './quarterCounts'

/** What the regulations ask the yearly report to count, for one period (see classified.ts). */
export type Figures = {
  /** Received in the period. */
  total: number
  notAdmitted: number
  notAdmittedWithinTerm: number
  admitted: number
  admittedWithinTerm: number
  withinTerm: number
  /** Not handled within the term: handled after it, or still open after it. */
  late: number
  lateHandled: number
  lateOpen: number
  /** Still open, with the term not yet ended (or not yet started). */
  pending: number
  /** Submitted but not handled: no decision and no informal resolution. */
  notHandled: number
  notHandledNotAdmitted: number
  notHandledWithdrawn: number
  notHandledOpen: number
  decided: number
  resolvedInformally: number
  outcomes: { founded: number; partlyFounded: number; unfounded: number }
  satisfaction: {
    responses: number
    mean: number | null
    distribution: [number, number, number, number, number]
    /** Whether the complainants found their complaint handled well (online or recorded by staff). */
    handledWell: { yes: number; no: number }
  }
  /** Calendar days from receipt to decision, over the decided complaints. */
  leadTime: { decided: number; medianDays: number | null; p90Days: number | null }
}

export type YearlyFigures = { year: Figures; quarters: Record<1 | 2 | 3 | 4, Figures> }

type Group = StatusGroup

/** Still open: neither decided, nor not admitted, withdrawn or resolved informally. */
const open = (g: Group) => !g.notAdmitted && !g.decided && !g.withdrawn && !g.resolved
const notHandled = (g: Group) => !g.decided && !g.resolved

/** Which complaints each count of their handling takes in, by how they were handled. */
const COUNTS = {
  total: () => true,
  notAdmitted: (g) => g.notAdmitted,
  notAdmittedWithinTerm: (g) => g.notAdmitted && g.withinTerm,
  admitted: (g) => !g.notAdmitted,
  admittedWithinTerm: (g) => !g.notAdmitted && g.withinTerm,
  withinTerm: (g) => g.withinTerm,
  late: (g) => g.late,
  lateHandled: (g) => g.late && !open(g),
  lateOpen: (g) => g.late && open(g),
  pending: (g) => open(g) && !g.late,
  notHandled,
  notHandledNotAdmitted: (g) => g.notAdmitted && notHandled(g),
  notHandledWithdrawn: (g) => g.withdrawn && !g.notAdmitted && notHandled(g),
  notHandledOpen: open,
  decided: (g) => g.decided,
  resolvedInformally: (g) => g.resolved && !g.decided,
} satisfies Record<string, (g: Group) => boolean>

type Count = keyof typeof COUNTS

const NAMES = Object.keys(COUNTS) as Count[]

const handlingCounts = (statuses: Group[]): Record<Count, number> =>
  Object.fromEntries(
    NAMES.map((name) => [
      name,
      statuses.reduce((sum, g) => (COUNTS[name](g) ? sum + g.count : sum), 0),
    ]),
  ) as Record<Count, number>

/** The counts of the quarters together: the year's. */
const together = (quarters: QuarterCounts[]): QuarterCounts => {
  const leadDays = new Map<number, number>()
  for (const quarter of quarters)
    for (const [days, count] of quarter.leadDays)
      leadDays.set(days, (leadDays.get(days) ?? 0) + count)
  const sum = (of: (quarter: QuarterCounts) => number) =>
    quarters.reduce((total, quarter) => total + of(quarter), 0)
  return {
    statuses: quarters.flatMap((quarter) => quarter.statuses),
    outcomes: {
      founded: sum((q) => q.outcomes.founded),
      partlyFounded: sum((q) => q.outcomes.partlyFounded),
      unfounded: sum((q) => q.outcomes.unfounded),
    },
    scores: [0, 1, 2, 3, 4].map((i) => sum((q) => q.scores[i]!)) as QuarterCounts['scores'],
    handledWell: { yes: sum((q) => q.handledWell.yes), no: sum((q) => q.handledWell.no) },
    responses: sum((q) => q.responses),
    scoreSum: sum((q) => q.scoreSum),
    leadDays,
  }
}

/**
 * The median and 90th percentile of the lead times of the decided complaints, exactly as
 * PostgreSQL's percentile_cont interpolates them, from how many took each number of days.
 */
const leadPercentiles = (leadDays: Map<number, number>): [number, number] | null => {
  const sorted = [...leadDays].sort(([a], [b]) => a - b)
  const n = sorted.reduce((sum, [, count]) => sum + count, 0)
  if (n === 0) return null
  /** The value at a position (from 0) of the ordered lead times. */
  const at = (position: number) => {
    let seen = 0
    for (const [value, count] of sorted) if ((seen += count) > position) return value
    return sorted.at(-1)![0]
  }
  const percentile = (p: number) => {
    const position = p * (n - 1)
    const low = at(Math.floor(position))
    return low + (at(Math.ceil(position)) - low) * (position - Math.floor(position))
  }
  return [percentile(0.5), percentile(0.9)]
}

const figuresOf = (counts: QuarterCounts): Figures => {
  const n = handlingCounts(counts.statuses)
  const lead = leadPercentiles(counts.leadDays)
  return {
    total: n.total,
    notAdmitted: n.notAdmitted,
    notAdmittedWithinTerm: n.notAdmittedWithinTerm,
    admitted: n.admitted,
    admittedWithinTerm: n.admittedWithinTerm,
    withinTerm: n.withinTerm,
    late: n.late,
    lateHandled: n.lateHandled,
    lateOpen: n.lateOpen,
    pending: n.pending,
    notHandled: n.notHandled,
    notHandledNotAdmitted: n.notHandledNotAdmitted,
    notHandledWithdrawn: n.notHandledWithdrawn,
    notHandledOpen: n.notHandledOpen,
    decided: n.decided,
    resolvedInformally: n.resolvedInformally,
    outcomes: counts.outcomes,
    satisfaction: {
      responses: counts.responses,
      mean:
        counts.responses > 0 ? Math.round((counts.scoreSum / counts.responses) * 100) / 100 : null,
      distribution: counts.scores,
      handledWell: counts.handledWell,
    },
    leadTime: { decided: n.decided, medianDays: lead?.[0] ?? null, p90Days: lead?.[1] ?? null },
  }
}

/**
 * Every figure for the year and for each of its quarters from one pass over the complaints
 * received in it (see quarterCounts); the year's figures are those of its quarters together.
 */
export const yearlyFigures = async (
  database: ReportDatabase,
  filter: ReportFilter,
): Promise<YearlyFigures> => {
  const quarters = await quarterCounts(database, filter)
  return {
    year: figuresOf(together(Object.values(quarters))),
    quarters: {
      1: figuresOf(quarters[1]),
      2: figuresOf(quarters[2]),
      3: figuresOf(quarters[3]),
      4: figuresOf(quarters[4]),
    },
  }
}
