/**
 * Calendar dates as 'YYYY-MM-DD' strings. Regulations count in whole days in
 * Europe/Amsterdam, so the arithmetic works on integer day numbers (days since
 * 1970-01-01) and never on instants: a 23-hour day at the start of summer time
 * cannot shift a deadline.
 */
export type IsoDate = string

/** Years outside this range are refused: no complaint procedure reaches them. */
export const MIN_YEAR = 1900
export const MAX_YEAR = 2199

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

export const daysInYear = (year: number): number => (isLeapYear(year) ? 366 : 365)

export const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]

/** Day number of 1 January of `year`. */
export const firstDayOfYear = (year: number): number => {
  const y = year - 1
  return 365 * (year - 1970) + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 477
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export const weekdayOf = (dayNumber: number): number => (((dayNumber + 3) % 7) + 7) % 7

const invalid = (value: unknown, why: string): Error =>
  new Error(`Invalid date ${JSON.stringify(value)}: ${why}`)

const digitAt = (text: string, index: number): number => {
  const code = text.charCodeAt(index) - 48
  return code >= 0 && code <= 9 ? code : -1
}

/**
 * Reads 'YYYY-MM-DD' into `year * 512 + dayOfYear` (day of year from 0).
 * Packing into one integer lets the working-day hot path avoid allocating.
 */
export const packIsoDate = (date: IsoDate): number => {
  if (typeof date !== 'string' || date.length !== 10 || date[4] !== '-' || date[7] !== '-') {
    throw invalid(date, 'expected a calendar date written as YYYY-MM-DD')
  }
  const y0 = digitAt(date, 0)
  const y1 = digitAt(date, 1)
  const y2 = digitAt(date, 2)
  const y3 = digitAt(date, 3)
  const m0 = digitAt(date, 5)
  const m1 = digitAt(date, 6)
  const d0 = digitAt(date, 8)
  const d1 = digitAt(date, 9)
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) {
    throw invalid(date, 'expected a calendar date written as YYYY-MM-DD')
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
  const month = m0 * 10 + m1
  const day = d0 * 10 + d1
  if (month < 1 || month > 12) throw invalid(date, `there is no month ${month}`)
  if (day < 1 || day > daysInMonth(year, month)) {
    throw invalid(date, `month ${month} of ${year} has no day ${day}`)
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw invalid(date, `only the years ${MIN_YEAR}–${MAX_YEAR} are supported`)
  }
  const leapShift = month > 2 && isLeapYear(year) ? 1 : 0
  return year * 512 + DAYS_BEFORE_MONTH[month - 1] + leapShift + day - 1
}

export const yearOfPacked = (packed: number): number => packed >> 9
export const dayOfYearOfPacked = (packed: number): number => packed & 511

/** Throws a clear Error unless `date` is a real calendar date 'YYYY-MM-DD'. */
export const assertIsoDate = (date: IsoDate): void => {
  packIsoDate(date)
}

export const isIsoDate = (date: unknown): date is IsoDate => {
  try {
    packIsoDate(date as IsoDate)
    return true
  } catch {
    return false
  }
}

export const toDayNumber = (date: IsoDate): number => {
  const packed = packIsoDate(date)
  return firstDayOfYear(packed >> 9) + (packed & 511)
}

/** The year that contains `dayNumber`. */
export const yearOfDayNumber = (dayNumber: number): number => {
  let year = 1970 + Math.floor(dayNumber / 365.2425)
  while (firstDayOfYear(year) > dayNumber) year--
  while (firstDayOfYear(year + 1) <= dayNumber) year++
  return year
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`)

export const isoFromParts = (year: number, month: number, day: number): IsoDate =>
  `${year}-${pad2(month)}-${pad2(day)}`

export const isoFromYearDay = (year: number, dayOfYear: number): IsoDate => {
  const leap = isLeapYear(year)
  let month = 12
  while (month > 1 && DAYS_BEFORE_MONTH[month - 1] + (leap && month > 2 ? 1 : 0) > dayOfYear)
    month--
  const day = dayOfYear - DAYS_BEFORE_MONTH[month - 1] - (leap && month > 2 ? 1 : 0) + 1
  return isoFromParts(year, month, day)
}

export const fromDayNumber = (dayNumber: number): IsoDate => {
  const year = yearOfDayNumber(dayNumber)
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new Error(`Date out of range: only the years ${MIN_YEAR}–${MAX_YEAR} are supported`)
  }
  return isoFromYearDay(year, dayNumber - firstDayOfYear(year))
}

export const addDays = (date: IsoDate, days: number): IsoDate =>
  fromDayNumber(toDayNumber(date) + days)

/**
 * Adds whole months; a day that the target month lacks becomes its last day
 * (31 Jan + 1 month = 28 or 29 Feb), as the Civil Code counts months.
 */
export const addMonths = (date: IsoDate, months: number): IsoDate => {
  assertIsoDate(date)
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month))
  const result = isoFromParts(year, month, day)
  assertIsoDate(result)
  return result
}

/** Negative when a is before b; ISO dates sort as text, so no parsing needed. */
export const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0)

export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  toDayNumber(to) - toDayNumber(from)
