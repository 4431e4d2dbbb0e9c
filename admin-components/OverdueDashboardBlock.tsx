import React from 'react'

import type { ServerProps } from 'payload'

import { todayInAmsterdam } from '../src/complaints/storedDates'
import { reportDatabaseOf } from '../src/reports/database'
import { OVERDUE_KINDS } from '../src/reports/overdue'
import { overdueTallies } from '../src/reports/overdueOverview'
import { overdueViewerOf } from '../src/reports/viewer'
import { reportLanguageOf, reportText } from '../src/translations/reports'
import { overdueKindLabel } from './formatting'
import { reportStyles } from './reportStyles'

import type { ReportSettingsProps } from '../src/reports/settings'

/** On the dashboard: how many deadlines have passed and how many fall due soon, per kind. */
export const OverdueDashboardBlock = async ({
  payload,
  user,
  i18n,
  reportSettings: settings,
}: ServerProps & ReportSettingsProps) => {
  const viewer = overdueViewerOf(user, settings.getRoles, settings)
  if (!viewer) return null
  const language = reportLanguageOf(i18n.language)
  const { counts, totals } = await overdueTallies(reportDatabaseOf(payload, settings), {
    viewer,
    today: todayInAmsterdam(),
    workingDays: settings.dueSoonWorkingDays,
  })
  const perKind = OVERDUE_KINDS.map((kind) => ({
    kind,
    passed: counts
      .filter((count) => count.kind === kind && count.passed)
      .reduce((sum, count) => sum + count.count, 0),
  })).filter((entry) => entry.passed > 0)
  return (
    <section
      className="complaints-dashboard"
      data-testid="overdue-dashboard"
      aria-labelledby="complaints-dashboard-title"
    >
      <style>{reportStyles}</style>
      <h2 id="complaints-dashboard-title">{reportText(language, 'dashboard.title')}</h2>
      <ul>
        <li>
          <strong>{totals.passed}</strong> {reportText(language, 'dashboard.passed')}
        </li>
        <li>
          <strong>{totals.dueSoon}</strong>{' '}
          {reportText(language, 'dashboard.dueSoon', { days: settings.dueSoonWorkingDays })}
        </li>
        {perKind.map(({ kind, passed }) => (
          <li key={kind}>
            {overdueKindLabel(kind, language)}: {passed} {reportText(language, 'dashboard.passed')}
          </li>
        ))}
      </ul>
      <a href={`${payload.config.routes.admin}/overdue`}>
        {reportText(language, 'dashboard.open')}
      </a>
    </section>
  )
}
