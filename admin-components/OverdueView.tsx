import { formatAdminURL } from 'payload/shared'
import React from 'react'

import type { AdminViewServerProps } from 'payload'

import { todayInAmsterdam } from '../src/complaints/storedDates'
import { STATUS_LABELS } from '../src/procedure/statusLabels'
import { reportDatabaseOf } from '../src/reports/database'
import { OVERDUE_SORTS } from '../src/reports/overdue'
import { overdueNotices } from '../src/reports/overdueNotices'
import { overdueOverview } from '../src/reports/overdueOverview'
import { requestedChoice, requestedNumber } from '../src/reports/params'
import { overdueViewerOf } from '../src/reports/viewer'
import { reportLanguageOf, reportText } from '../src/translations/reports'
import { formatDay, overdueKindLabel } from './formatting'
import { OverdueBadge } from './OverdueBadge'
import { OverdueNotices } from './OverdueNotices'
import { Refusal, ReportFrame, requireLogin } from './ReportFrame'

import type { OverdueSort } from '../src/reports/overdue'
import type { Tally } from '../src/reports/overdueOverview'
import type { ReportSettingsProps } from '../src/reports/settings'
import type { ReportLanguage, ReportTextKey } from '../src/translations/reports'

type Props = AdminViewServerProps & ReportSettingsProps

const COLUMNS: { sort: OverdueSort | null; label: ReportTextKey }[] = [
  { sort: 'reference', label: 'overdue.column.reference' },
  { sort: 'regulation', label: 'overdue.column.regulation' },
  { sort: 'kind', label: 'overdue.column.kind' },
  { sort: 'due', label: 'overdue.column.due' },
  { sort: null, label: 'overdue.column.state' },
  { sort: 'handler', label: 'overdue.column.handler' },
  { sort: 'received', label: 'overdue.column.received' },
  { sort: null, label: 'overdue.column.status' },
]

const TallyTable = ({
  caption,
  rows,
  language,
}: {
  caption: string
  rows: { label: string; tally: Tally }[]
  language: ReportLanguage
}) => (
  <table>
    <caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
    <thead>
      <tr>
        <th scope="col" />
        <th scope="col" className="number">
          {reportText(language, 'overdue.passed')}
        </th>
        <th scope="col" className="number">
          {reportText(language, 'overdue.dueSoon')}
        </th>
      </tr>
    </thead>
    <tbody>
      {rows.map(({ label, tally }) => (
        <tr key={label}>
          <th scope="row">{label}</th>
          <td className="number">{tally.passed}</td>
          <td className="number">{tally.dueSoon}</td>
        </tr>
      ))}
    </tbody>
  </table>
)

/** /admin/overdue: the open deadlines that passed or fall due soon, by kind and handler. */
export const OverdueView = async (props: Props) => {
  requireLogin(props, '/overdue')
  const { reportSettings: settings, initPageResult, searchParams = {} } = props
  const { req } = initPageResult
  const language = reportLanguageOf(req.i18n.language)
  const t = (key: ReportTextKey, values?: Record<string, string | number>) =>
    reportText(language, key, values)
  const viewer = overdueViewerOf(req.user, settings.getRoles, settings)
  if (!viewer) {
    return (
      <ReportFrame view={props}>
        <Refusal title={t('refused.title')} message={t('refused.overdue')} />
      </ReportFrame>
    )
  }

  const sort = requestedChoice(searchParams.sort, OVERDUE_SORTS)
  const direction = requestedChoice(searchParams.dir, ['asc', 'desc'] as const)
  const overview = await overdueOverview(reportDatabaseOf(req.payload, settings), {
    viewer,
    today: todayInAmsterdam(),
    workingDays: settings.dueSoonWorkingDays,
    sort,
    direction,
    page: requestedNumber(searchParams.page, 1, 1, 1_000_000),
    limit: settings.listLimit,
  })
  const notices = await overdueNotices(req, {
    today: overview.today,
    horizon: overview.horizon,
    limit: settings.listLimit,
  })
  const admin = req.payload.config.routes.admin
  const link = (changes: Record<string, string | number>) =>
    `${admin}/overdue?${new URLSearchParams({ sort, dir: direction, page: String(overview.page), ...Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, String(v)])) })}`
  const total = overview.totals.passed + overview.totals.dueSoon
  const kindLabel = (kind: string) => overdueKindLabel(kind, language)

  return (
    <ReportFrame view={props}>
      <h1>{t('overdue.title')}</h1>
      <p>
        {t('overdue.intro', {
          days: settings.dueSoonWorkingDays,
          horizon: formatDay(overview.horizon, language),
          today: formatDay(overview.today, language),
        })}
      </p>
      {viewer.sees === 'ownCases' && <p>{t('overdue.ownCases')}</p>}
      {total === 0 ? (
        <p data-testid="overdue-none">{t('overdue.none')}</p>
      ) : (
        <>
          <div className="summary" data-testid="overdue-summary">
            <TallyTable
              caption={t('overdue.byKind')}
              language={language}
              rows={[
                ...overview.byKind.map((tally) => ({ label: kindLabel(tally.kind), tally })),
                { label: t('overdue.total'), tally: overview.totals },
              ]}
            />
            <TallyTable
              caption={t('overdue.byHandler')}
              language={language}
              rows={overview.byHandler.map((tally) => ({
                label: tally.handlerName ?? t('overdue.noHandler'),
                tally,
              }))}
            />
          </div>
          <h2>{t('overdue.list')}</h2>
          <table data-testid="overdue-list">
            <thead>
              <tr>
                {COLUMNS.map(({ sort: column, label }) => {
                  const current = column === sort
                  return (
                    <th
                      key={label}
                      scope="col"
                      aria-sort={
                        current ? (direction === 'asc' ? 'ascending' : 'descending') : undefined
                      }
                    >
                      {column ? (
                        <a
                          href={link({
                            sort: column,
                            dir: current && direction === 'asc' ? 'desc' : 'asc',
                            page: 1,
                          })}
                          title={t('overdue.sortBy', { column: t(label) })}
                        >
                          {t(label)}
                          {current ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
                        </a>
                      ) : (
                        t(label)
                      )}
                    </th>
                  )
                })}
              </tr>
            </thead>
            <tbody>
              {overview.rows.map((row) => (
                <tr key={`${row.id}-${row.kind}`}>
                  <td>
                    <a
                      href={formatAdminURL({
                        adminRoute: admin,
                        path: `/collections/${settings.slugs.complaints}/${row.id}`,
                      })}
                    >
                      {row.reference ?? row.id}
                    </a>
                  </td>
                  <td>{row.regulation}</td>
                  <td>{kindLabel(row.kind)}</td>
                  <td>{formatDay(row.due, language)}</td>
                  <td>
                    <OverdueBadge daysLate={row.daysLate} language={language} />
                  </td>
                  <td>{row.handlerName ?? t('overdue.noHandler')}</td>
                  <td>{formatDay(row.receivedOn, language)}</td>
                  <td>
                    {STATUS_LABELS[language][row.status as keyof (typeof STATUS_LABELS)['nl']] ??
                      row.status}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pages" aria-label={t('overdue.list')}>
            {overview.page > 1 && (
              <a href={link({ page: overview.page - 1 })}>{t('overdue.previous')}</a>
            )}
            <span>
              {t('overdue.shown', {
                from: overview.offset + 1,
                to: overview.offset + overview.rows.length,
                total,
              })}
            </span>
            {overview.page < overview.pages && (
              <a href={link({ page: overview.page + 1 })}>{t('overdue.next')}</a>
            )}
          </nav>
        </>
      )}
      {notices.total > 0 && (
        <OverdueNotices
          notices={notices.rows}
          total={notices.total}
          language={language}
          adminRoute={admin}
          slug={settings.slugs.regulationNotices}
        />
      )}
    </ReportFrame>
  )
}
