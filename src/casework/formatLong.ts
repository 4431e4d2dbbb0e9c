import { DateTime } from 'luxon'

import { PROCEDURE_TIME_ZONE } from '../procedure/zone'

import type { Lang } from '../procedure/localized'

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'nl')

/** A day written out: "vrijdag 4 december 2026" / "Friday 4 December 2026". */
export const writtenDay = (date: string, lang: Lang): string =>
  DateTime.fromISO(date.slice(0, 10), { zone: PROCEDURE_TIME_ZONE })
    .setLocale(locale(lang))
    .toFormat('cccc d MMMM yyyy')

/**
 * A day or a moment of the case's history, in Amsterdam time: "4 december 2026" for a day,
 * "4 december 2026, 14:05" for a moment.
 */
export const writtenMoment = (at: string, lang: Lang): string => {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(at)
  const moment = dayOnly
    ? DateTime.fromISO(at, { zone: PROCEDURE_TIME_ZONE })
    : DateTime.fromISO(at).setZone(PROCEDURE_TIME_ZONE)
  return moment.setLocale(locale(lang)).toFormat(dayOnly ? 'd MMMM yyyy' : 'd MMMM yyyy, HH:mm')
}
