import { optionsOf } from '../pluginOptions'
import { asSlug } from '../slugs'

import type { PayloadRequest } from 'payload'

/** The people with the role directie, by the roles as the host reads them (getRoles). */
export const directieOf = async (req: PayloadRequest): Promise<{ id: string; email: string }[]> => {
  const options = optionsOf(req)
  const { docs } = await req.payload.find({
    collection: asSlug(options.userCollection),
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return docs
    .filter((user) =>
      options.getRoles(user as unknown as Record<string, unknown>).includes('directie'),
    )
    .map((user) => ({
      id: String(user.id),
      email: String((user as { email?: string }).email ?? ''),
    }))
    .filter((user) => user.email)
}
