import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { peopleNamed } from '../src/complaints/peopleNamed'
import { procedureFor } from '../src/complaints/procedureFor'
import { refusalError } from '../src/complaints/refusalError'
import { canTransition, handlingPeopleRefusals } from '../src/procedure/lifecycle'

import type { ComplaintStatus } from '../src/procedure/lifecycle'
import type { Refusal } from '../src/procedure/refusal'

/** The fields that say who handles the complaint, and who may not. */
const PEOPLE = ['handler', 'committee', 'appealReviewer', 'subjectEmployee', 'involved'] as const

const idsOf = (value: unknown) =>
  JSON.stringify((Array.isArray(value) ? value : [value]).map(idOf).filter(Boolean).sort())

const unique = (refusals: Refusal[]) =>
  refusals.filter(
    (refusal, index) =>
      refusals.findIndex((other) => JSON.stringify(other) === JSON.stringify(refusal)) === index,
  )

/**
 * A status change must be in the transitions table and pass its guards; and whatever the
 * regulation demands of who handles holds on any save that changes the handling people, not
 * only when handling starts. Refusals name people by name.
 */
export const enforceTransition: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const from = (originalDoc?.status ?? 'received') as ComplaintStatus
  const to = (data.status ?? from) as ComplaintStatus
  const peopleChanged = PEOPLE.some(
    (field) => data[field] !== undefined && idsOf(data[field]) !== idsOf(originalDoc?.[field]),
  )
  if (from === to && !peopleChanged) return data
  const procedure = await procedureFor(req, { ...originalDoc, ...data })
  if (!procedure) return data
  const transition = canTransition(from, to, procedure.context)
  const refusals = unique([
    ...(transition.allowed ? [] : transition.refusals),
    ...(peopleChanged ? handlingPeopleRefusals(to, procedure.context) : []),
  ])
  if (refusals.length > 0)
    throw refusalError(collection.slug, await peopleNamed(req, refusals), req)
  return data
}
