import type { CollectionConfig, Config } from 'payload'

import { createComplaintAttachments } from '../collections/ComplaintAttachments'
import { createCommittees } from '../collections/Committees'
import { createComplaints } from '../collections/Complaints'
import { createLetters } from '../collections/Letters'
import { createRegulations } from '../collections/Regulations'
import { hasRoleWith } from './access/roles'
import { registerIntake } from './intake/register'
import { registerLetters } from './letters/register'
import { registerReports } from './reports/register'
import { withOptions } from './pluginOptions'
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
    const hasRole = hasRoleWith(resolved)
    const collections = [
      applyOverride(createRegulations(hasRole), overrides?.regulations),
      applyOverride(createComplaints(hasRole, resolved.adminComponents), overrides?.complaints),
      applyOverride(createCommittees(hasRole), overrides?.committees),
      applyOverride(createLetters(hasRole), overrides?.letters),
      createComplaintAttachments(hasRole, resolved.attachmentsDir),
    ]
    const withCollections: Config = { ...config, collections: [...(config.collections ?? []), ...collections] }
    return [withOptions, registerLetters, registerIntake, registerReports].reduce((next, register) => register(next, resolved), withCollections)
  }
