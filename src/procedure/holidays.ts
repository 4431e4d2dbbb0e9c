import Holidays from 'date-holidays'

import type { IsoDate } from './dates'
import type { Localized } from './localized'

/**
 * Which kind of Dutch holiday a date is. Goede Vrijdag and Bevrijdingsdag are
 * separate because only some collective agreements close on them.
 */
export type DutchHolidayKind = 'public' | 'goodFriday' | 'liberationDay'

export type DutchHoliday = {
  date: IsoDate
  kind: DutchHolidayKind
  name: Localized
}

// date-holidays names its rules; the rule text, unlike the display name,
// does not change with the language.
const GOOD_FRIDAY_RULE = /^easter -2\b/
const LIBERATION_DAY_RULE = /^05-05\b/

let source: Holidays | undefined
const byYear = new Map<number, readonly DutchHoliday[]>()

const holidaySource = (): Holidays => {
  source ??= new Holidays('NL')
  return source
}

const kindOf = (rule: string, type: string): DutchHolidayKind | undefined => {
  if (GOOD_FRIDAY_RULE.test(rule)) return 'goodFriday'
  if (LIBERATION_DAY_RULE.test(rule)) return 'liberationDay'
  // isHoliday/getHolidays also return school, bank and observance days.
  return type === 'public' ? 'public' : undefined
}

/**
 * The Dutch holidays of `year` that can close an organisation, read once per
 * year from date-holidays (a call costs far too much to make per day).
 */
export const dutchHolidays = (year: number): readonly DutchHoliday[] => {
  const cached = byYear.get(year)
  if (cached) return cached
  const holidays = holidaySource()
  const english = new Map(
    holidays.getHolidays(year, 'en').map((h) => [`${h.date}|${h.rule}`, h.name]),
  )
  const result: DutchHoliday[] = []
  for (const holiday of holidays.getHolidays(year, 'nl')) {
    const kind = kindOf(holiday.rule, holiday.type)
    if (!kind) continue
    const nl = holiday.name
    const en = english.get(`${holiday.date}|${holiday.rule}`) ?? nl
    result.push({ date: holiday.date.slice(0, 10), kind, name: { nl, en } })
  }
  byYear.set(year, result)
  return result
}
