import type { CollectionConfig, Config } from 'payload'

import { Committees } from '../collections/Committees'
import { Complaints } from '../collections/Complaints'
import { Letters } from '../collections/Letters'
import { Regulations } from '../collections/Regulations'
import { resolveOptions } from './resolveOptions'

import type { CollectionOverride, PluginOptions } from './types'

export type { PluginOptions } from './types'

const applyOverride = (collection: CollectionConfig, override?: CollectionOverride): CollectionConfig =>
  override ? override({ defaultCollection: collection }) : collection

/** Adds the complaint regulation to a Payload config: collections, hooks, views and endpoints. */
export const complaintsPlugin =
  (options: PluginOptions = {}) =>
  (config: Config): Config => {
    const resolved = resolveOptions(options)
    const { overrides } = resolved
    const collections = [
      applyOverride(Regulations, overrides?.regulations),
      applyOverride(Complaints, overrides?.complaints),
      applyOverride(Committees, overrides?.committees),
      applyOverride(Letters, overrides?.letters),
    ]
    return { ...config, collections: [...(config.collections ?? []), ...collections] }
  }
