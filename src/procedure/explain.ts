import type { Calendar, NamedDay } from './calendar'
import type { IsoDate } from './dates'
import type { Lang, Localized } from './localized'
import type { Term, TermResult } from './terms'

import { formatDate, formatTerm, joinList } from './format'
import { LANGS } from './localized'

const WORDS = {
  nl: {
    after: 'na',
    countsNot: ['telt niet mee', 'tellen niet mee'],
    notWorking: 'geen werkdag',
    so: 'dus',
  },
  en: {
    after: 'after',
    countsNot: ['does not count', 'do not count'],
    notWorking: 'not a working day',
    so: 'so',
  },
} as const

const skippedList = (days: readonly NamedDay[], anchorDate: IsoDate, lang: Lang): string => {
  const items = days.map((day) => {
    const withYear = day.date.slice(0, 4) !== anchorDate.slice(0, 4)
    return `${formatDate(day.date, lang, { year: withYear })} (${day.name[lang]})`
  })
  return `${joinList(items, lang)} ${WORDS[lang].countsNot[days.length === 1 ? 0 : 1]}`
}

const explainIn = (
  lang: Lang,
  calendar: Calendar,
  anchorDate: IsoDate,
  term: Term,
  result: TermResult,
  note?: Localized,
): string => {
  const words = WORDS[lang]
  let text = `${formatTerm(term, lang)} ${words.after} ${formatDate(anchorDate, lang)}`
  if (note) text += ` (${note[lang]})`
  if (result.rolledFrom) {
    const why = calendar.holidayName(result.rolledFrom, lang) ?? 'weekend'
    text += ` = ${formatDate(result.rolledFrom, lang)} (${why}), ${words.notWorking}`
  }
  if (result.skipped.length > 0) text += `; ${skippedList(result.skipped, anchorDate, lang)}`
  if (result.rolledFrom) text += `; ${words.so} ${formatDate(result.date, lang)}`
  return text
}

/**
 * "5 werkdagen na vr 24 apr 2026; ma 27 apr (Koningsdag) telt niet mee":
 * everything needed to check the date with a paper calendar.
 */
export const explainTerm = (
  calendar: Calendar,
  anchorDate: IsoDate,
  term: Term,
  result: TermResult,
  note?: Localized,
): Localized => {
  const [nl, en] = LANGS.map((lang) => explainIn(lang, calendar, anchorDate, term, result, note))
  return { nl, en }
}

/** Both languages of a text built from per-language parts. */
export const localize = (build: (lang: Lang) => string): Localized => ({
  nl: build('nl'),
  en: build('en'),
})
