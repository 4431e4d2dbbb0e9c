import type { RegulationSeed } from '../rules'

import { hss } from './hss'
import { inFocusSamen } from './inFocusSamen'
import { izwAmbulant } from './izwAmbulant'
import { izwArbeidscoaching } from './izwArbeidscoaching'
import { krachtigPerspectief } from './krachtigPerspectief'

export type SeedSlug =
  'in-focus-samen' | 'izw-arbeidscoaching' | 'krachtig-perspectief' | 'izw-ambulant' | 'hss'

/** The five regulations the product was specified against, keyed by slug. */
export const seedRegulations: Readonly<Record<SeedSlug, RegulationSeed>> = {
  'in-focus-samen': inFocusSamen,
  'izw-arbeidscoaching': izwArbeidscoaching,
  'krachtig-perspectief': krachtigPerspectief,
  'izw-ambulant': izwAmbulant,
  hss,
}

export const SEED_SLUGS = Object.keys(seedRegulations) as SeedSlug[]

/** A private copy of a seed, safe to edit before storing it. */
export const copySeed = (slug: SeedSlug): RegulationSeed => structuredClone(seedRegulations[slug])
