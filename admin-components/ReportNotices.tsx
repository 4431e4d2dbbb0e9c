import React from 'react'

import { reportText } from '../src/translations/reports'
import { formatDay, formatNumber } from './formatting'

import type { IsoDate } from '../src/procedure/dates'
import type { NoticeCounts, NoticeFigures } from '../src/reports/notices'
import type { ReportLanguage, ReportTextKey } from '../src/translations/reports'

const ROWS: { key: keyof NoticeCounts; label: ReportTextKey; part?: boolean }[] = [
  { key: 'informed', label: 'report.notices.informed' },
  { key: 'late', label: 'report.notices.late', part: true },
  { key: 'overdue', label: 'report.notices.overdue' },
]

/** The clients given the regulation at the start of their trajectory, per year and quarter. */
export const NoticeTable = ({
  figures,
  asOf,
  language,
}: {
  figures: NoticeFigures
  asOf: IsoDate
  language: ReportLanguage
}) => {
  const t = (key: ReportTextKey, values?: Record<string, string | number>) =>
    reportText(language, key, values)
  const { year } = figures
  if (!figures.provided && year.informed + year.overdue === 0)
    return <p>{t('report.notices.notProvided')}</p>
  const periods: [string, NoticeCounts][] = [
    [t('report.period.year'), figures.year],
    ...([1, 2, 3, 4] as const).map((q): [string, NoticeCounts] => [
      t('report.period.quarter', { q }),
      figures.quarters[q],
    ]),
  ]
  return (
    <>
      <p>{t('report.notices.intro', { asOf: formatDay(asOf, language) })}</p>
      <table data-testid="notices">
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
          {ROWS.map((row) => (
            <tr key={row.key} className={row.part ? 'part' : undefined} data-figure={row.key}>
              <th scope="row">{t(row.label)}</th>
              {periods.map(([label, counts]) => (
                <td key={label} className="number">
                  {formatNumber(counts[row.key], language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
