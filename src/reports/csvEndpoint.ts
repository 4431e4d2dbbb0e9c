import { todayInAmsterdam } from '../complaints/storedDates'
import { slugsOf } from '../slugs'
import { reportLanguageOf, reportText } from '../translations/reports'
import { figuresCsv, lateCsv, unhandledCsv } from './csv'
import { reportDatabaseOf } from './database'
import { escalationCounts } from './escalations'
import { internalStageCounts } from './internalStages'
import { lateComplaints, unhandledComplaints } from './lists'
import { noticeFigures } from './notices'
import { requestedChoice, requestedRegulation, requestedYear } from './params'
import { reportViewerOf } from './viewer'
import { yearlyFigures } from './yearly'

import type { Endpoint, PayloadRequest } from 'payload'
import type { ReportLanguage, ReportTextKey } from '../translations/reports'
import type { ResolvedPluginOptions } from '../types'
import type { ResolvedReportOptions } from './options'

export const CSV_PARTS = ['figures', 'late', 'unhandled'] as const

const refusal = (status: number, language: ReportLanguage, key: ReportTextKey): Response =>
  Response.json({ errors: [{ message: reportText(language, key) }] }, { status })

const fileName = (regulation: string | null, year: number, part: string): string =>
  `klachten-${(regulation ?? 'alle').replace(/[^a-z0-9-]/gi, '')}-${year}-${part}.csv`

/**
 * GET `<api><csvPath>?regulation=CODE&year=YYYY&part=figures|late|unhandled&lang=nl|en`:
 * the yearly report as CSV, for admin and directie only (custom endpoints are public unless
 * they check), without the complaints about the caller.
 */
export const csvEndpoint = (
  options: ResolvedPluginOptions,
  reports: ResolvedReportOptions,
): Endpoint => ({
  path: reports.csvPath,
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const query = req.searchParams
    const language = reportLanguageOf(query.get('lang') ?? req.i18n?.language)
    if (!req.user) return refusal(401, language, 'csv.loginRequired')
    const viewer = reportViewerOf(req.user, options.getRoles)
    if (!viewer) return refusal(403, language, 'csv.refused')
    const asOf = todayInAmsterdam()
    const year = requestedYear(query.get('year') ?? undefined, asOf)
    if (year === null) return refusal(400, language, 'csv.badYear')
    const partAsked = query.get('part')
    if (partAsked && !(CSV_PARTS as readonly string[]).includes(partAsked))
      return refusal(400, language, 'csv.badPart')
    const part = requestedChoice(partAsked, CSV_PARTS)
    const regulation = requestedRegulation(query.get('regulation') ?? undefined)
    if (regulation === undefined) return refusal(400, language, 'csv.badRegulation')

    const database = reportDatabaseOf(req.payload, options)
    const filter = { viewer, regulation, asOf, year }
    let body: string
    if (part === 'late')
      body = lateCsv(await lateComplaints(database, filter, { limit: null }), language)
    else if (part === 'unhandled')
      body = unhandledCsv(await unhandledComplaints(database, filter, { limit: null }), language)
    else {
      const [figures, escalations, stages, notices] = await Promise.all([
        yearlyFigures(database, filter),
        escalationCounts(database, filter),
        internalStageCounts(database, filter),
        noticeFigures(req.payload, slugsOf(req), { regulation, year, asOf }),
      ])
      body = figuresCsv(
        {
          regulation: regulation ?? reportText(language, 'report.allRegulations'),
          year,
          figures,
          escalations,
          notices,
          stages,
        },
        language,
      )
    }
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName(regulation, year, part)}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
})
