import type { CollectionBeforeChangeHook } from 'payload'

import { procedureFor } from '../src/complaints/procedureFor'
import { refusalError } from '../src/complaints/refusalError'
import { checkInternalStages as check } from '../src/procedure/internalStages'

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? []) === JSON.stringify(b ?? [])

/**
 * The internal stages are checked whenever they change: stages of the regulation's own, each
 * higher than the one before, dated from the receipt on and not before the previous stage.
 */
export const checkInternalStages: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (data.internalStages === undefined || same(data.internalStages, originalDoc?.internalStages))
    return data
  const procedure = await procedureFor(req, { ...originalDoc, ...data })
  if (!procedure) return data
  const refusals = check(procedure.context.rules, procedure.context.facts)
  if (refusals.length > 0) throw refusalError(collection.slug, refusals, req)
  return data
}
