import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { procedureFor } from '../src/complaints/procedureFor'
import { refusalError } from '../src/complaints/refusalError'
import { guards } from '../src/procedure/guards'

/**
 * When a committee is assigned to a complaint it must have the regulation's size, and no member
 * may be the person complained about or otherwise involved (IN FOCUS: 2 independent members).
 */
export const checkCommitteeIndependence: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  if (!idOf(merged.committee)) return data
  const relevant = ['committee', 'subjectEmployee', 'involved'].some((field) => data[field] !== undefined && JSON.stringify(data[field]) !== JSON.stringify(originalDoc?.[field]))
  if (!relevant) return data
  const procedure = await procedureFor(req, merged)
  if (!procedure) return data
  const refusals = guards.committeeIndependent(procedure.context)
  if (refusals.length > 0) throw refusalError('complaints', refusals, req)
  return data
}
