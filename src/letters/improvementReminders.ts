import { isoDateOf, storedDateOf } from '../complaints/storedDates'
import { slugsOf } from '../slugs'
import { writtenDate } from './writtenDate'

import type { PayloadRequest } from 'payload'
import type { IsoDate } from '../procedure/dates'

type Stored = Record<string, any>

/**
 * The improvement actions not done that fall due by `horizon` (or are past it), as lines for the
 * digest, by the id of the person who owns each: a reminder when one is due.
 */
export const improvementReminders = async (
  req: PayloadRequest,
  horizon: IsoDate,
): Promise<Map<string, string[]>> => {
  const { docs } = await req.payload.find({
    collection: slugsOf(req).complaints,
    where: {
      'improvementActions.dueOn': { less_than_equal: storedDateOf(horizon) },
      'improvementActions.done': { not_equals: true },
    },
    sort: 'reference',
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const perOwner = new Map<string, string[]>()
  for (const complaint of docs as unknown as Stored[]) {
    for (const action of (complaint.improvementActions ?? []) as Stored[]) {
      const due = isoDateOf(action.dueOn)
      const owner =
        action.owner === null || action.owner === undefined ? null : String(action.owner)
      if (action.done || !owner || !due || due > horizon) continue
      const line = `${complaint.reference}: verbeteractie '${action.action ?? ''}' uiterlijk ${writtenDate(due, 'nl')}`
      perOwner.set(owner, [...(perOwner.get(owner) ?? []), line])
    }
  }
  return perOwner
}
