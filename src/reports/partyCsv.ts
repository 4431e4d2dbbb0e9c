import { STATUS_LABELS } from '../procedure/statusLabels'
import { partyText } from '../translations/partyReport'
import { toCsv } from './csv'
import {
  PARTY_COUNT_ROWS,
  PARTY_LEAD_ROWS,
  PARTY_TERM_ROWS,
  partyRowLabel,
} from './partyFigureRows'

import type { PartyLanguage } from '../translations/partyReport'
import type { PartyReport } from './partyReport'

export const PARTY_CSV_PARTS = ['figures', 'complaints'] as const
export type PartyCsvPart = (typeof PARTY_CSV_PARTS)[number]

const ALL_ROWS = [...PARTY_COUNT_ROWS, ...PARTY_TERM_ROWS, ...PARTY_LEAD_ROWS]

/** The stage in words, as the case page names it. */
export const stageText = (stage: string, language: PartyLanguage): string =>
  STATUS_LABELS[language][stage as keyof (typeof STATUS_LABELS)['nl']] ?? stage

/** The party's figures as one row, every figure a column, after what the report is of. */
const figuresCsv = (report: PartyReport, language: PartyLanguage): string =>
  toCsv(
    [
      [
        partyText(language, 'party.regulation'),
        partyText(language, 'party.party'),
        partyText(language, 'party.from'),
        partyText(language, 'party.to'),
        ...ALL_ROWS.map((row) => partyRowLabel(row, language)),
      ],
      [
        report.regulation.name,
        report.party.name,
        report.period.from,
        report.period.to,
        ...ALL_ROWS.map((row) => row.value(report.figures)),
      ],
    ],
    language,
  )

/** One line per complaint: the month received, stage, outcome, lead times and the term. */
const complaintsCsv = (report: PartyReport, language: PartyLanguage): string => {
  const t = (key: Parameters<typeof partyText>[1]) => partyText(language, key)
  return toCsv(
    [
      [
        t('party.column.month'),
        t('party.column.stage'),
        t('party.column.outcome'),
        t('party.column.calendarDays'),
        t('party.column.workingDays'),
        t('party.column.withinTerm'),
      ],
      ...report.complaints.map((line) => [
        line.month,
        stageText(line.stage, language),
        line.outcome ? t(`party.outcome.${line.outcome}`) : null,
        line.leadTime?.calendarDays ?? null,
        line.leadTime?.workingDays ?? null,
        t(`party.within.${line.withinTerm}`),
      ]),
    ],
    language,
  )
}

/** The party's report as CSV, Dutch or English style (csv.ts). */
export const partyCsv = (report: PartyReport, part: PartyCsvPart, language: PartyLanguage) =>
  part === 'complaints' ? complaintsCsv(report, language) : figuresCsv(report, language)
