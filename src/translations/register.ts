import { refusalMessages } from '../procedure/messages'
import { STATUS_LABELS } from '../procedure/statusLabels'
import { NAMESPACE, translations } from './index'

import type { Config } from 'payload'
import type { Language } from './index'
import type { ResolvedPluginOptions } from '../types'

/** Every text of the plugin in one language: labels, refusals of the storage layer and the procedure, statuses. */
const namespaceOf = (lang: Language): Record<string, string> => ({
  ...translations[lang],
  ...Object.fromEntries(
    Object.entries(refusalMessages[lang]).map(([rule, text]) => [`procedure.${rule}`, text]),
  ),
  ...Object.fromEntries(
    Object.entries(STATUS_LABELS[lang]).map(([status, text]) => [`status.${status}`, text]),
  ),
})

/**
 * Registers the plugin's texts in Payload's i18n under `plugin-complaints:`, for the languages
 * the host supports only (Dutch where it has Dutch, English for any other), with the host's own
 * texts in that namespace winning, so a host can override any label or refusal.
 */
export const registerTranslations = (config: Config, _options: ResolvedPluginOptions): Config => {
  const supported = Object.keys(config.i18n?.supportedLanguages ?? { en: true })
  const host = (config.i18n?.translations ?? {}) as Record<string, Record<string, unknown>>
  const merged = Object.fromEntries(
    supported.map((lang) => [
      lang,
      {
        ...host[lang],
        [NAMESPACE]: {
          ...namespaceOf(lang === 'nl' ? 'nl' : 'en'),
          ...(host[lang]?.[NAMESPACE] as Record<string, string> | undefined),
        },
      },
    ]),
  )
  return { ...config, i18n: { ...config.i18n, translations: { ...host, ...merged } } }
}
