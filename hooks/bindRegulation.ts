import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { regulationById } from '../src/complaints/procedureFor'
import { refusalError } from '../src/complaints/refusalError'
import { isoDateOf, storedDateOf, todayInAmsterdam } from '../src/complaints/storedDates'
import { formatDate } from '../src/procedure/format'
import { slugsOf } from '../src/slugs'
import { translations } from '../src/translations'

const version = async (req: PayloadRequest, slug: string, receivedOn: string, earliest: boolean) =>
  (
    await req.payload.find({
      collection: slugsOf(req).regulations,
      where: earliest
        ? { slug: { equals: slug } }
        : {
            and: [
              { slug: { equals: slug } },
              { effectiveFrom: { less_than_equal: storedDateOf(receivedOn) } },
            ],
          },
      sort: earliest ? 'effectiveFrom' : '-effectiveFrom',
      limit: 1,
      depth: 0,
      // Which version, not its contents: the hooks after this one read it in full, once.
      select: { effectiveFrom: true, effectiveFromStrict: true },
      req,
      overrideAccess: true,
    })
  ).docs[0] as Record<string, any> | undefined

/** Why a complaint is bound to a version that was not yet in force on its receipt date. */
const noteBeforeFirstVersion = (receivedOn: string, effectiveFrom: string) =>
  Object.fromEntries(
    (['nl', 'en'] as const).map((lang) => [
      lang,
      translations[lang]['bindingNote.beforeFirstVersion']
        .replace('{receivedOn}', formatDate(receivedOn, lang))
        .replace('{effectiveFrom}', formatDate(effectiveFrom, lang)),
    ]),
  )

/**
 * Binds the complaint to the version of its regulation in force on the receipt date. Staff may
 * pick any version (or the intake names the slug); the complaint keeps the bound version when
 * the regulation is edited later, so only a new receipt date or regulation rebinds it. A
 * complaint received before the first version binds to that version with a note, unless the
 * admin marked its date as strictly "from" (Krachtig Perspectief: complaints "na deze datum").
 */
export const bindRegulation: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const receiptChanged =
    data.receivedOn !== undefined &&
    isoDateOf(data.receivedOn) !== isoDateOf(originalDoc?.receivedOn)
  const regulationChanged =
    data.regulation !== undefined && idOf(data.regulation) !== idOf(originalDoc?.regulation)
  if (operation !== 'create' && !receiptChanged && !regulationChanged) return data

  const receivedOn = isoDateOf(data.receivedOn ?? originalDoc?.receivedOn) ?? todayInAmsterdam()
  data.receivedOn = storedDateOf(receivedOn)
  const chosen = idOf(data.regulation ?? originalDoc?.regulation)
  const slug =
    (req.context.regulationSlug as string | undefined) ??
    ((await regulationById(req, chosen))?.slug as string | undefined)

  const inForce = slug ? await version(req, slug, receivedOn, false) : undefined
  const first = !inForce && slug ? await version(req, slug, receivedOn, true) : undefined
  const bound = inForce ?? (first && !first.effectiveFromStrict ? first : undefined)
  if (!bound)
    throw refusalError(
      collection.slug,
      [
        {
          rule: 'noRegulationInForce',
          field: 'regulation',
          params: { slug: slug ?? '-', receivedOn },
        },
      ],
      req,
    )
  data.regulation = bound.id
  data.bindingNote = inForce
    ? { nl: null, en: null }
    : noteBeforeFirstVersion(receivedOn, isoDateOf(bound.effectiveFrom) ?? receivedOn)
  return data
}
