import type { CollectionConfig } from 'payload'

import { label } from '../src/translations'

export const Complaints: CollectionConfig = {
  slug: 'complaints',
  labels: { singular: label('collection.complaints.singular'), plural: label('collection.complaints.plural') },
  admin: { useAsTitle: 'reference', group: label('group.complaints') },
  fields: [
    { name: 'reference', type: 'text', unique: true },
    { name: 'regulation', type: 'relationship', relationTo: 'regulations', required: true },
    { name: 'receivedOn', type: 'date', required: true },
    { name: 'description', type: 'textarea', required: true },
    { name: 'status', type: 'text', defaultValue: 'received' },
  ],
}
