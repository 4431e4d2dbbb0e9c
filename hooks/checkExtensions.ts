import type { CollectionBeforeChangeHook } from 'payload'

import { procedureFor } from '../src/complaints/procedureFor'
import { refusalError } from '../src/complaints/refusalError'
import { findDeadline } from '../src/procedure/deadline'
import { checkExtensions as check } from '../src/procedure/extension'

/**
 * Extensions (verlenging) are checked whenever they change, whatever the status: a fixed one only
 * once and within the cap, an agreed one with a reason and a new date, each announced in time.
 */
export const checkExtensions: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (data.extensions === undefined) return data
  const strip = (list: unknown[] | undefined) =>
    JSON.stringify((list ?? []).map(({ id: _id, ...rest }: any) => rest))
  if (strip(data.extensions) === strip(originalDoc?.extensions)) return data
  if ((data.extensions ?? []).length === 0) return data
  const procedure = await procedureFor(req, { ...originalDoc, ...data })
  if (!procedure) return data
  const { rules, facts, calendar, deadlines, today } = { ...procedure, ...procedure.context }
  const refusals = check(rules, facts, calendar, findDeadline(deadlines, 'decision'), today)
  if (refusals.length > 0) throw refusalError(collection.slug, refusals, req)
  return data
}
