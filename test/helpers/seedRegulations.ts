import type { Payload } from 'payload'

import { regulationFromSeed } from '../../src/complaints/regulationFromSeed'
import { seedRegulations } from '../../src/procedure/seeds'

import type { SeedSlug } from '../../src/procedure/seeds'

/** Stores the seed regulations, each in force from the given date unless its text says otherwise. */
export const storeSeedRegulations = async (payload: Payload, effectiveFrom = '2020-01-01') => {
  const ids = {} as Record<SeedSlug, number>
  for (const [slug, seed] of Object.entries(seedRegulations) as [
    SeedSlug,
    (typeof seedRegulations)[SeedSlug],
  ][]) {
    const created = await payload.create({
      collection: 'regulations',
      data: regulationFromSeed(seed, effectiveFrom) as never,
    })
    ids[slug] = created.id as number
  }
  return ids
}
