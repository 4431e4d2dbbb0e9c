import type { IsoDate } from './dates'
import type { Lang, Localized } from './localized'
import type { Closure, WorkingYear } from './workingYear'

import { MAX_YEAR, MIN_YEAR, packIsoDate, toDayNumber, yearOfDayNumber } from './dates'
import { dutchHolidays } from './holidays'
import { buildWorkingYear, DAY_CLOSED, DAY_HOLIDAY, DAY_WORKING } from './workingYear'

/** Bevrijdingsdag closes some organisations never, some every fifth year (lustrum), some always. */
export type LiberationDayRule = 'never' | 'lustrum' | 'always'

export type ClosingDay = { date: IsoDate; name?: string | null }

export type CalendarOptions = {
  /** Close on Goede Vrijdag (a school holiday in date-holidays, not a public one). @default false */
  goodFriday?: boolean
  /** @default 'never' */
  liberationDay?: LiberationDayRule
  /** The organisation's own closing days. @default [] */
  closedOn?: ReadonlyArray<IsoDate | ClosingDay>
}

/** A day that does not count as a working day although it is a weekday. */
export type NamedDay = { date: IsoDate; name: Localized }

export type Calendar = {
  readonly options: Readonly<Required<CalendarOptions>>
  isWorkingDay(date: IsoDate): boolean
  /** The n-th working day after `date` (before it when n < 0); n = 0 returns `date`. */
  addWorkingDays(date: IsoDate, n: number): IsoDate
  /** `date` itself when it is a working day, else the first working day after it. */
  nextWorkingDay(date: IsoDate): IsoDate
  /** Name of the holiday or closing day on `date` (weekends have none). */
  holidayName(date: IsoDate, lang?: Lang): string | undefined
  /** Weekdays in (from, to] that are not working days, with their names. */
  closedWeekdaysBetween(from: IsoDate, to: IsoDate): NamedDay[]
  /** Number of working days in (from, to]; negative when `to` is before `from`. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number
}

const CLOSING_DAY_NAME: Localized = { nl: 'sluitingsdag', en: 'closing day' }

const liberationDayCloses = (rule: LiberationDayRule, year: number): boolean =>
  rule === 'always' || (rule === 'lustrum' && year % 5 === 0)

class WorkingCalendar implements Calendar {
  readonly options: Readonly<Required<CalendarOptions>>
  private readonly years: (WorkingYear | undefined)[] = new Array(MAX_YEAR - MIN_YEAR + 1).fill(
    undefined,
  )
  private readonly closingDays = new Map<number, Closure[]>()

  constructor(options: CalendarOptions) {
    this.options = {
      goodFriday: options.goodFriday ?? false,
      liberationDay: options.liberationDay ?? 'never',
      closedOn: options.closedOn ?? [],
    }
    if (!['never', 'lustrum', 'always'].includes(this.options.liberationDay)) {
      throw new Error(
        `Invalid liberationDay ${JSON.stringify(this.options.liberationDay)}: expected never, lustrum or always`,
      )
    }
    for (const entry of this.options.closedOn) {
      const day = typeof entry === 'string' ? { date: entry } : entry
      const packed = packIsoDate(day.date)
      const year = packed >> 9
      const name = day.name ? { nl: day.name, en: day.name } : CLOSING_DAY_NAME
      const list = this.closingDays.get(year) ?? []
      list.push({ dayOfYear: packed & 511, reason: DAY_CLOSED, name })
      this.closingDays.set(year, list)
    }
  }

  private year(year: number): WorkingYear {
    const cached = this.years[year - MIN_YEAR]
    if (cached) return cached
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new Error(`Date out of range: only the years ${MIN_YEAR}–${MAX_YEAR} are supported`)
    }
    const built = buildWorkingYear(year, this.closuresOf(year))
    this.years[year - MIN_YEAR] = built
    return built
  }

  private closuresOf(year: number): Closure[] {
    const { goodFriday, liberationDay } = this.options
    const closures: Closure[] = []
    for (const holiday of dutchHolidays(year)) {
      if (holiday.kind === 'goodFriday' && !goodFriday) continue
      if (holiday.kind === 'liberationDay' && !liberationDayCloses(liberationDay, year)) continue
      const packed = packIsoDate(holiday.date)
      closures.push({ dayOfYear: packed & 511, reason: DAY_HOLIDAY, name: holiday.name })
    }
    return closures.concat(this.closingDays.get(year) ?? [])
  }

  isWorkingDay(date: IsoDate): boolean {
    const packed = packIsoDate(date)
    return this.year(packed >> 9).reason[packed & 511] === DAY_WORKING
  }

  addWorkingDays(date: IsoDate, n: number): IsoDate {
    const packed = packIsoDate(date)
    if (!Number.isInteger(n))
      throw new Error(
        `Invalid number of working days ${JSON.stringify(n)}: expected a whole number`,
      )
    if (n === 0) return date
    let year = packed >> 9
    let table = this.year(year)
    if (n > 0) {
      let index = table.workingBefore[(packed & 511) + 1] + n - 1
      while (index >= table.workingDays.length) {
        index -= table.workingDays.length
        table = this.year(++year)
      }
      return table.iso[table.workingDays[index]]
    }
    let index = table.workingBefore[packed & 511] + n
    while (index < 0) {
      table = this.year(--year)
      index += table.workingDays.length
    }
    return table.iso[table.workingDays[index]]
  }

  nextWorkingDay(date: IsoDate): IsoDate {
    const packed = packIsoDate(date)
    const table = this.year(packed >> 9)
    return table.reason[packed & 511] === DAY_WORKING ? date : this.addWorkingDays(date, 1)
  }

  holidayName(date: IsoDate, lang: Lang = 'nl'): string | undefined {
    const packed = packIsoDate(date)
    return this.year(packed >> 9).names.get(packed & 511)?.[lang]
  }

  closedWeekdaysBetween(from: IsoDate, to: IsoDate): NamedDay[] {
    const result: NamedDay[] = []
    const last = toDayNumber(to)
    for (let day = toDayNumber(from) + 1; day <= last; day++) {
      const table = this.year(yearOfDayNumber(day))
      const reason = table.reason[day - table.firstDay]
      if (reason === DAY_HOLIDAY || reason === DAY_CLOSED) {
        const name = table.names.get(day - table.firstDay) ?? CLOSING_DAY_NAME
        result.push({ date: table.iso[day - table.firstDay], name })
      }
    }
    return result
  }

  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    if (to < from) return -this.workingDaysBetween(to, from)
    const start = packIsoDate(from)
    const end = packIsoDate(to)
    let count =
      this.year(end >> 9).workingBefore[(end & 511) + 1] -
      this.year(start >> 9).workingBefore[(start & 511) + 1]
    for (let year = start >> 9; year < end >> 9; year++) count += this.year(year).workingDays.length
    return count
  }
}

export const createCalendar = (options: CalendarOptions = {}): Calendar =>
  new WorkingCalendar(options)
