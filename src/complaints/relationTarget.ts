import type { CollectionSlug, SanitizedCollectionConfig } from 'payload'

/** The collection a relationship field of `collection` points to, so hooks follow renamed slugs. */
export const relationTarget = (
  collection: SanitizedCollectionConfig,
  field: string,
): CollectionSlug => {
  const found = collection.flattenedFields.find((candidate) => candidate.name === field)
  const target = found && 'relationTo' in found ? found.relationTo : undefined
  if (typeof target !== 'string')
    throw new Error(`${collection.slug}.${field} is not a relationship to one collection`)
  return target as CollectionSlug
}
