import { DateTime } from 'luxon'

import type { IsoDate } from '../procedure/dates'

const zone = 'Europe/Amsterdam'

/**
 * Payload stores a date field as a moment; the regulation counts calendar dates in Amsterdam.
 * The admin's day picker stores noon local time, the API may send midnight UTC: both are the
 * same Amsterdam date.
 */
export const isoDateOf = (stored: string | Date | null | undefined): IsoDate | null => {
  if (!stored) return null
  const moment = stored instanceof Date ? DateTime.fromJSDate(stored) : DateTime.fromISO(stored, { setZone: true })
  return moment.isValid ? moment.setZone(zone).toISODate() : null
}

/** The moment a calendar date is stored as: noon in Amsterdam, as Payload's day picker does. */
export const storedDateOf = (date: IsoDate | null | undefined): string | null =>
  date ? (DateTime.fromISO(date, { zone }).set({ hour: 12 }).toUTC().toISO() ?? null) : null

export const todayInAmsterdam = (): IsoDate => DateTime.now().setZone(zone).toISODate() as IsoDate
