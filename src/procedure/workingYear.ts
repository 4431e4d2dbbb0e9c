import type { Localized } from './localized'

import { daysInYear, firstDayOfYear, isoFromYearDay, weekdayOf } from './dates'

/** Why a day is, or is not, a working day. */
export const DAY_WORKING = 0
export const DAY_WEEKEND = 1
export const DAY_HOLIDAY = 2
export const DAY_CLOSED = 3

export type Closure = {
  dayOfYear: number
  reason: typeof DAY_HOLIDAY | typeof DAY_CLOSED
  name: Localized
}

/**
 * One year of one calendar, precomputed so that every question about it is an
 * array lookup: the n-th working day after a date is
 * `workingDays[workingBefore[day + 1] + n - 1]`.
 */
export type WorkingYear = {
  year: number
  firstDay: number
  length: number
  /** DAY_* per day of year. */
  reason: Uint8Array
  /** workingBefore[d] = number of working days among days 0 … d-1 of the year. */
  workingBefore: Int16Array
  /** Day of year of each working day, in order. */
  workingDays: Int16Array
  /** The ISO text of each day of year, so that results are not rebuilt per call. */
  iso: readonly string[]
  names: ReadonlyMap<number, Localized>
}

export const buildWorkingYear = (year: number, closures: readonly Closure[]): WorkingYear => {
  const firstDay = firstDayOfYear(year)
  const length = daysInYear(year)
  const reason = new Uint8Array(length)
  const names = new Map<number, Localized>()
  for (let day = 0; day < length; day++) {
    if (weekdayOf(firstDay + day) >= 5) reason[day] = DAY_WEEKEND
  }
  // Public holidays first, so that an organisation closing day that falls on
  // one keeps the holiday's name.
  const ordered = [...closures].sort((a, b) => a.reason - b.reason)
  for (const closure of ordered) {
    if (names.has(closure.dayOfYear)) continue
    names.set(closure.dayOfYear, closure.name)
    if (reason[closure.dayOfYear] !== DAY_WEEKEND) reason[closure.dayOfYear] = closure.reason
  }
  const workingBefore = new Int16Array(length + 1)
  const working: number[] = []
  for (let day = 0; day < length; day++) {
    const open = reason[day] === DAY_WORKING
    workingBefore[day + 1] = workingBefore[day] + (open ? 1 : 0)
    if (open) working.push(day)
  }
  const iso: string[] = []
  for (let day = 0; day < length; day++) iso.push(isoFromYearDay(year, day))
  return {
    year,
    firstDay,
    length,
    reason,
    workingBefore,
    workingDays: Int16Array.from(working),
    iso,
    names,
  }
}
