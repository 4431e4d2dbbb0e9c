import type { CollectionConfig } from 'payload'

import { checkCommitteeComposition } from '../../hooks/checkCommitteeComposition'
import { keepCommitteeWithComplaints } from '../../hooks/keepCommitteeWithComplaints'
import { refuseMalformedData } from '../../hooks/refuseMalformedData'
import { refuseUnknownIds } from '../../hooks/refuseUnknownIds'
import { refuseStaleSave } from '../../hooks/refuseStaleSave'
import { serialiseSaves } from '../../hooks/serialiseSaves'
import { shareComplaintsWithCommittee } from '../../hooks/shareComplaintsWithCommittee'
import { groupLabel, label } from '../../src/translations'
import { fieldLabel } from '../fields/labels'

import type { PluginContext } from '../../src/pluginContext'

/** A complaints committee (klachtencommissie): its members handle the complaints assigned to it. */
export const createCommittees = ({
  hasRole,
  slugs,
  users,
  appointable,
}: PluginContext): CollectionConfig => ({
  slug: slugs.committees,
  labels: {
    singular: label('collection.committees.singular'),
    plural: label('collection.committees.plural'),
  },
  admin: { useAsTitle: 'name', group: groupLabel('group.complaints') },
  access: {
    read: ({ req }) => hasRole(req, 'admin', 'directie', 'handler'),
    create: ({ req }) => hasRole(req, 'admin', 'directie'),
    update: ({ req }) => hasRole(req, 'admin', 'directie'),
    delete: ({ req }) => hasRole(req, 'admin'),
  },
  hooks: {
    beforeOperation: [refuseUnknownIds, refuseMalformedData, serialiseSaves],
    beforeChange: [refuseStaleSave, checkCommitteeComposition],
    afterChange: [shareComplaintsWithCommittee],
    beforeDelete: [keepCommitteeWithComplaints],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: fieldLabel('name') },
    {
      name: 'members',
      type: 'relationship',
      relationTo: users,
      hasMany: true,
      label: fieldLabel('members'),
      ...(appointable ? { filterOptions: () => appointable } : {}),
    },
    { name: 'chair', type: 'relationship', relationTo: users, label: fieldLabel('chair') },
    {
      name: 'complaints',
      type: 'join',
      collection: slugs.complaints,
      on: 'committee',
      label: fieldLabel('complaints'),
    },
  ],
})
