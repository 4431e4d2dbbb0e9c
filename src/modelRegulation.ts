import { regulationFromSeed } from './complaints/regulationFromSeed'
import { SEED_SLUGS, seedRegulations } from './procedure/seeds'

import type { SeedSlug } from './procedure/seeds'

/** The five model regulations the plugin ships: IN FOCUS Samen, IZW Arbeidscoaching, Krachtig Perspectief, IZW Ambulant, HSS. */
export const MODEL_REGULATIONS = SEED_SLUGS

/**
 * The data of a Regulations document for one of the model regulations, to start a new
 * organisation's own from: `payload.create({ collection: 'regulations', data: modelRegulation('hss', '2026-01-01') })`.
 * `effectiveFrom` is used unless the model's text sets its own date.
 */
export const modelRegulation = (slug: SeedSlug, effectiveFrom: string) => {
  const seed = seedRegulations[slug]
  if (!seed)
    throw new Error(
      `payload-plugin-complaints: no model regulation "${String(slug)}"; choose one of ${MODEL_REGULATIONS.join(', ')}`,
    )
  return regulationFromSeed(seed, effectiveFrom)
}
