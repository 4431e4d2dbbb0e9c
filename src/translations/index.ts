import { en } from './en'
import { nl } from './nl'

import type { TranslationKey } from './nl'

export type { TranslationKey }
export type Language = 'nl' | 'en'
export const languages: Language[] = ['nl', 'en']
export const translations = { nl, en } as const

/** A label in both languages, as Payload's admin takes it. */
export const label = (key: TranslationKey): Record<Language, string> => ({ nl: nl[key], en: en[key] })

export const translate = (key: TranslationKey, language: Language): string => translations[language][key]
