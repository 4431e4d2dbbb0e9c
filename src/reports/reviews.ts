import { rulesFromDocument } from '../complaints/rulesFromDocument'
import { isoDateOf } from '../complaints/storedDates'
import { regulationInForce } from '../intake/regulationInForce'
import { periodDays, periodKeysOf } from '../procedure/review'

import type { PayloadRequest } from 'payload'
import type { IsoDate } from '../procedure/dates'
import type { ReviewPeriodKey } from '../procedure/review'
import type { Slugs } from '../slugs'
import type { Figures, YearlyFigures } from './yearly'

type Stored = Record<string, any>

export type ReviewRow = {
  period: ReviewPeriodKey
  /** The regulation reviewed, where the report covers every regulation. */
  regulation: string | null
  /** The period's figures, where the report is of the regulation reviewed. */
  figures: Pick<Figures, 'total' | 'withinTerm' | 'late'> | null
  review: {
    reviewedOn: IsoDate | null
    conclusions: string
    measures: string | null
  } | null
  /** The period ended without a review: the regulation asks for one. */
  missing: boolean
}

const figuresOf = (figures: YearlyFigures, period: ReviewPeriodKey) => {
  const { total, withinTerm, late } =
    period === 'year' ? figures.year : figures.quarters[Number(period.slice(1)) as 1 | 2 | 3 | 4]
  return { total, withinTerm, late }
}

/**
 * The periodic reviews of the year, as the viewer may read them, beside the figures of their
 * periods: for one regulation every period its version in force asks to review (an ended one
 * without a review marked missing); for all regulations the reviews recorded.
 */
export const reviewRows = async (
  req: PayloadRequest,
  slugs: Slugs,
  {
    regulation,
    year,
    asOf,
    figures,
  }: {
    regulation: string | null
    year: number
    asOf: IsoDate
    figures: YearlyFigures
  },
): Promise<ReviewRow[]> => {
  const { docs } = await req.payload.find({
    collection: slugs.reviews,
    where: {
      year: { equals: year },
      ...(regulation ? { 'regulation.slug': { equals: regulation } } : {}),
    },
    sort: 'period',
    depth: 1,
    pagination: false,
    req,
    overrideAccess: false,
  })
  const reviews = docs as Stored[]
  const row = (review: Stored | undefined, period: ReviewPeriodKey): ReviewRow => ({
    period,
    regulation: regulation ? null : (review?.regulation?.name ?? null),
    figures: regulation ? figuresOf(figures, period) : null,
    review: review
      ? {
          reviewedOn: isoDateOf(review.reviewedOn),
          conclusions: String(review.conclusions ?? ''),
          measures: review.measures ?? null,
        }
      : null,
    missing: !review && periodDays({ year, period }).to < asOf,
  })
  if (!regulation) return reviews.map((review) => row(review, review.period))
  const { found } = await regulationInForce(req.payload, regulation, asOf)
  const periods = periodKeysOf(
    rulesFromDocument((found as Stored | null)?.rules ?? {}).reviewPeriod,
  )
  return periods.map((period) =>
    row(
      reviews.find((review) => review.period === period),
      period,
    ),
  )
}
