import { STATUS_LABELS } from '../procedure/statusLabels'
import { reportText } from '../translations/reports'
import { ALL_FIGURE_ROWS } from './figureRows'

import type { ReportLanguage } from '../translations/reports'
import type { EscalationCount } from './escalations'
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

/** One row for the year and one per quarter, every figure a column. */
export const figuresCsv = (
  {
    regulation,
    year,
    figures,
    escalations,
  }: { regulation: string; year: number; figures: YearlyFigures; escalations: EscalationCount[] },
  language: ReportLanguage,
): string => {
  const t = (key: Parameters<typeof reportText>[1], values?: Record<string, number>) =>
    reportText(language, key, values)
  const total = escalations.find((count) => count.body === null)
  const header = [
    t('csv.regulation'),
    t('csv.year'),
    t('csv.period'),
    ...ALL_FIGURE_ROWS.map((row) => t(row.label, row.labelValues)),
    t('figure.escalatedComplaints'),
    t('figure.escalations'),
  ]
  const periods = [
    [
      t('report.period.year'),
      figures.year,
      total?.complaints ?? 0,
      total?.escalations ?? 0,
    ] as const,
    ...([1, 2, 3, 4] as const).map(
      (q) => [t('report.period.quarter', { q }), figures.quarters[q], null, null] as const,
    ),
  ]
  const rows = periods.map(([period, f, escalated, count]): Cell[] => [
    regulation,
    year,
    period,
    ...ALL_FIGURE_ROWS.map((row) => row.value(f)),
    escalated,
    count,
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
