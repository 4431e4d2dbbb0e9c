import { intakeText } from '../translations/intake'
import { RETRY_AFTER_SECONDS } from './outage'
import { probeHolder } from './probeHolder'

type Lang = 'nl' | 'en'

/** The admin's language: its own cookie, else the browser's first choice; Dutch by default. */
const langOf = (request: Request): Lang => {
  const chosen = /(?:^|;\s*)payload-lng=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1]
  if (chosen) return chosen === 'en' ? 'en' : 'nl'
  return /^\s*en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : 'nl'
}

const TITLE: Record<Lang, string> = {
  nl: 'Even niet bereikbaar',
  en: 'Unavailable for a moment',
}

/** A page that says why, and asks again by itself after Retry-After. */
const page = (lang: Lang, message: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLE[lang]}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem">
<h1>${TITLE[lang]}</h1><p role="status">${message}</p></body></html>`

/**
 * A 503 with Retry-After while the database does not answer, before the admin's pages or GraphQL
 * try and fail with a 500; nothing while it answers, or while no Payload in this process has
 * started. For a Next.js `proxy.ts` in front of `/admin` and `/api/graphql` (the REST API and
 * the public form answer 503 themselves).
 */
export const answerDatabaseOutage = async (request: Request): Promise<Response | undefined> => {
  const probe = probeHolder.probe
  if (!probe || (await probe())) return undefined
  const lang = langOf(request)
  const message = intakeText(lang, 'request.databaseUnavailable', { seconds: RETRY_AFTER_SECONDS })
  const headers = { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' }
  const wantsPage =
    request.method === 'GET' &&
    !request.headers.has('rsc') &&
    (request.headers.get('accept') ?? '').includes('text/html')
  if (wantsPage)
    return new Response(page(lang, message), {
      status: 503,
      headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
    })
  return Response.json(
    { errors: [{ message, extensions: { statusCode: 503 } }], message },
    { status: 503, headers },
  )
}
