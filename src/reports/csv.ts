import { STATUS_LABELS } from '../procedure/statusLabels'
import { internalStageText } from '../translations/internalStages'
import { reportText } from '../translations/reports'
import { ALL_FIGURE_ROWS } from './figureRows'

import type { ReportLanguage } from '../translations/reports'
import type { EscalationCount } from './escalations'
import type { InternalStageCount } from './internalStages'
import type { NoticeCounts, NoticeFigures } from './notices'
import type { LateComplaint, UnhandledComplaint } from './lists'
import type { YearlyFigures } from './yearly'

type Cell = string | number | null

/**
 * Dutch spreadsheets read ';'-separated files with decimal commas; English ones ',' and points.
 * Text that a spreadsheet would run as a formula is prefixed with a quote.
 */
const dialect = (language: ReportLanguage) =>
  language === 'nl' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' }

const cellText = (cell: Cell, language: ReportLanguage): string => {
  if (cell === null) return ''
  if (typeof cell === 'number')
    return Number.isInteger(cell)
      ? String(cell)
      : String(Math.round(cell * 100) / 100).replace('.', dialect(language).decimal)
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

const quoted = (text: string, separator: string): string =>
  text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text

/** CSV text with a byte-order mark, so spreadsheets read it as UTF-8. */
export const toCsv = (rows: Cell[][], language: ReportLanguage): string => {
  const { separator } = dialect(language)
  return `\uFEFF${rows.map((row) => row.map((cell) => quoted(cellText(cell, language), separator)).join(separator)).join('\r\n')}\r\n`
}

const NOTICE_COLUMNS = [
  ['informed', 'report.notices.informed'],
  ['late', 'report.notices.late'],
  ['overdue', 'report.notices.overdue'],
] as const satisfies readonly (readonly [keyof NoticeCounts, string])[]

/**
 * One row for the year and one per quarter, every figure a column; then, as the report page
 * shows them, the clients given the regulation (where it asks for that, or any were recorded)
 * and, for the year, each internal stage reached and resolved there.
 */
export const figuresCsv = (
  {
    regulation,
    year,
    figures,
    escalations,
    notices,
    stages,
  }: {
    regulation: string
    year: number
    figures: YearlyFigures
    escalations: EscalationCount[]
    notices: NoticeFigures
    stages: InternalStageCount[]
  },
  language: ReportLanguage,
): string => {
  const t = (key: Parameters<typeof reportText>[1], values?: Record<string, number>) =>
    reportText(language, key, values)
  const stageText = (key: 'reportReached' | 'reportResolved') => internalStageText(language, key)
  const total = escalations.find((count) => count.body === null)
  const withNotices = notices.provided || notices.year.informed + notices.year.overdue > 0
  const noticeColumns = withNotices ? NOTICE_COLUMNS : []
  const header = [
    t('csv.regulation'),
    t('csv.year'),
    t('csv.period'),
    ...ALL_FIGURE_ROWS.map((row) => t(row.label, row.labelValues)),
    t('figure.escalatedComplaints'),
    t('figure.escalations'),
    ...noticeColumns.map(([, label]) => `${t('report.section.notices')}: ${t(label)}`),
    ...stages.flatMap((stage) => [
      `${stage.label[language]}: ${stageText('reportReached')}`,
      `${stage.label[language]}: ${stageText('reportResolved')}`,
    ]),
  ]
  const periods = [
    [
      t('report.period.year'),
      figures.year,
      notices.year,
      total?.complaints ?? 0,
      total?.escalations ?? 0,
    ] as const,
    ...([1, 2, 3, 4] as const).map(
      (q) =>
        [
          t('report.period.quarter', { q }),
          figures.quarters[q],
          notices.quarters[q],
          null,
          null,
        ] as const,
    ),
  ]
  const rows = periods.map(([period, f, given, escalated, count], index): Cell[] => [
    regulation,
    year,
    period,
    ...ALL_FIGURE_ROWS.map((row) => row.value(f)),
    escalated,
    count,
    ...noticeColumns.map(([key]) => given[key]),
    // Stages are counted for the year only.
    ...stages.flatMap((stage) => (index === 0 ? [stage.reached, stage.resolved] : [null, null])),
  ])
  return toCsv([header, ...rows], language)
}

export const lateCsv = (late: LateComplaint[], language: ReportLanguage): string => {
  const t = (key: Parameters<typeof reportText>[1]) => reportText(language, key)
  const header = [
    'report.column.reference',
    'report.column.received',
    'report.column.term',
    'report.column.handled',
    'report.column.daysLate',
    'report.column.explanation',
    'report.column.extensionReason',
  ] as const
  return toCsv(
    [
      header.map(t),
      ...late.map((c): Cell[] => [
        c.reference,
        c.receivedOn,
        c.term,
        c.handledOn,
        c.daysLate,
        c.delayExplanation,
        c.extensionReason,
      ]),
    ],
    language,
  )
}

export const unhandledCsv = (unhandled: UnhandledComplaint[], language: ReportLanguage): string => {
  const t = (key: Parameters<typeof reportText>[1]) => reportText(language, key)
  const header = [
    'report.column.reference',
    'report.column.received',
    'report.column.status',
    'report.column.reason',
    'report.column.explanation',
  ] as const
  return toCsv(
    [
      header.map(t),
      ...unhandled.map((c): Cell[] => [
        c.reference,
        c.receivedOn,
        STATUS_LABELS[language][c.status as keyof (typeof STATUS_LABELS)['nl']] ?? c.status,
        t(`report.reason.${c.reason}`),
        c.explanation,
      ]),
    ],
    language,
  )
}
