import { rulesFromDocument } from '../complaints/rulesFromDocument'
import { regulationInForce } from '../intake/regulationInForce'
import { missingReview } from '../procedure/review'
import { slugsOf } from '../slugs'
import { translations } from '../translations'

import type { PayloadRequest } from 'payload'
import type { IsoDate } from '../procedure/dates'
import type { ReviewPeriodKey } from '../procedure/review'

type Stored = Record<string, any>

/**
 * For each regulation whose version in force asks for a periodic review: the last period that
 * ended without one recorded, as a line for directie's digest.
 */
export const reviewReminders = async (req: PayloadRequest, today: IsoDate): Promise<string[]> => {
  const slugs = slugsOf(req)
  const [regulations, reviews] = await Promise.all(
    [slugs.regulations, slugs.reviews].map(
      async (collection) =>
        (
          await req.payload.find({
            collection,
            depth: collection === slugs.reviews ? 1 : 0,
            pagination: false,
            req,
            overrideAccess: true,
          })
        ).docs as Stored[],
    ),
  )
  const lines: string[] = []
  for (const code of new Set(regulations!.map((regulation) => String(regulation.slug)))) {
    const { found } = await regulationInForce(req.payload, code, today)
    if (!found) continue
    const reviewed = reviews!
      .filter((review) => review.regulation?.slug === code)
      .map((review) => ({ year: Number(review.year), period: review.period as ReviewPeriodKey }))
    const missing = missingReview(
      rulesFromDocument((found as Stored).rules ?? {}).reviewPeriod,
      today,
      reviewed,
    )
    if (!missing) continue
    const period = (translations.nl as Record<string, string>)[`reviewPeriodKey.${missing.period}`]
    lines.push(
      `${(found as Stored).name}: geen periodieke analyse vastgelegd over ${period} ${missing.year}`,
    )
  }
  return lines
}
