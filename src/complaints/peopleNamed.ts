import type { PayloadRequest } from 'payload'

import { optionsOf } from '../pluginOptions'
import { asSlug } from '../slugs'

import type { AnyRefusal } from './refusalError'

/** Params of a refusal that hold a user's id. */
const PERSON_PARAMS = ['member', 'reviewer'] as const

/** Refusals that name people by their name (or e-mail address), not by their user id. */
export const peopleNamed = async <R extends AnyRefusal>(
  req: PayloadRequest,
  refusals: R[],
): Promise<R[]> => {
  const ids = [
    ...new Set(
      refusals.flatMap((refusal) =>
        PERSON_PARAMS.map((param) => refusal.params?.[param]).filter((id) => id !== undefined),
      ),
    ),
  ]
  if (ids.length === 0) return refusals
  const { docs } = await req.payload.find({
    collection: asSlug(optionsOf(req).userCollection),
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const nameOf = new Map(
    docs.map((user) => [
      String(user.id),
      String((user as { name?: string }).name || (user as { email?: string }).email),
    ]),
  )
  return refusals.map((refusal) => {
    if (!refusal.params) return refusal
    const params = { ...refusal.params }
    for (const param of PERSON_PARAMS)
      if (params[param] !== undefined)
        params[param] = nameOf.get(String(params[param])) ?? params[param]
    return { ...refusal, params }
  })
}
