import type { Endpoint } from 'payload'

import { languageOf } from '../complaints/refusalError'
import { slugsOf } from '../slugs'
import { translations } from '../translations'
import { printablePage } from './letterHtml'

/** An id the letters table can hold: anything else names no letter (and must not reach the database). */
const LETTER_ID = /^[1-9]\d{0,9}$/

/** What a printed letter may load: its own inline style, nothing else; shown only by the app itself. */
const PRINT_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'private, no-store',
  'Referrer-Policy': 'no-referrer',
}

/** GET /api/letters-print/:id — the letter as a page to print and post; only for those who may read it. */
export const printLetterEndpoint: Endpoint = {
  path: '/letters-print/:id',
  method: 'get',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const notFound = () =>
      Response.json(
        {
          errors: [
            {
              message: translations[languageOf(req)]['refusal.letterNotFound'].replace(
                '{id}',
                id.slice(0, 40),
              ),
            },
          ],
        },
        { status: 404 },
      )
    if (!LETTER_ID.test(id) || Number(id) > 2_147_483_647) return notFound()
    const letter = await req.payload.findByID({
      collection: slugsOf(req).letters,
      id,
      depth: 0,
      req,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!letter) return notFound()
    const { subject, body, language } = letter as {
      subject?: string | null
      body?: unknown
      language?: string | null
    }
    return new Response(printablePage({ subject, body }, language ?? 'nl'), {
      headers: PRINT_HEADERS,
    })
  },
}
