import type { CollectionBeforeChangeHook } from 'payload'

import { procedureFor } from '../src/complaints/procedureFor'
import { refusalError } from '../src/complaints/refusalError'
import { checkReferral as check } from '../src/procedure/referral'

const REFERRAL = ['referredTo', 'referredOn', 'bodyContactedOn'] as const

/**
 * A referral to an external body is checked whenever it changes: a body of the regulation's own,
 * the day the body received the complaint, its contact with the complainant not before that day.
 */
export const checkReferral: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const changed = REFERRAL.some(
    (field) => data[field] !== undefined && data[field] !== originalDoc?.[field],
  )
  if (!changed) return data
  const procedure = await procedureFor(req, { ...originalDoc, ...data })
  if (!procedure) return data
  const refusals = check(procedure.context.rules, procedure.context.facts)
  if (refusals.length > 0) throw refusalError(collection.slug, refusals, req)
  return data
}
