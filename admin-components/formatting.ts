import { BODY_KINDS } from '../src/reports/overdue'
import { translate } from '../src/translations'
import { reportText } from '../src/translations/reports'

import type { TranslationKey } from '../src/translations'
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

/** A deadline kind of the overdue view; one an external body owes says so. */
export const overdueKindLabel = (kind: string, language: ReportLanguage): string => {
  const name = translate(`deadline.${kind}` as TranslationKey, language)
  return (BODY_KINDS as readonly string[]).includes(kind)
    ? reportText(language, 'overdue.byBody', { kind: name })
    : name
}
