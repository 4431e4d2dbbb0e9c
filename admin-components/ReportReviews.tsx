import React from 'react'

import { translate } from '../src/translations'
import { reportText } from '../src/translations/reports'
import { formatDay } from './formatting'

import type { ReviewRow } from '../src/reports/reviews'
import type { TranslationKey } from '../src/translations'
import type { ReportLanguage } from '../src/translations/reports'

/** The periodic reviews beside their periods' figures; a period that ended without one says so. */
export const ReviewTable = ({
  rows,
  language,
}: {
  rows: ReviewRow[]
  language: ReportLanguage
}) => {
  const t = (key: Parameters<typeof reportText>[1]) => reportText(language, key)
  if (rows.length === 0) return <p>{t('report.reviews.none')}</p>
  return (
    <table data-testid="reviews">
      <thead>
        <tr>
          <th scope="col">{t('report.reviews.period')}</th>
          <th scope="col">{t('report.reviews.figures')}</th>
          <th scope="col">{t('report.reviews.reviewedOn')}</th>
          <th scope="col">{t('report.reviews.conclusions')}</th>
          <th scope="col">{t('report.reviews.measures')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={`${row.period}-${index}`} data-missing={row.missing || undefined}>
            <th scope="row">
              {translate(`reviewPeriodKey.${row.period}` as TranslationKey, language)}
              {row.regulation ? ` (${row.regulation})` : ''}
            </th>
            <td>
              {row.figures
                ? reportText(language, 'report.reviews.counts', {
                    total: row.figures.total,
                    withinTerm: row.figures.withinTerm,
                    late: row.figures.late,
                  })
                : '—'}
            </td>
            <td>{row.review ? formatDay(row.review.reviewedOn, language) : '—'}</td>
            <td>
              {row.review?.conclusions ??
                (row.missing ? <strong>{t('report.reviews.missing')}</strong> : '—')}
            </td>
            <td>{row.review?.measures ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
