import type { IsoDate } from './dates'

/** Terms run on the Dutch calendar, whatever the server's own time zone is. */
export const PROCEDURE_TIME_ZONE = 'Europe/Amsterdam'

const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: PROCEDURE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * The calendar date in Amsterdam at `instant`: a complaint e-mailed at
 * 23:30 UTC on 24 April arrives on 25 April in summer time.
 */
export const dateInAmsterdam = (instant: Date | string | number): IsoDate => {
  const moment = instant instanceof Date ? instant : new Date(instant)
  if (Number.isNaN(moment.getTime())) {
    throw new Error(`Invalid instant ${JSON.stringify(instant)}: expected a date-time`)
  }
  const parts = amsterdamDay.formatToParts(moment)
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

export const todayInAmsterdam = (now: Date = new Date()): IsoDate => dateInAmsterdam(now)
