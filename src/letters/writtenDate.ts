import { DateTime } from 'luxon'

import { remembered } from '../remembered'

import type { IsoDate } from '../procedure/dates'
import type { Lang } from '../procedure/localized'

const written = {
  nl: remembered((date) => DateTime.fromISO(date).setLocale('nl').toFormat('cccc d LLLL yyyy')),
  en: remembered((date) => DateTime.fromISO(date).setLocale('en-GB').toFormat('cccc d LLLL yyyy')),
}

/** A date as a letter writes it: "vrijdag 24 april 2026" / "Friday 24 April 2026". */
export const writtenDate = (date: IsoDate | null | undefined, lang: Lang): string =>
  date ? written[lang === 'nl' ? 'nl' : 'en'](date) : ''
