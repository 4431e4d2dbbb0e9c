import type { CollectionConfig } from 'payload'

import { label } from '../src/translations'

export const Letters: CollectionConfig = {
  slug: 'letters',
  labels: { singular: label('collection.letters.singular'), plural: label('collection.letters.plural') },
  admin: { group: label('group.complaints') },
  fields: [
    { name: 'complaint', type: 'relationship', relationTo: 'complaints', required: true },
    { name: 'kind', type: 'text', required: true },
    { name: 'body', type: 'richText' },
    { name: 'status', type: 'select', options: ['draft', 'sent'], defaultValue: 'draft' },
    { name: 'sentOn', type: 'date' },
  ],
}
