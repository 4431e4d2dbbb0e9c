import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { regulationById } from '../src/complaints/procedureFor'
import { refusalError } from '../src/complaints/refusalError'
import { isoDateOf, storedDateOf, todayInAmsterdam } from '../src/complaints/storedDates'
import { executorOf } from '../src/database/sql'
import { formatDate } from '../src/procedure/format'
import { versionOf } from '../src/regulations/versionOf'
import { translations } from '../src/translations'

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

  // Which version, not its contents: the hooks after this one read it in full, once.
  const executor = await executorOf(req)
  const inForce = slug ? await versionOf(executor, req.payload, slug, receivedOn) : null
  const first = !inForce && slug ? await versionOf(executor, req.payload, slug, null) : null
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
