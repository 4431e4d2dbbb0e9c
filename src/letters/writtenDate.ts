import { DateTime } from 'luxon'

import type { IsoDate } from '../procedure/dates'
import type { Lang } from '../procedure/localized'

/** A date as a letter writes it: "vrijdag 24 april 2026" / "Friday 24 April 2026". */
export const writtenDate = (date: IsoDate | null | undefined, lang: Lang): string =>
  date
    ? DateTime.fromISO(date)
        .setLocale(lang === 'nl' ? 'nl' : 'en-GB')
        .toFormat('cccc d LLLL yyyy')
    : ''
