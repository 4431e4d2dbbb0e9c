import { DateTime } from 'luxon'

import { PROCEDURE_TIME_ZONE } from '../procedure/zone'

import type { Lang } from '../procedure/localized'

/** A moment as people in the organisation read it: "30 november 2026, 10:42" (Amsterdam time). */
export const formatMoment = (moment: Date, lang: Lang): string =>
  DateTime.fromJSDate(moment, { zone: PROCEDURE_TIME_ZONE }).setLocale(lang === 'en' ? 'en-GB' : 'nl').toFormat('d MMMM yyyy, HH:mm')
