import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { refusalError } from '../src/complaints/refusalError'
import { rulesFromDocument } from '../src/complaints/rulesFromDocument'
import { periodKeysOf } from '../src/procedure/review'
import { slugsOf } from '../src/slugs'
import { translate } from '../src/translations'

import type { ReviewPeriodKey } from '../src/procedure/review'

type Stored = Record<string, any>

/**
 * A review covers a period of the kind its regulation reviews (a quarter, or a year), once: a
 * second review of the same regulation and period is refused, naming the first. Its title says
 * which regulation and period it covers.
 */
export const checkReview: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data } as Stored
  const slugs = slugsOf(req)
  const regulation = (await req.payload.findByID({
    collection: slugs.regulations,
    id: idOf(merged.regulation) ?? '',
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as Stored | null
  if (!regulation) return data
  const allowed = periodKeysOf(rulesFromDocument(regulation.rules ?? {}).reviewPeriod)
  const period = merged.period as ReviewPeriodKey
  if (!allowed.includes(period))
    throw refusalError(
      collection.slug,
      [
        allowed.length === 0
          ? { rule: 'reviewNotProvided', field: 'regulation' }
          : {
              rule: 'reviewPeriodMismatch',
              field: 'period',
              params: {
                periods_nl: allowed
                  .map((key) => translate(`reviewPeriodKey.${key}`, 'nl'))
                  .join(', '),
                periods_en: allowed
                  .map((key) => translate(`reviewPeriodKey.${key}`, 'en'))
                  .join(', '),
              },
            },
      ],
      req,
    )
  const { docs } = await req.payload.find({
    collection: slugs.reviews,
    where: { year: { equals: merged.year }, period: { equals: period } },
    depth: 1,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const first = (docs as Stored[]).find(
    (each) => each.id !== originalDoc?.id && each.regulation?.slug === regulation.slug,
  )
  if (first)
    throw refusalError(
      collection.slug,
      [{ rule: 'reviewTwice', field: 'period', params: { title: String(first.title ?? '') } }],
      req,
    )
  const title = `${regulation.name}: ${merged.year}${period === 'year' ? '' : ` ${period.toUpperCase()}`}`
  return { ...data, title }
}
