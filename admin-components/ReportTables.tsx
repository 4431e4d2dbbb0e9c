import React from 'react'

import type { EscalationCount } from '../src/reports/escalations'
import type { FigureRow } from '../src/reports/figureRows'
import type { LateComplaint, UnhandledComplaint } from '../src/reports/lists'
import type { YearlyReport } from '../src/reports/report'
import type { Figures, YearlyFigures } from '../src/reports/yearly'
import type { ReportLanguage, ReportTextKey } from '../src/translations/reports'

import { STATUS_LABELS } from '../src/procedure/statusLabels'
import { reportText } from '../src/translations/reports'
import { formatDay, formatNumber } from './formatting'

type Texts = { language: ReportLanguage }

const t = (
  language: ReportLanguage,
  key: ReportTextKey,
  values?: Record<string, string | number>,
) => reportText(language, key, values)

/** Figures as rows, the year and its four quarters as columns. */
export const FigureTable = ({
  rows,
  figures,
  language,
  testId,
}: Texts & { rows: FigureRow[]; figures: YearlyFigures; testId: string }) => {
  const periods: [string, Figures][] = [
    [t(language, 'report.period.year'), figures.year],
    ...([1, 2, 3, 4] as const).map((q): [string, Figures] => [
      t(language, 'report.period.quarter', { q }),
      figures.quarters[q],
    ]),
  ]
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th scope="col" />
          {periods.map(([label]) => (
            <th key={label} scope="col" className="number">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.part ? 'part' : undefined} data-figure={row.key}>
            <th scope="row">{t(language, row.label, row.labelValues)}</th>
            {periods.map(([label, f]) => (
              <td key={label} className="number">
                {formatNumber(row.value(f), language)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const More = ({ shown, total, language }: Texts & { shown: number; total: number }) =>
  total > shown ? <p>{t(language, 'report.more', { n: total - shown })}</p> : null

const caseLink = (casesUrl: string, id: number, reference: string | null) => (
  <a href={`${casesUrl}/${id}`}>{reference ?? id}</a>
)

/** The complaints not handled within the term, with the explanation recorded for each. */
export const LateList = ({
  late,
  total,
  casesUrl,
  language,
}: Texts & { late: LateComplaint[]; total: number; casesUrl: string }) => {
  if (late.length === 0) return <p>{t(language, 'report.none')}</p>
  return (
    <>
      <table data-testid="late-list">
        <thead>
          <tr>
            {(
              [
                'report.column.reference',
                'report.column.received',
                'report.column.term',
                'report.column.handled',
                'report.column.daysLate',
                'report.column.explanation',
                'report.column.extensionReason',
              ] as const
            ).map((key) => (
              <th key={key} scope="col">
                {t(language, key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {late.map((c) => (
            <tr key={c.id}>
              <td>{caseLink(casesUrl, c.id, c.reference)}</td>
              <td>{formatDay(c.receivedOn, language)}</td>
              <td>{formatDay(c.term, language)}</td>
              <td>
                {c.handledOn ? formatDay(c.handledOn, language) : t(language, 'report.stillOpen')}
              </td>
              <td className="number">{c.daysLate}</td>
              <td>{c.delayExplanation ?? <em>{t(language, 'report.noExplanation')}</em>}</td>
              <td>{c.extensionReason ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <More shown={late.length} total={total} language={language} />
    </>
  )
}

/** The complaints submitted but not handled, with the motivation or explanation recorded. */
export const UnhandledList = ({
  unhandled,
  total,
  casesUrl,
  language,
}: Texts & { unhandled: UnhandledComplaint[]; total: number; casesUrl: string }) => {
  if (unhandled.length === 0) return <p>{t(language, 'report.none')}</p>
  return (
    <>
      <table data-testid="unhandled-list">
        <thead>
          <tr>
            {(
              [
                'report.column.reference',
                'report.column.received',
                'report.column.status',
                'report.column.reason',
                'report.column.explanation',
              ] as const
            ).map((key) => (
              <th key={key} scope="col">
                {t(language, key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {unhandled.map((c) => (
            <tr key={c.id}>
              <td>{caseLink(casesUrl, c.id, c.reference)}</td>
              <td>{formatDay(c.receivedOn, language)}</td>
              <td>
                {STATUS_LABELS[language][c.status as keyof (typeof STATUS_LABELS)['nl']] ??
                  c.status}
              </td>
              <td>{t(language, `report.reason.${c.reason}`)}</td>
              <td>{c.explanation ?? <em>{t(language, 'report.noExplanation')}</em>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <More shown={unhandled.length} total={total} language={language} />
    </>
  )
}

/** Escalations per external body, and in all. */
export const EscalationTable = ({
  escalations,
  language,
}: Texts & { escalations: EscalationCount[] }) => {
  const total = escalations.find((count) => count.body === null)
  const bodies = escalations.filter((count) => count.body !== null)
  return (
    <table data-testid="escalations">
      <thead>
        <tr>
          <th scope="col">{t(language, 'report.escalations.body')}</th>
          <th scope="col" className="number">
            {t(language, 'figure.escalatedComplaints')}
          </th>
          <th scope="col" className="number">
            {t(language, 'figure.escalations')}
          </th>
        </tr>
      </thead>
      <tbody>
        {bodies.map((count) => (
          <tr key={count.body} className="part">
            <th scope="row">{count.body || t(language, 'report.escalations.unnamed')}</th>
            <td className="number">{count.complaints}</td>
            <td className="number">{count.escalations}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t(language, 'overdue.total')}</th>
          <td className="number">{total?.complaints ?? 0}</td>
          <td className="number">{total?.escalations ?? 0}</td>
        </tr>
      </tbody>
    </table>
  )
}

const DEFINITIONS = [
  'period',
  'handled',
  'term',
  'withinTerm',
  'late',
  'notHandled',
  'satisfaction',
  'visibility',
] as const

/** How each figure is counted, in the words of the report. */
export const Definitions = ({ language }: Texts) => (
  <ul>
    {DEFINITIONS.map((name) => (
      <li key={name}>{t(language, `report.definition.${name}`)}</li>
    ))}
  </ul>
)

/** The improvement actions of the year's complaints: what, who, by when, and whether done. */
export const ImprovementList = ({
  improvements,
  casesUrl,
  language,
}: Texts & { improvements: YearlyReport['improvements']; casesUrl: string }) => {
  const { actions, total, done } = improvements
  if (total === 0) return <p>{t(language, 'report.none')}</p>
  return (
    <>
      <p>{t(language, 'report.improvements.done', { done, total })}</p>
      <table data-testid="improvement-actions">
        <thead>
          <tr>
            {(
              [
                'report.column.reference',
                'report.column.action',
                'report.column.owner',
                'report.column.dueOn',
                'report.column.done',
              ] as const
            ).map((key) => (
              <th key={key} scope="col">
                {t(language, key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {actions.map((action, index) => (
            <tr key={`${action.id}-${index}`}>
              <td>{caseLink(casesUrl, action.id, action.reference)}</td>
              <td>{action.action ?? '—'}</td>
              <td>{action.owner ?? '—'}</td>
              <td>{formatDay(action.dueOn, language)}</td>
              <td>{t(language, action.done ? 'report.yes' : 'report.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <More shown={actions.length} total={total} language={language} />
    </>
  )
}
