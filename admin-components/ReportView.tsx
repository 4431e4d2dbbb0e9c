import { formatAdminURL } from 'payload/shared'
import React from 'react'

import type { AdminViewServerProps } from 'payload'

import { todayInAmsterdam } from '../src/complaints/storedDates'
import { reportDatabaseOf } from '../src/reports/database'
import {
  HANDLING_ROWS,
  LEAD_TIME_ROWS,
  OUTCOME_ROWS,
  SATISFACTION_ROWS,
} from '../src/reports/figureRows'
import { requestedRegulation, requestedYear } from '../src/reports/params'
import { reportRegulations } from '../src/reports/regulations'
import { noticeFigures } from '../src/reports/notices'
import { reviewRows } from '../src/reports/reviews'
import { yearlyReport } from '../src/reports/report'
import { reportViewerOf } from '../src/reports/viewer'
import { internalStageText } from '../src/translations/internalStages'
import { partyText } from '../src/translations/partyReport'
import { reportLanguageOf, reportText } from '../src/translations/reports'
import { formatDay } from './formatting'
import { PrintButton } from './PrintButton'
import { InternalStageTable } from './ReportInternalStages'
import { NoticeTable } from './ReportNotices'
import { ReviewTable } from './ReportReviews'
import { Refusal, ReportFrame, requireLogin } from './ReportFrame'
import {
  Definitions,
  EscalationTable,
  FigureTable,
  ImprovementList,
  LateList,
  UnhandledList,
} from './ReportTables'
import { TrendChart } from './TrendChart'

import type { ReportSettingsProps } from '../src/reports/settings'
import type { ReportTextKey } from '../src/translations/reports'

type Props = AdminViewServerProps & ReportSettingsProps

const Section = ({
  title,
  id,
  children,
}: {
  title: string
  id: string
  children: React.ReactNode
}) => (
  <section aria-labelledby={id}>
    <h2 id={id}>{title}</h2>
    {children}
  </section>
)

/** The yearly report of /admin/report and, without the admin around it, /admin/report/print. */
const YearlyReportPage = async (props: Props & { print: boolean }) => {
  const path = props.print ? '/report/print' : '/report'
  requireLogin(props, path)
  const { reportSettings: settings, initPageResult, searchParams = {}, print } = props
  const { req } = initPageResult
  const language = reportLanguageOf(req.i18n.language)
  const t = (key: ReportTextKey, values?: Record<string, string | number>) =>
    reportText(language, key, values)
  const viewer = reportViewerOf(req.user, settings.getRoles)
  if (!viewer) {
    return (
      <ReportFrame view={props}>
        <Refusal title={t('refused.title')} message={t('refused.report')} />
      </ReportFrame>
    )
  }

  const asOf = todayInAmsterdam()
  const thisYear = Number(asOf.slice(0, 4))
  const year = requestedYear(searchParams.year, asOf) ?? thisYear
  const asked = requestedRegulation(searchParams.regulation)
  if (asked === undefined) {
    return (
      <ReportFrame view={props}>
        <Refusal title={t('refused.badRequest')} message={t('csv.badRegulation')} />
      </ReportFrame>
    )
  }
  const database = reportDatabaseOf(req.payload, settings)
  const [regulations, report] = await Promise.all([
    reportRegulations(database),
    yearlyReport(database, {
      viewer,
      regulation: asked,
      year,
      asOf,
      listLimit: settings.listLimit,
    }),
  ])
  const [reviews, notices] = await Promise.all([
    reviewRows(req, settings.slugs, { regulation: asked, year, asOf, figures: report.figures }),
    noticeFigures(req.payload, settings.slugs, { regulation: asked, year, asOf }),
  ])
  const regulationName =
    report.regulation === null
      ? t('report.allRegulations')
      : (regulations.find((r) => r.slug === report.regulation)?.name ?? report.regulation)
  const { admin, api } = req.payload.config.routes
  const casesUrl = formatAdminURL({
    adminRoute: admin,
    path: `/collections/${settings.slugs.complaints}`,
  })
  const query = new URLSearchParams({ regulation: report.regulation ?? 'all', year: String(year) })
  const csv = (part: string) => `${api}${settings.csvPath}?${query}&part=${part}&lang=${language}`
  const years = [...new Set([year, ...Array.from({ length: 10 }, (_, i) => thisYear - i)])].sort(
    (a, b) => b - a,
  )
  const f = report.figures.year

  return (
    <ReportFrame view={props} plain={print}>
      <h1>
        {t('report.title')} {year}: {regulationName}
      </h1>
      <p>{t('report.intro', { year, asOf: formatDay(asOf, language) })}</p>
      {print ? (
        <p className="actions">
          <PrintButton label={t('report.printNow')} />{' '}
          <a className="no-print" href={`${admin}/report?${query}`}>
            {t('report.back')}
          </a>
        </p>
      ) : (
        <>
          <form className="controls" method="get" action={`${admin}/report`}>
            <label>
              {t('report.regulation')}
              <select name="regulation" defaultValue={report.regulation ?? 'all'}>
                <option value="all">{t('report.allRegulations')}</option>
                {regulations.map((r) => (
                  <option key={r.slug} value={r.slug}>
                    {r.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('report.year')}
              <select name="year" defaultValue={String(year)}>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">{t('report.show')}</button>
          </form>
          <p className="actions">
            <a href={csv('figures')} download>
              {t('report.csvFigures')}
            </a>
            <a href={csv('late')} download>
              {t('report.csvLate')}
            </a>
            <a href={csv('unhandled')} download>
              {t('report.csvUnhandled')}
            </a>
            <a href={`${admin}/report/print?${query}`}>{t('report.print')}</a>
            <a href={`${admin}/report/party?${query}`}>{partyText(language, 'party.open')}</a>
          </p>
        </>
      )}

      <Section id="report-handling" title={t('report.section.handling')}>
        <FigureTable
          rows={HANDLING_ROWS}
          figures={report.figures}
          language={language}
          testId="figures-handling"
        />
      </Section>
      <Section id="report-late" title={`${t('report.section.late')} (${f.late})`}>
        <LateList late={report.late} total={f.late} casesUrl={casesUrl} language={language} />
      </Section>
      <Section id="report-unhandled" title={`${t('report.section.unhandled')} (${f.notHandled})`}>
        <UnhandledList
          unhandled={report.unhandled}
          total={f.notHandled}
          casesUrl={casesUrl}
          language={language}
        />
      </Section>
      <Section id="report-reviews" title={t('report.section.reviews')}>
        <ReviewTable rows={reviews} language={language} />
      </Section>
      <Section id="report-notices" title={t('report.section.notices')}>
        <NoticeTable figures={notices} asOf={asOf} language={language} />
      </Section>
      <Section id="report-improvements" title={t('report.section.improvements')}>
        <ImprovementList
          improvements={report.improvements}
          casesUrl={casesUrl}
          language={language}
        />
      </Section>
      {report.internalStages.length > 0 && (
        <Section id="report-internal-stages" title={internalStageText(language, 'reportTitle')}>
          <InternalStageTable stages={report.internalStages} language={language} />
        </Section>
      )}
      <Section id="report-satisfaction" title={t('report.section.satisfaction')}>
        <FigureTable
          rows={SATISFACTION_ROWS}
          figures={report.figures}
          language={language}
          testId="figures-satisfaction"
        />
      </Section>
      <Section id="report-outcomes" title={t('report.section.outcomes')}>
        <FigureTable
          rows={OUTCOME_ROWS}
          figures={report.figures}
          language={language}
          testId="figures-outcomes"
        />
      </Section>
      <Section id="report-lead-time" title={t('report.section.leadTime')}>
        <FigureTable
          rows={LEAD_TIME_ROWS}
          figures={report.figures}
          language={language}
          testId="figures-lead-time"
        />
      </Section>
      <Section id="report-escalations" title={t('report.section.escalations')}>
        <EscalationTable escalations={report.escalations} language={language} />
      </Section>
      <Section id="report-trend" title={t('report.section.trend')}>
        <TrendChart trend={report.trend} language={language} />
      </Section>
      <Section id="report-definitions" title={t('report.section.definitions')}>
        <Definitions language={language} />
      </Section>
    </ReportFrame>
  )
}

/** /admin/report: the figures each regulation asks for, per year and quarter, for admin and directie. */
export const ReportView = (props: Props) => <YearlyReportPage {...props} print={false} />

/** /admin/report/print: the same report without the admin's navigation, laid out for paper. */
export const ReportPrintView = (props: Props) => <YearlyReportPage {...props} print />
