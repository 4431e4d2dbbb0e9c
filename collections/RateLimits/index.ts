import type { CollectionConfig } from 'payload'

import type { PluginContext } from '../../src/pluginContext'

/**
 * Counters of the rate limits (public form, login), in PostgreSQL so every instance of the app
 * counts the same attempts. Internal: no access over any API, not shown in the admin.
 */
export const createRateLimits = ({ slugs }: Pick<PluginContext, 'slugs'>): CollectionConfig => ({
  slug: slugs.rateLimits,
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  graphQL: false,
  lockDocuments: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'hits', type: 'number', required: true },
    { name: 'resetAt', type: 'date', required: true, index: true },
  ],
})
