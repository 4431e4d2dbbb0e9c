import React from 'react'

import type { PartyFigureRow } from '../src/reports/partyFigureRows'
import type { PartyFigures, PartyLine } from '../src/reports/partyFigures'
import type { PartyLanguage } from '../src/translations/partyReport'

import { stageText } from '../src/reports/partyCsv'
import { PARTY_LEAD_ROWS } from '../src/reports/partyFigureRows'
import { partyText } from '../src/translations/partyReport'
import { formatNumber } from './formatting'

type Texts = { language: PartyLanguage }

const locales: Record<PartyLanguage, string> = { nl: 'nl-NL', en: 'en-GB' }

/** 'maart 2026' / 'March 2026'. */
const monthText = (month: string, language: PartyLanguage): string =>
  new Date(`${month}-15T12:00:00Z`).toLocaleDateString(locales[language], {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  })

/** Counts as rows: a figure and its number. */
export const PartyCountTable = ({
  rows,
  figures,
  language,
  testId,
}: Texts & { rows: PartyFigureRow[]; figures: PartyFigures; testId: string }) => (
  <table data-testid={testId}>
    <thead>
      <tr>
        <th scope="col">{partyText(language, 'party.column.figure')}</th>
        <th scope="col" className="number">
          {partyText(language, 'party.column.count')}
        </th>
      </tr>
    </thead>
    <tbody>
      {rows.map((row) => (
        <tr key={row.key} className={row.part ? 'part' : undefined} data-figure={row.key}>
          <th scope="row">{partyText(language, row.label)}</th>
          <td className="number">{formatNumber(row.value(figures), language)}</td>
        </tr>
      ))}
    </tbody>
  </table>
)

/** The lead times: the number decided, then median and longest in calendar and working days. */
export const PartyLeadTable = ({ figures, language }: Texts & { figures: PartyFigures }) => {
  const t = (key: Parameters<typeof partyText>[1]) => partyText(language, key)
  const [decided, ...spread] = PARTY_LEAD_ROWS
  const measures = (['median', 'longest'] as const).map((measure) => ({
    measure,
    cells: spread.filter((row) => row.label === `party.lead.${measure}`),
  }))
  return (
    <table data-testid="party-lead-time">
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col" className="number">
            {t('party.lead.calendarDays')}
          </th>
          <th scope="col" className="number">
            {t('party.lead.workingDays')}
          </th>
        </tr>
      </thead>
      <tbody>
        <tr data-figure="decided">
          <th scope="row">{t(decided!.label)}</th>
          <td className="number" colSpan={2}>
            {formatNumber(decided!.value(figures), language)}
          </td>
        </tr>
        {measures.map(({ measure, cells }) => (
          <tr key={measure} data-figure={measure}>
            <th scope="row">{t(`party.lead.${measure}`)}</th>
            {cells.map((row) => (
              <td key={row.key} className="number">
                {formatNumber(row.value(figures), language)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** A line per complaint, with only what the party may see. */
export const PartyLines = ({ lines, language }: Texts & { lines: PartyLine[] }) => {
  const t = (key: Parameters<typeof partyText>[1]) => partyText(language, key)
  if (lines.length === 0) return <p>{t('party.none')}</p>
  return (
    <table data-testid="party-complaints">
      <thead>
        <tr>
          <th scope="col">{t('party.column.month')}</th>
          <th scope="col">{t('party.column.stage')}</th>
          <th scope="col">{t('party.column.outcome')}</th>
          <th scope="col" className="number">
            {t('party.column.calendarDays')}
          </th>
          <th scope="col" className="number">
            {t('party.column.workingDays')}
          </th>
          <th scope="col">{t('party.column.withinTerm')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, i) => (
          <tr key={i}>
            <td>{monthText(line.month, language)}</td>
            <td>{stageText(line.stage, language)}</td>
            <td>{line.outcome ? t(`party.outcome.${line.outcome}`) : '—'}</td>
            <td className="number">{formatNumber(line.leadTime?.calendarDays, language)}</td>
            <td className="number">{formatNumber(line.leadTime?.workingDays, language)}</td>
            <td>{t(`party.within.${line.withinTerm}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
