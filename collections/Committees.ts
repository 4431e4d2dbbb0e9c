import type { CollectionConfig } from 'payload'

import { label } from '../src/translations'

export const Committees: CollectionConfig = {
  slug: 'committees',
  labels: { singular: label('collection.committees.singular'), plural: label('collection.committees.plural') },
  admin: { useAsTitle: 'name', group: label('group.complaints') },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'members', type: 'relationship', relationTo: 'users', hasMany: true },
    { name: 'chair', type: 'relationship', relationTo: 'users' },
  ],
}
