import type { PayloadRequest } from 'payload'
import type { Lang } from '../procedure/localized'

export const isLang = (value: unknown): value is Lang => value === 'nl' || value === 'en'

/** `?lang=en`, else English when the browser prefers it, else Dutch. */
export const requestLang = (req: PayloadRequest): Lang => {
  const asked = new URL(req.url ?? 'http://localhost/').searchParams.get('lang')
  if (isLang(asked)) return asked
  return /^\s*en\b/i.test(req.headers.get('accept-language') ?? '') ? 'en' : 'nl'
}
