import type { ReportTextKey } from '../translations/reports'
import type { Figures } from './yearly'

export type FigureRow = {
  key: string
  label: ReportTextKey
  labelValues?: Record<string, number>
  value: (figures: Figures) => number | null
  /** A part of the row above it ("of which ..."). */
  part?: boolean
}

const row = (key: keyof Figures & string, part = false): FigureRow => ({
  key,
  label: `figure.${key}` as ReportTextKey,
  value: (f) => f[key] as number,
  part,
})

/** The counts of IN FOCUS Samen (its five, in its order), then IZW's and the state of the rest. */
export const HANDLING_ROWS: FigureRow[] = [
  row('total'),
  row('notAdmitted'),
  row('notAdmittedWithinTerm'),
  row('admitted'),
  row('admittedWithinTerm'),
  row('late'),
  row('lateHandled', true),
  row('lateOpen', true),
  row('pending'),
  row('notHandled'),
  row('notHandledNotAdmitted', true),
  row('notHandledWithdrawn', true),
  row('notHandledOpen', true),
  row('decided'),
  row('resolvedInformally'),
]

export const OUTCOME_ROWS: FigureRow[] = (['founded', 'partlyFounded', 'unfounded'] as const).map(
  (outcome) => ({
    key: outcome,
    label: `figure.${outcome}`,
    value: (f) => f.outcomes[outcome],
  }),
)

export const SATISFACTION_ROWS: FigureRow[] = [
  { key: 'responses', label: 'figure.responses', value: (f) => f.satisfaction.responses },
  { key: 'meanScore', label: 'figure.meanScore', value: (f) => f.satisfaction.mean },
  ...[1, 2, 3, 4, 5].map((n): FigureRow => ({
    key: `score${n}`,
    label: 'figure.score',
    labelValues: { n },
    value: (f) => f.satisfaction.distribution[n - 1] ?? 0,
    part: true,
  })),
  {
    key: 'handledWellYes',
    label: 'figure.handledWellYes',
    value: (f) => f.satisfaction.handledWell.yes,
  },
  {
    key: 'handledWellNo',
    label: 'figure.handledWellNo',
    value: (f) => f.satisfaction.handledWell.no,
  },
]

export const LEAD_TIME_ROWS: FigureRow[] = [
  {
    key: 'decidedWithLeadTime',
    label: 'figure.decidedWithLeadTime',
    value: (f) => f.leadTime.decided,
  },
  { key: 'medianDays', label: 'figure.medianDays', value: (f) => f.leadTime.medianDays },
  { key: 'p90Days', label: 'figure.p90Days', value: (f) => f.leadTime.p90Days },
]

export const ALL_FIGURE_ROWS: FigureRow[] = [
  ...HANDLING_ROWS,
  ...OUTCOME_ROWS,
  ...SATISFACTION_ROWS,
  ...LEAD_TIME_ROWS,
]
