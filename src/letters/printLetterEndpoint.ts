import type { Endpoint, PayloadRequest } from 'payload'

import { accessPathContext } from '../accessLog/paths'
import { idOf } from '../complaints/factsFromDocument'
import { todayInAmsterdam } from '../complaints/storedDates'

import { languageOf } from '../complaints/refusalError'
import { slugsOf } from '../slugs'
import { translations } from '../translations'
import { businessLetterPage } from './businessLetter'

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

type Stored = Record<string, any>

/** The letter as its addressee receives it: with its complaint's reference, their address, and its regulation's letterhead. */
const printed = async (req: PayloadRequest, letter: Stored): Promise<string> => {
  const slugs = slugsOf(req)
  const read = (collection: 'complaints' | 'regulations', id: string | null) =>
    id
      ? (req.payload.findByID({
          collection: slugs[collection],
          id,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        }) as Promise<Stored | null>)
      : Promise.resolve(null)
  const complaint = await read('complaints', idOf(letter.complaint))
  const regulation = await read('regulations', idOf(complaint?.regulation))
  const person = complaint?.complainant ?? {}
  const letterhead = regulation?.letterhead ?? {}
  return businessLetterPage({
    lang: letter.language === 'en' ? 'en' : 'nl',
    subject: letter.subject ?? '',
    body: letter.body,
    date: (letter.sentOn as string | undefined)?.slice(0, 10) ?? todayInAmsterdam(),
    reference: complaint?.reference ?? '',
    sender: {
      name: regulation?.organisation ?? '',
      address: letterhead.address ?? '',
      place: letterhead.place ?? '',
      contact: letterhead.contact ?? '',
    },
    // A letter to someone else carries their name and address itself.
    recipient:
      letter.addressee?.to && letter.addressee.to !== 'complainant'
        ? { name: letter.addressee.name ?? '', address: letter.addressee.address ?? '', city: '' }
        : { name: person.name ?? '', address: person.address ?? '', city: person.city ?? '' },
  })
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
      // The access log records this read as a print.
      context: accessPathContext('print'),
    })
    if (!letter) return notFound()
    return new Response(await printed(req, letter as Stored), { headers: PRINT_HEADERS })
  },
}
