import type { Endpoint } from 'payload'

import { printablePage } from './letterHtml'

/** GET /api/letters-print/:id — the letter as a page to print and post; only for those who may read it. */
export const printLetterEndpoint: Endpoint = {
  path: '/letters-print/:id',
  method: 'get',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const letter = await req.payload.findByID({ collection: 'letters', id, depth: 0, req, overrideAccess: false, disableErrors: true })
    if (!letter) return Response.json({ message: 'Not found' }, { status: 404 })
    return new Response(printablePage(letter, letter.language ?? 'nl'), { headers: { 'content-type': 'text/html; charset=utf-8' } })
  },
}
