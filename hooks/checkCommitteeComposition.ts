import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { peopleNamed } from '../src/complaints/peopleNamed'
import { procedureFor } from '../src/complaints/procedureFor'
import { refusalError } from '../src/complaints/refusalError'
import { guards } from '../src/procedure/guards'
import { slugsOf } from '../src/slugs'

/**
 * Each member sits on a committee once. A committee that already handles complaints keeps the
 * size and independence each of their regulations asks, also when its members change later.
 */
export const checkCommitteeComposition: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (data.members === undefined) return data
  const members = (data.members as unknown[]).map(idOf).filter((id): id is string => id !== null)
  const twice = [...new Set(members.filter((member, index) => members.indexOf(member) !== index))]
  if (twice.length > 0)
    throw refusalError(
      collection.slug,
      await peopleNamed(
        req,
        twice.map((member) => ({
          rule: 'committeeMemberTwice',
          field: 'members',
          params: { member },
        })),
      ),
      req,
    )
  if (operation === 'create') return data
  const { docs } = await req.payload.find({
    collection: slugsOf(req).complaints,
    where: { committee: { equals: originalDoc.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  for (const complaint of docs) {
    const procedure = await procedureFor(req, complaint)
    if (!procedure) continue
    const refusals = guards.committeeIndependent({
      ...procedure.context,
      facts: { ...procedure.facts, committee: members },
    })
    if (refusals.length > 0)
      throw refusalError(
        collection.slug,
        await peopleNamed(
          req,
          refusals.map((refusal) => ({ ...refusal, field: 'members' })),
        ),
        req,
      )
  }
  return data
}
