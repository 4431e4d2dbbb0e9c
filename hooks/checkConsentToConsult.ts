import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { procedureFor } from '../src/complaints/procedureFor'
import { refusalError } from '../src/complaints/refusalError'
import { relationTarget } from '../src/complaints/relationTarget'
import { consentRefusals } from '../src/procedure/investigation'

/**
 * A letter to someone other than the complainant and the employee concerned asks them about the
 * complaint: where the regulation wants the complainant's consent first (IZW "na toestemming"),
 * it is not written, edited or sent until that consent is recorded.
 */
export const checkConsentToConsult: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  // The outbox sends what was allowed when it was queued.
  if (req.context.letterOutbox === true || originalDoc?.status === 'sent') return data
  const to = data.addressee?.to ?? originalDoc?.addressee?.to ?? 'complainant'
  if (to !== 'other') return data
  const id = idOf(data.complaint ?? originalDoc?.complaint)
  if (!id) return data
  const complaint = await req.payload.findByID({
    collection: relationTarget(collection, 'complaint'),
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  const procedure = complaint ? await procedureFor(req, complaint) : null
  if (!procedure) return data
  const refusals = consentRefusals(procedure.rules, procedure.facts.consent)
  if (refusals.length > 0) throw refusalError(collection.slug, refusals, req)
  return data
}
