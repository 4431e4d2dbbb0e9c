import { intakeText } from '../translations/intake'

import type { IsoDate } from '../procedure/dates'
import type { Lang, Localized } from '../procedure/localized'
import type { RetentionRule } from './retention'

import { formatDate } from '../procedure/format'

/** A retention term in words: "2 jaar", "18 maanden". */
export const durationText = (months: number, lang: Lang): string =>
  months % 12 === 0
    ? intakeText(lang, months === 12 ? 'duration.year' : 'duration.years', { n: months / 12 })
    : intakeText(lang, months === 1 ? 'duration.month' : 'duration.months', { n: months })

/** The rule in a sentence: anonymised so long after the closure, or after the last act. */
const ruleSentence = (rule: RetentionRule, lang: Lang): string =>
  intakeText(lang, rule.from === 'closure' ? 'privacy.afterClosure' : 'privacy.afterLastAct', {
    duration: durationText(rule.months, lang),
  })

const inBoth = (text: (lang: Lang) => string): Localized => ({ nl: text('nl'), en: text('en') })

/** What the form tells a complainant: what is stored, who sees it, how long it is kept. */
export const retentionNotice = (rule: RetentionRule): Localized =>
  inBoth((lang) => `${intakeText(lang, 'privacy.stored')} ${ruleSentence(rule, lang)}`)

/** What the status page tells: the last day the file is kept once that is known, else the rule. */
export const keptNotice = (rule: RetentionRule, until: IsoDate | null): Localized =>
  inBoth((lang) =>
    until
      ? intakeText(lang, 'privacy.keptUntil', { date: formatDate(until, lang) })
      : ruleSentence(rule, lang),
  )
