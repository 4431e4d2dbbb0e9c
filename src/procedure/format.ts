import type { IsoDate } from './dates'
import type { Lang } from './localized'
import type { Term, TermUnit } from './terms'

import { packIsoDate, toDayNumber, weekdayOf } from './dates'

const WEEKDAYS: Record<Lang, readonly string[]> = {
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
}

const MONTHS: Record<Lang, readonly string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}

/** 'vr 24 apr 2026' / 'Fri 24 Apr 2026': short enough for a list, complete enough to check. */
export const formatDate = (date: IsoDate, lang: Lang, options: { year?: boolean } = {}): string => {
  packIsoDate(date)
  const weekday = WEEKDAYS[lang][weekdayOf(toDayNumber(date))]
  const month = MONTHS[lang][Number(date.slice(5, 7)) - 1]
  const text = `${weekday} ${Number(date.slice(8, 10))} ${month}`
  return options.year === false ? text : `${text} ${date.slice(0, 4)}`
}

const UNITS: Record<Lang, Record<TermUnit, readonly [string, string]>> = {
  nl: {
    workingDays: ['werkdag', 'werkdagen'],
    calendarDays: ['kalenderdag', 'kalenderdagen'],
    weeks: ['week', 'weken'],
    months: ['maand', 'maanden'],
    years: ['jaar', 'jaar'],
  },
  en: {
    workingDays: ['working day', 'working days'],
    calendarDays: ['calendar day', 'calendar days'],
    weeks: ['week', 'weeks'],
    months: ['month', 'months'],
    years: ['year', 'years'],
  },
}

/** '5 werkdagen' / '5 working days'. */
export const formatTerm = (term: Term, lang: Lang): string =>
  `${term.amount} ${UNITS[lang][term.unit][term.amount === 1 ? 0 : 1]}`

/** 'a, b en c' / 'a, b and c'. */
export const joinList = (items: readonly string[], lang: Lang): string => {
  if (items.length <= 1) return items.join('')
  const and = lang === 'nl' ? 'en' : 'and'
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`
}
