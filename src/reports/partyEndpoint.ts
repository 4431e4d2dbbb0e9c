import { todayInAmsterdam } from '../complaints/storedDates'
import { optionsOf } from '../pluginOptions'
import { partyText } from '../translations/partyReport'
import { reportDatabaseOf } from './database'
import { PARTY_CSV_PARTS, partyCsv } from './partyCsv'
import { isPartyRefusal, partyQueryOf } from './partyParams'
import { partyReport } from './partyReport'
import { reportViewerOf } from './viewer'

import type { Endpoint, PayloadRequest } from 'payload'
import type { PartyLanguage } from '../translations/partyReport'
import type { PartyCsvPart } from './partyCsv'
import type { PartyRefusal } from './partyParams'

const FORMATS = ['json', 'csv'] as const

const refusal = (language: PartyLanguage, { status, parameter, key, values }: PartyRefusal) =>
  Response.json(
    { errors: [{ field: parameter, message: partyText(language, key, values) }] },
    { status, headers: { 'Cache-Control': 'private, no-store' } },
  )

const fileName = (regulation: string, party: string, year: number, part: string): string =>
  `opdrachtgever-${`${regulation}-${party}`.replace(/[^a-z0-9-]/gi, '')}-${year}-${part}.csv`

/**
 * GET `/api/<complaints>/report/party?regulation=CODE&party=KEY&year=YYYY[&from=&to=]`: the
 * report for one commissioning party, as JSON, or with `format=csv&part=figures|complaints` as
 * CSV; for directie and admin only, where the regulation gives parties insight.
 */
const handler = async (req: PayloadRequest): Promise<Response> => {
  const query = req.searchParams
  const language: PartyLanguage = (query.get('lang') ?? req.i18n?.language) === 'en' ? 'en' : 'nl'
  if (!req.user)
    return refusal(language, { status: 403, parameter: 'user', key: 'party.refused.login' })
  const options = optionsOf(req)
  const viewer = reportViewerOf(req.user, options.getRoles)
  if (!viewer)
    return refusal(language, { status: 403, parameter: 'user', key: 'party.refused.role' })
  const format = query.get('format') ?? 'json'
  if (!(FORMATS as readonly string[]).includes(format))
    return refusal(language, { status: 400, parameter: 'format', key: 'party.bad.format' })
  const part = query.get('part') ?? 'figures'
  if (format === 'csv' && !(PARTY_CSV_PARTS as readonly string[]).includes(part))
    return refusal(language, { status: 400, parameter: 'part', key: 'party.bad.part' })
  const asOf = todayInAmsterdam()
  const asked = partyQueryOf((name) => query.get(name) ?? undefined, asOf)
  if (isPartyRefusal(asked)) return refusal(language, asked)
  const report = await partyReport(
    req.payload,
    reportDatabaseOf(req.payload, options),
    viewer,
    asked,
    asOf,
  )
  if (isPartyRefusal(report)) return refusal(language, report)
  if (format === 'json')
    return Response.json(report, { headers: { 'Cache-Control': 'private, no-store' } })
  return new Response(partyCsv(report, part as PartyCsvPart, language), {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName(asked.regulation, asked.party, asked.year, part)}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}

export const partyReportEndpoint: Endpoint = { path: '/report/party', method: 'get', handler }
