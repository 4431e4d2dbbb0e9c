import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { regulationById, rememberRegulation } from '../src/complaints/procedureFor'
import { refusalError } from '../src/complaints/refusalError'
import { isoDateOf, storedDateOf, todayInAmsterdam } from '../src/complaints/storedDates'

/**
 * Binds the complaint to the version of its regulation in force on the receipt date. Staff may
 * pick any version (or the intake names the slug); the complaint keeps the bound version when
 * the regulation is edited later, so only a new receipt date or regulation rebinds it.
 */
export const bindRegulation: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const receiptChanged = data.receivedOn !== undefined && isoDateOf(data.receivedOn) !== isoDateOf(originalDoc?.receivedOn)
  const regulationChanged = data.regulation !== undefined && idOf(data.regulation) !== idOf(originalDoc?.regulation)
  if (operation !== 'create' && !receiptChanged && !regulationChanged) return data

  const receivedOn = isoDateOf(data.receivedOn ?? originalDoc?.receivedOn) ?? todayInAmsterdam()
  data.receivedOn = storedDateOf(receivedOn)
  const chosen = idOf(data.regulation ?? originalDoc?.regulation)
  const slug =
    (req.context.regulationSlug as string | undefined) ??
    ((await regulationById(req, chosen))?.slug as string | undefined)

  const inForce = slug
    ? await req.payload.find({
        collection: 'regulations',
        where: { and: [{ slug: { equals: slug } }, { effectiveFrom: { less_than_equal: storedDateOf(receivedOn) } }] },
        sort: '-effectiveFrom',
        limit: 1,
        depth: 0,
        req,
        overrideAccess: true,
      })
    : undefined
  const bound = inForce?.docs[0]
  if (!bound) throw refusalError('complaints', [{ rule: 'noRegulationInForce', field: 'regulation', params: { slug: slug ?? '-', receivedOn } }], req)
  rememberRegulation(req, bound)
  data.regulation = bound.id
  return data
}
