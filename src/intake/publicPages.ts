import { getPayload } from 'payload'

import { todayInAmsterdam } from '../complaints/storedDates'
import { isLang } from './language'
import { isRegulationSlug, regulationInForce } from './regulationInForce'
import { findStatus } from './statusView'

import type { SanitizedConfig } from 'payload'
import type { Lang } from '../procedure/localized'

type ConfigPromise = Promise<SanitizedConfig> | SanitizedConfig

/** The language a public page is shown in: `?lang=`, else what the page itself suggests. */
export const pageLang = (asked: unknown, fallback: Lang = 'nl'): Lang => (isLang(asked) ? asked : fallback)

export const otherLang = (lang: Lang): Lang => (lang === 'nl' ? 'en' : 'nl')

/** The regulation in force today that a hosted form page shows; null for an unknown code. */
export const regulationForPage = async (config: ConfigPromise, slug: string) => {
  if (!isRegulationSlug(slug)) return null
  const payload = await getPayload({ config })
  return (await regulationInForce(payload, slug, todayInAmsterdam())).found
}

/** What the status page shows for a private link; null when the link is not valid. */
export const statusForPage = async (config: ConfigPromise, token: string) => findStatus(await getPayload({ config }), token)
