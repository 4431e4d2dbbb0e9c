import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { reportText } from '../src/translations/reports'
import { formatDay } from './formatting'
import { OverdueBadge } from './OverdueBadge'

import type { OverdueNotice } from '../src/reports/overdueNotices'
import type { ReportLanguage, ReportTextKey } from '../src/translations/reports'

/** The overdue view's clients still to be given the regulation, each linked to its record. */
export const OverdueNotices = ({
  notices,
  total,
  language,
  adminRoute,
  slug,
}: {
  notices: OverdueNotice[]
  total: number
  language: ReportLanguage
  adminRoute: string
  slug: string
}) => {
  const t = (key: ReportTextKey, values?: Record<string, string | number>) =>
    reportText(language, key, values)
  return (
    <section aria-labelledby="overdue-notices" data-testid="overdue-notices">
      <h2 id="overdue-notices">{t('overdue.notices.title')}</h2>
      <p>{t('overdue.notices.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('overdue.notices.client')}</th>
            <th scope="col">{t('overdue.notices.started')}</th>
            <th scope="col">{t('overdue.column.due')}</th>
            <th scope="col">{t('overdue.column.state')}</th>
          </tr>
        </thead>
        <tbody>
          {notices.map((notice) => (
            <tr key={notice.id}>
              <td>
                <a href={formatAdminURL({ adminRoute, path: `/collections/${slug}/${notice.id}` })}>
                  {notice.client}
                </a>
              </td>
              <td>{formatDay(notice.trajectoryStartedOn, language)}</td>
              <td>{formatDay(notice.due, language)}</td>
              <td>
                <OverdueBadge daysLate={notice.daysLate} language={language} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > notices.length && (
        <p>{t('overdue.shown', { from: 1, to: notices.length, total })}</p>
      )}
    </section>
  )
}
