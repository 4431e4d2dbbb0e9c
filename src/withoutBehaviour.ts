import type { CollectionConfig } from 'payload'

/**
 * A collection of the disabled plugin: its schema (fields, so a migration never drops the
 * complaints) and access stay; its hooks and endpoints go.
 */
export const withoutBehaviour = (collection: CollectionConfig): CollectionConfig => ({ ...collection, hooks: {}, endpoints: false })
