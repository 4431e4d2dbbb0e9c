import { DateTime } from 'luxon'

import { PROCEDURE_TIME_ZONE } from '../procedure/zone'

import type { IsoDate } from '../procedure/dates'

/** A span of Amsterdam calendar days, as the moments the database compares with: [from, until). */
export type Period = { from: string; until: string }

const startOfDay = (date: IsoDate): DateTime =>
  DateTime.fromISO(date, { zone: PROCEDURE_TIME_ZONE }).startOf('day')

const moment = (day: DateTime): string => day.toUTC().toISO() ?? ''

/** From the first moment of `first` up to the first moment after `last`, both Amsterdam days. */
export const daysPeriod = (first: IsoDate, last: IsoDate): Period => ({
  from: moment(startOfDay(first)),
  until: moment(startOfDay(last).plus({ days: 1 })),
})

/** Every moment of the calendar years `first` to `last` in Amsterdam. */
export const yearsPeriod = (first: number, last = first): Period =>
  daysPeriod(`${first}-01-01`, `${last}-12-31`)

/** The first moment of an Amsterdam day: a stored deadline before it lies on an earlier day. */
export const startOfAmsterdamDay = (date: IsoDate): string => moment(startOfDay(date))

/** The four quarters of a year in Amsterdam, each as [from, until). */
export const quartersOf = (year: number): [Period, Period, Period, Period] => {
  const starts = ['01-01', '04-01', '07-01', '10-01'].map((day) =>
    moment(startOfDay(`${year}-${day}`)),
  )
  const end = moment(startOfDay(`${year + 1}-01-01`))
  return [0, 1, 2, 3].map((q) => ({ from: starts[q]!, until: starts[q + 1] ?? end })) as [
    Period,
    Period,
    Period,
    Period,
  ]
}
