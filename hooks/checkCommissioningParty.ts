import type { CollectionBeforeChangeHook } from 'payload'

import { procedureFor } from '../src/complaints/procedureFor'
import { refusalError } from '../src/complaints/refusalError'
import { checkCommissioningParty as check } from '../src/procedure/commissioningParty'

/**
 * The commissioning party is one of those of the complaint's own regulation version, by its
 * key: checked when it or the regulation changes.
 */
export const checkCommissioningParty: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const changed = (['commissioningParty', 'regulation'] as const).some(
    (field) => data[field] !== undefined && data[field] !== originalDoc?.[field],
  )
  const value = (
    data.commissioningParty !== undefined
      ? data.commissioningParty
      : originalDoc?.commissioningParty
  ) as string | null | undefined
  if (!changed || !value?.trim()) return data
  const procedure = await procedureFor(req, { ...originalDoc, ...data })
  if (!procedure) return data
  const refusals = check(procedure.rules, value)
  if (refusals.length > 0) throw refusalError(collection.slug, refusals, req)
  return data
}
