import type { IsoDate } from './dates'
import type { ReviewPeriod } from './rules'

/** A period a review covers: a quarter of a year, or the whole year. */
export type ReviewPeriodKey = 'q1' | 'q2' | 'q3' | 'q4' | 'year'

export const REVIEW_PERIOD_KEYS: readonly ReviewPeriodKey[] = ['q1', 'q2', 'q3', 'q4', 'year']

export type PeriodRef = { year: number; period: ReviewPeriodKey }

/** The periods a regulation reviews in a year. */
export const periodKeysOf = (rule: ReviewPeriod): ReviewPeriodKey[] =>
  rule === 'quarter' ? ['q1', 'q2', 'q3', 'q4'] : rule === 'year' ? ['year'] : []

const pad = (n: number) => String(n).padStart(2, '0')

/** The first and the last day of a period. */
export const periodDays = ({ year, period }: PeriodRef): { from: IsoDate; to: IsoDate } => {
  if (period === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` }
  const quarter = Number(period.slice(1))
  const lastMonth = quarter * 3
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate()
  return { from: `${year}-${pad(lastMonth - 2)}-01`, to: `${year}-${pad(lastMonth)}-${lastDay}` }
}

/** The last period of the regulation's kind that has ended before `today`; null without reviews. */
export const lastEndedPeriod = (rule: ReviewPeriod, today: IsoDate): PeriodRef | null => {
  const year = Number(today.slice(0, 4))
  if (rule === 'year') return { year: year - 1, period: 'year' }
  if (rule !== 'quarter') return null
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3)
  return quarter === 0
    ? { year: year - 1, period: 'q4' }
    : { year, period: `q${quarter}` as ReviewPeriodKey }
}

/** The last ended period when no review of it is recorded: what the reminder asks for. */
export const missingReview = (
  rule: ReviewPeriod,
  today: IsoDate,
  reviewed: readonly PeriodRef[],
): PeriodRef | null => {
  const last = lastEndedPeriod(rule, today)
  if (!last) return null
  const done = reviewed.some((each) => each.year === last.year && each.period === last.period)
  return done ? null : last
}
