import React from 'react'

import type { AdminViewServerProps } from 'payload'

import { todayInAmsterdam } from '../src/complaints/storedDates'
import { reportDatabaseOf } from '../src/reports/database'
import { PARTY_COUNT_ROWS, PARTY_TERM_ROWS } from '../src/reports/partyFigureRows'
import { isPartyRefusal, partyQueryOf } from '../src/reports/partyParams'
import { partyRegulations } from '../src/reports/partyRegulations'
import { partyReport } from '../src/reports/partyReport'
import { reportViewerOf } from '../src/reports/viewer'
import { partyText } from '../src/translations/partyReport'
import { formatDay } from './formatting'
import { PartyCountTable, PartyLeadTable, PartyLines } from './PartyReportTables'
import { PrintButton } from './PrintButton'
import { Refusal, ReportFrame, requireLogin } from './ReportFrame'

import type { PartyRegulation } from '../src/reports/partyRegulations'
import type { ReportSettingsProps } from '../src/reports/settings'
import type { PartyLanguage, PartyTextKey } from '../src/translations/partyReport'

type Props = AdminViewServerProps & ReportSettingsProps

const single = (value: unknown): string | undefined =>
  Array.isArray(value) ? single(value[0]) : typeof value === 'string' ? value : undefined

const Controls = ({
  action,
  regulations,
  chosen,
  party,
  year,
  from,
  to,
  language,
}: {
  action: string
  regulations: PartyRegulation[]
  chosen: PartyRegulation
  party: string
  year: number
  from: string
  to: string
  language: PartyLanguage
}) => {
  const t = (key: PartyTextKey) => partyText(language, key)
  const thisYear = Number(todayInAmsterdam().slice(0, 4))
  const years = [...new Set([year, ...Array.from({ length: 10 }, (_, i) => thisYear - i)])].sort(
    (a, b) => b - a,
  )
  return (
    <form className="controls" method="get" action={action}>
      <label>
        {t('party.regulation')}
        <select name="regulation" defaultValue={chosen.slug}>
          {regulations.map((r) => (
            <option key={r.slug} value={r.slug}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('party.party')}
        <select name="party" defaultValue={party}>
          {chosen.parties.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('party.year')}
        <select name="year" defaultValue={String(year)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('party.from')}
        <input type="date" name="from" defaultValue={from} />
      </label>
      <label>
        {t('party.to')}
        <input type="date" name="to" defaultValue={to} />
      </label>
      <button type="submit">{t('party.show')}</button>
    </form>
  )
}

/**
 * /admin/report/party: what a commissioning party may see of its complaints (figures, lead times,
 * a line per complaint without personal data), for directie and admin; /admin/report/party/print
 * the same for paper.
 */
const PartyReportPage = async (props: Props & { print: boolean }) => {
  const path = props.print ? '/report/party/print' : '/report/party'
  requireLogin(props, path)
  const { reportSettings: settings, initPageResult, searchParams = {}, print } = props
  const { req } = initPageResult
  const language: PartyLanguage = req.i18n.language === 'en' ? 'en' : 'nl'
  const t = (key: PartyTextKey, values?: Record<string, string | number>) =>
    partyText(language, key, values)
  const viewer = reportViewerOf(req.user, settings.getRoles)
  if (!viewer)
    return (
      <ReportFrame view={props}>
        <Refusal title={t('party.refused.title')} message={t('party.refused.role')} />
      </ReportFrame>
    )
  const asOf = todayInAmsterdam()
  const open = (await partyRegulations(req.payload, asOf)).filter((r) => r.insight)
  // The yearly report of every regulation ('all') links here too: then the first one that may.
  const asked = (name: string) => {
    const value = single(searchParams[name])?.trim() || undefined
    return name === 'regulation' && value === 'all' ? undefined : value
  }
  const chosen = open.find((r) => r.slug === asked('regulation')) ?? open[0]
  const { admin, api } = req.payload.config.routes
  if (!chosen)
    return (
      <ReportFrame view={props} plain={print}>
        <h1>{t('party.title')}</h1>
        <p role="alert">{t('party.noRegulation')}</p>
      </ReportFrame>
    )
  const read = (name: string) =>
    asked(name) ??
    (name === 'regulation' ? chosen.slug : name === 'party' ? chosen.parties[0]?.key : undefined)
  const query = partyQueryOf(read, asOf)
  const report = isPartyRefusal(query)
    ? query
    : await partyReport(req.payload, reportDatabaseOf(req.payload, settings), viewer, query, asOf)
  const year = isPartyRefusal(query) ? Number(asOf.slice(0, 4)) : query.year
  const params = new URLSearchParams(
    Object.entries({
      regulation: read('regulation'),
      party: read('party'),
      year: String(year),
      from: asked('from'),
      to: asked('to'),
    }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  )
  const csv = (part: string) =>
    `${api}/${settings.slugs.complaints}/report/party?${params}&format=csv&part=${part}&lang=${language}`
  const heading = isPartyRefusal(report)
    ? t('party.title')
    : `${t('party.title')}: ${report.party.name}, ${report.regulation.name}`

  return (
    <ReportFrame view={props} plain={print}>
      <h1>{heading}</h1>
      {print ? (
        <p className="actions">
          <PrintButton label={t('party.printNow')} />{' '}
          <a className="no-print" href={`${admin}/report/party?${params}`}>
            {t('party.back')}
          </a>
        </p>
      ) : (
        <>
          <Controls
            action={`${admin}/report/party`}
            regulations={open}
            chosen={chosen}
            party={read('party') ?? ''}
            year={year}
            from={asked('from') ?? ''}
            to={asked('to') ?? ''}
            language={language}
          />
          <p className="actions">
            {!isPartyRefusal(report) && (
              <>
                <a href={csv('figures')} download>
                  {t('party.csvFigures')}
                </a>
                <a href={csv('complaints')} download>
                  {t('party.csvComplaints')}
                </a>
                <a href={`${admin}/report/party/print?${params}`}>{t('party.print')}</a>
              </>
            )}
            <a
              href={`${admin}/report?${new URLSearchParams({ regulation: chosen.slug, year: String(year) })}`}
            >
              {t('party.backToReport')}
            </a>
          </p>
        </>
      )}
      {isPartyRefusal(report) ? (
        <Refusal title={t('party.refused.title')} message={t(report.key, report.values)} />
      ) : (
        <>
          <p>
            {t('party.intro', {
              party: report.party.name,
              regulation: report.regulation.name,
              from: formatDay(report.period.from, language),
              to: formatDay(report.period.to, language),
              asOf: formatDay(report.asOf, language),
            })}
          </p>
          <section aria-labelledby="party-counts">
            <h2 id="party-counts">{t('party.section.counts')}</h2>
            <PartyCountTable
              rows={PARTY_COUNT_ROWS}
              figures={report.figures}
              language={language}
              testId="party-counts"
            />
          </section>
          <section aria-labelledby="party-term">
            <h2 id="party-term">{t('party.section.term')}</h2>
            <PartyCountTable
              rows={PARTY_TERM_ROWS}
              figures={report.figures}
              language={language}
              testId="party-term"
            />
          </section>
          <section aria-labelledby="party-lead">
            <h2 id="party-lead">{t('party.section.leadTime')}</h2>
            <PartyLeadTable figures={report.figures} language={language} />
          </section>
          <section aria-labelledby="party-lines">
            <h2 id="party-lines">
              {t('party.section.complaints')} ({report.complaints.length})
            </h2>
            <PartyLines lines={report.complaints} language={language} />
          </section>
          <p>{t('party.definitions')}</p>
        </>
      )}
    </ReportFrame>
  )
}

export const PartyReportView = (props: Props) => <PartyReportPage {...props} print={false} />

export const PartyReportPrintView = (props: Props) => <PartyReportPage {...props} print />
