/**
 * Working-day arithmetic: the precomputed calendar against the obvious
 * implementation (luxon, one date-holidays lookup per day), side by side.
 * Run: npx tsx test/bench/calendar.bench.ts
 */
import Holidays from 'date-holidays'
import { DateTime } from 'luxon'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

import type { IsoDate, Term } from '../../src/procedure'

import { addTerm, createCalendar } from '../../src/procedure'

export type BenchFigure = {
  name: string
  iterations: number
  seconds: number
  opsPerSecond: number
}

export type CalendarBenchResult = {
  figures: BenchFigure[]
  /** How many times faster addWorkingDays is than the naive loop. */
  workingDaysRatio: number
  /** How many times faster addTerm (mixed units) is than the naive loop. */
  termRatio: number
  /** Cases where the naive loop and the calendar disagreed (must be 0). */
  mismatches: number
}

const ZONE = 'Europe/Amsterdam'
const holidays = new Holidays('NL')

const isPublicHoliday = (day: DateTime): boolean => {
  const found = holidays.isHoliday(day.toJSDate())
  return Array.isArray(found) && found.some((holiday) => holiday.type === 'public')
}

const naiveRoll = (day: DateTime): DateTime => {
  let current = day
  while (current.weekday > 5 || isPublicHoliday(current)) current = current.plus({ days: 1 })
  return current
}

const naiveAddWorkingDays = (date: IsoDate, n: number): IsoDate => {
  let day = DateTime.fromISO(date, { zone: ZONE })
  let left = n
  while (left > 0) {
    day = day.plus({ days: 1 })
    if (day.weekday <= 5 && !isPublicHoliday(day)) left--
  }
  return day.toISODate() as IsoDate
}

const naiveAddTerm = (date: IsoDate, term: Term): IsoDate => {
  if (term.unit === 'workingDays') return naiveAddWorkingDays(date, term.amount)
  const start = DateTime.fromISO(date, { zone: ZONE })
  const end =
    term.unit === 'calendarDays'
      ? start.plus({ days: term.amount })
      : start.plus({ [term.unit]: term.amount })
  return naiveRoll(end).toISODate() as IsoDate
}

/** Deterministic spread of start dates over 2024–2030, so the run is repeatable. */
const sampleDates = (count: number): IsoDate[] => {
  const first = DateTime.fromISO('2024-01-01', { zone: ZONE })
  const span = DateTime.fromISO('2030-12-31', { zone: ZONE }).diff(first, 'days').days
  let seed = 20260424
  return Array.from({ length: count }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return first.plus({ days: seed % span }).toISODate() as IsoDate
  })
}

/** The working-day terms regulations use: acknowledgements, officer contact, reminders. */
const WORKING_DAY_AMOUNTS: readonly number[] = [1, 2, 3, 5, 7, 10]

const TERMS: readonly Term[] = [
  { amount: 5, unit: 'workingDays' },
  { amount: 7, unit: 'workingDays' },
  { amount: 5, unit: 'calendarDays' },
  { amount: 4, unit: 'weeks' },
  { amount: 6, unit: 'weeks' },
  { amount: 1, unit: 'months' },
  { amount: 1, unit: 'years' },
]

const measure = (name: string, iterations: number, run: (i: number) => IsoDate): BenchFigure => {
  let checksum = 0
  const started = performance.now()
  for (let i = 0; i < iterations; i++) checksum += run(i).charCodeAt(9)
  const seconds = (performance.now() - started) / 1000
  if (checksum === 0) throw new Error('benchmark produced no results')
  return { name, iterations, seconds, opsPerSecond: iterations / seconds }
}

export const runCalendarBench = (
  options: { fastIterations?: number; naiveIterations?: number } = {},
): CalendarBenchResult => {
  const fastIterations = options.fastIterations ?? 2_000_000
  const naiveIterations = options.naiveIterations ?? 2_000
  const dates = sampleDates(4096)
  const amount = (i: number): number => WORKING_DAY_AMOUNTS[i % WORKING_DAY_AMOUNTS.length]
  const term = (i: number): Term => TERMS[i % TERMS.length]
  const calendar = createCalendar()

  let mismatches = 0
  for (let i = 0; i < 300; i++) {
    const date = dates[i % dates.length]
    if (calendar.addWorkingDays(date, amount(i)) !== naiveAddWorkingDays(date, amount(i)))
      mismatches++
    if (addTerm(calendar, date, term(i)) !== naiveAddTerm(date, term(i))) mismatches++
  }

  const figures = [
    measure('naive addWorkingDays', naiveIterations, (i) =>
      naiveAddWorkingDays(dates[i & 4095], amount(i)),
    ),
    measure('addWorkingDays', fastIterations, (i) =>
      calendar.addWorkingDays(dates[i & 4095], amount(i)),
    ),
    measure('naive addTerm', naiveIterations, (i) => naiveAddTerm(dates[i & 4095], term(i))),
    measure('addTerm', fastIterations, (i) => addTerm(calendar, dates[i & 4095], term(i))),
  ]
  const ops = (name: string): number =>
    figures.find((figure) => figure.name === name)?.opsPerSecond ?? 0
  return {
    figures,
    workingDaysRatio: ops('addWorkingDays') / ops('naive addWorkingDays'),
    termRatio: ops('addTerm') / ops('naive addTerm'),
    mismatches,
  }
}

const printBench = (result: CalendarBenchResult): void => {
  const rows = result.figures.map((figure) => [
    figure.name.padEnd(22),
    figure.iterations.toLocaleString('en').padStart(11),
    Math.round(figure.opsPerSecond).toLocaleString('en').padStart(14),
  ])
  console.log(`${'operation'.padEnd(22)} ${'iterations'.padStart(11)} ${'ops/s'.padStart(14)}`)
  for (const row of rows) console.log(row.join(' '))
  console.log(
    `addWorkingDays: ${Math.round(result.workingDaysRatio).toLocaleString('en')}x the naive loop`,
  )
  console.log(
    `addTerm:        ${Math.round(result.termRatio).toLocaleString('en')}x the naive loop`,
  )
  console.log(`disagreements with the naive loop: ${result.mismatches}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = runCalendarBench()
  printBench(result)
  if (result.mismatches > 0) process.exitCode = 1
}
