import type { CollectionConfig } from 'payload'

import { label } from '../src/translations'

export const Regulations: CollectionConfig = {
  slug: 'regulations',
  labels: { singular: label('collection.regulations.singular'), plural: label('collection.regulations.plural') },
  admin: { useAsTitle: 'name', group: label('group.complaints') },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'slug', type: 'text', required: true, index: true },
    { name: 'organisation', type: 'text', required: true },
    { name: 'clientCategory', type: 'text' },
    { name: 'effectiveFrom', type: 'date', required: true },
    { name: 'text', type: 'richText' },
    { name: 'rules', type: 'json', required: true },
  ],
}
