import type { Calendar, NamedDay } from './calendar'
import type { IsoDate } from './dates'

import { addDays, addMonths, assertIsoDate } from './dates'

/** Months and years are needed for "events more than a year ago". */
export type TermUnit = 'workingDays' | 'calendarDays' | 'weeks' | 'months' | 'years'

export const TERM_UNITS: readonly TermUnit[] = [
  'workingDays',
  'calendarDays',
  'weeks',
  'months',
  'years',
]

export type Term = { amount: number; unit: TermUnit }

export type AddTermOptions = {
  /**
   * Move an end that is not a working day to the next working day, as the
   * Algemene termijnenwet (art. 1) does for statutory terms.
   * @default true
   */
  rollToWorkingDay?: boolean
}

export type TermResult = {
  date: IsoDate
  /** Weekdays that did not count: inside a working-day term, or passed while rolling over. */
  skipped: NamedDay[]
  /** Where a calendar term really ended, when that was not a working day. */
  rolledFrom?: IsoDate
}

export const assertTerm = (term: Term): void => {
  if (!term || !TERM_UNITS.includes(term.unit)) {
    throw new Error(
      `Invalid term unit ${JSON.stringify(term?.unit)}: expected one of ${TERM_UNITS.join(', ')}`,
    )
  }
  if (!Number.isInteger(term.amount) || term.amount < 0) {
    throw new Error(
      `Invalid term amount ${JSON.stringify(term.amount)}: expected a whole number of at least 0`,
    )
  }
}

/** The plain end of a calendar term, before any roll-over. */
const calendarEnd = (date: IsoDate, amount: number, unit: TermUnit): IsoDate => {
  switch (unit) {
    case 'calendarDays':
      return addDays(date, amount)
    case 'weeks':
      return addDays(date, amount * 7)
    case 'months':
      return addMonths(date, amount)
    case 'years':
      return addMonths(date, amount * 12)
    case 'workingDays':
      throw new Error('working days are counted by the calendar')
  }
}

/**
 * The last day of `term` counted from `date`. Day 1 of a working-day term is
 * the first working day after `date`, so a complaint received on a Saturday
 * and one received the Friday before have the same acknowledgement date.
 */
export const addTerm = (
  calendar: Calendar,
  date: IsoDate,
  term: Term,
  options: AddTermOptions = {},
): IsoDate => {
  assertTerm(term)
  if (term.unit === 'workingDays') return calendar.addWorkingDays(date, term.amount)
  assertIsoDate(date)
  const end = calendarEnd(date, term.amount, term.unit)
  return options.rollToWorkingDay === false ? end : calendar.nextWorkingDay(end)
}

/** As addTerm, with the days that did not count, for an explanation staff can check by hand. */
export const addTermExplained = (
  calendar: Calendar,
  date: IsoDate,
  term: Term,
  options: AddTermOptions = {},
): TermResult => {
  const end = addTerm(calendar, date, term, { rollToWorkingDay: false })
  if (term.unit === 'workingDays')
    return { date: end, skipped: calendar.closedWeekdaysBetween(date, end) }
  if (options.rollToWorkingDay === false || calendar.isWorkingDay(end))
    return { date: end, skipped: [] }
  const rolled = calendar.nextWorkingDay(end)
  return { date: rolled, skipped: calendar.closedWeekdaysBetween(end, rolled), rolledFrom: end }
}

/** The day `term` before `date`, without roll-over: the start of a look-back window. */
export const subtractTerm = (calendar: Calendar, date: IsoDate, term: Term): IsoDate => {
  assertTerm(term)
  assertIsoDate(date)
  if (term.unit === 'workingDays') return calendar.addWorkingDays(date, -term.amount)
  return calendarEnd(date, -term.amount, term.unit)
}
