import type { ReportLanguage } from '../src/translations/reports'

const locales: Record<ReportLanguage, string> = { nl: 'nl-NL', en: 'en-GB' }

/** A calendar date for reading: 'ma 23 nov 2026' / 'Mon 23 Nov 2026'. */
export const formatDay = (isoDate: string | null | undefined, language: ReportLanguage): string => {
  if (!isoDate) return '—'
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(locales[language], {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
}

/** A count or a mean, with the decimal sign of the language; a dash for no value. */
export const formatNumber = (value: number | null | undefined, language: ReportLanguage): string =>
  value === null || value === undefined
    ? '—'
    : new Intl.NumberFormat(locales[language], { maximumFractionDigits: 1 }).format(value)
