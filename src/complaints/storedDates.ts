import { DateTime } from 'luxon'

import { dateInAmsterdam, PROCEDURE_TIME_ZONE } from '../procedure/zone'
import { remembered } from '../remembered'

import type { IsoDate } from '../procedure/dates'

export { todayInAmsterdam } from '../procedure/zone'

/**
 * Payload stores a date field as a moment; the regulation counts calendar dates in Amsterdam.
 * The admin's day picker stores noon local time, the API may send midnight UTC: both are the
 * same Amsterdam date. An unreadable value is no date.
 */
export const isoDateOf = (stored: string | Date | null | undefined): IsoDate | null => {
  if (!stored) return null
  const moment = stored instanceof Date ? stored : new Date(stored)
  return Number.isNaN(moment.getTime()) ? null : dateInAmsterdam(moment)
}

const noonInAmsterdam = remembered(
  (date) =>
    DateTime.fromISO(date, { zone: PROCEDURE_TIME_ZONE }).set({ hour: 12 }).toUTC().toISO() ?? null,
)

/** The moment a calendar date is stored as: noon in Amsterdam, as Payload's day picker does. */
export const storedDateOf = (date: IsoDate | null | undefined): string | null =>
  date ? noonInAmsterdam(date) : null
