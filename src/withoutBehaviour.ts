import type { CollectionConfig } from 'payload'

/**
 * A collection of the disabled plugin: its schema (fields, so a migration never drops the
 * complaints) and access stay; its hooks, endpoints and the actions above its list go.
 */
export const withoutBehaviour = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {},
  endpoints: false,
  admin: {
    ...collection.admin,
    components: { ...collection.admin?.components, beforeListTable: undefined },
  },
})
