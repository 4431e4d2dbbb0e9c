import { DateTime } from 'luxon'

import { PROCEDURE_TIME_ZONE } from '../procedure/zone'

import type { Lang } from '../procedure/localized'

/**
 * A moment as people in the organisation read it, in Amsterdam time: "30 november 2026 om 11.25
 * uur". Without a colon: the admin reads a colon in a message as the start of a translation key.
 */
export const formatMoment = (moment: Date, lang: Lang): string =>
  DateTime.fromJSDate(moment, { zone: PROCEDURE_TIME_ZONE })
    .setLocale(lang === 'en' ? 'en-GB' : 'nl')
    .toFormat(lang === 'en' ? "d MMMM yyyy 'at' HH.mm" : "d MMMM yyyy 'om' HH.mm 'uur'")
