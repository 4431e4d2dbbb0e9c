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

/** What the form tells a complainant: what is stored, who sees it, how long it is kept. */
export const retentionNotice = (rule: RetentionRule): Localized => {
  const notice = (lang: Lang) =>
    `${intakeText(lang, 'privacy.stored')} ${intakeText(
      lang,
      rule.from === 'closure' ? 'privacy.afterClosure' : 'privacy.afterLastAct',
      { duration: durationText(rule.months, lang) },
    )}`
  return { nl: notice('nl'), en: notice('en') }
}

/** What the status page tells: the last day the file is kept once that is known, else how long after what. */
export const keptNotice = (rule: RetentionRule, until: IsoDate | null): Localized => {
  const notice = (lang: Lang) => {
    if (until) return intakeText(lang, 'privacy.keptUntil', { date: formatDate(until, lang) })
    return intakeText(
      lang,
      rule.from === 'closure' ? 'privacy.afterClosure' : 'privacy.afterLastAct',
      { duration: durationText(rule.months, lang) },
    )
  }
  return { nl: notice('nl'), en: notice('en') }
}
