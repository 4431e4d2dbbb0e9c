import { en } from './en'
import { nl } from './nl'

import type { LabelFunction } from 'payload'
import type { TranslationKey } from './nl'

export type { TranslationKey }
export type Language = 'nl' | 'en'
export const languages: Language[] = ['nl', 'en']
export const translations = { nl, en } as const

/** The namespace of the plugin's texts in Payload's i18n: `t('plugin-complaints:field.reference')`. */
export const NAMESPACE = 'plugin-complaints'

type PluginT = (key: `${typeof NAMESPACE}:${string}`) => string

/**
 * A label as Payload's admin takes it: looked up in the admin's language through Payload's i18n,
 * so a host can override it (`i18n.translations.nl['plugin-complaints']`) or add a language.
 */
export const label =
  (key: TranslationKey | `status.${string}`): LabelFunction =>
  ({ t }) =>
    (t as unknown as PluginT)(`${NAMESPACE}:${key}`)

/** The group of the admin's navigation takes no function: both languages, as stored. */
export const groupLabel = (key: TranslationKey): Record<Language, string> => ({
  nl: nl[key],
  en: en[key],
})

export const translate = (key: TranslationKey, language: Language): string =>
  translations[language][key]
