import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { procedureFor } from '../src/complaints/procedureFor'
import { refusalError } from '../src/complaints/refusalError'
import { guards } from '../src/procedure/guards'

/**
 * A committee that already handles complaints keeps the size and independence each of their
 * regulations asks, also when its members change later.
 */
export const checkCommitteeComposition: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'create' || data.members === undefined) return data
  const members = (data.members as unknown[]).map(idOf).filter((id): id is string => id !== null)
  const { docs } = await req.payload.find({ collection: 'complaints', where: { committee: { equals: originalDoc.id } }, depth: 0, limit: 0, pagination: false, req, overrideAccess: true })
  for (const complaint of docs) {
    const procedure = await procedureFor(req, complaint)
    if (!procedure) continue
    const refusals = guards.committeeIndependent({ ...procedure.context, facts: { ...procedure.facts, committee: members } })
    if (refusals.length > 0) throw refusalError('committees', refusals.map((refusal) => ({ ...refusal, field: 'members' })), req)
  }
  return data
}
