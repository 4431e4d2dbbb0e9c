import { todayInAmsterdam } from '../complaints/storedDates'
import { isLang } from './language'
import { isRegulationSlug, regulationInForce } from './regulationInForce'

import type { Payload } from 'payload'
import type { Lang } from '../procedure/localized'

/** The language a public page is shown in: `?lang=`, else what the page itself suggests. */
export const pageLang = (asked: unknown, fallback: Lang = 'nl'): Lang =>
  isLang(asked) ? asked : fallback

export const otherLang = (lang: Lang): Lang => (lang === 'nl' ? 'en' : 'nl')

/** The regulation in force today that a hosted form page shows; null for an unknown code. */
export const regulationForPage = async (payload: Payload, slug: string) => {
  if (!isRegulationSlug(slug)) return null
  return (await regulationInForce(payload, slug, todayInAmsterdam())).found
}
