/** Every text the complainant or staff may read exists in Dutch first, then English. */
export type Lang = 'nl' | 'en'

export type Localized = { nl: string; en: string }

export const LANGS: readonly Lang[] = ['nl', 'en']
