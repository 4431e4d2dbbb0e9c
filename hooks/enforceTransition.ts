import type { CollectionBeforeChangeHook } from 'payload'

import { procedureFor } from '../src/complaints/procedureFor'
import { refusalError } from '../src/complaints/refusalError'
import { canTransition } from '../src/procedure/lifecycle'

import type { ComplaintStatus } from '../src/procedure/lifecycle'

/** A status change must be in the transitions table and pass its guards. */
export const enforceTransition: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const from = (originalDoc?.status ?? 'received') as ComplaintStatus
  const to = (data.status ?? from) as ComplaintStatus
  if (from === to) return data
  const procedure = await procedureFor(req, { ...originalDoc, ...data })
  if (!procedure) return data
  const check = canTransition(from, to, procedure.context)
  if (!check.allowed) throw refusalError('complaints', check.refusals, req)
  return data
}
