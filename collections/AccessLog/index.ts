import type { CollectionConfig } from 'payload'

import { keepAccessLog, refuseAccessLogWrites } from '../../hooks/keepAccessLog'
import { refuseUnknownIds } from '../../hooks/refuseUnknownIds'
import { ACCESS_PATHS } from '../../src/accessLog/paths'
import { logAccess } from '../../src/access/logAccess'
import { groupLabel, label } from '../../src/translations'
import { fieldLabel, optionsOf } from '../fields/labels'

import type { PluginContext } from '../../src/pluginContext'

const text = (name: string, labelOf = name) => ({
  name,
  type: 'text' as const,
  label: fieldLabel(labelOf),
})

/**
 * Who read which complaint, letter or attachment, when and through which path (AVG art. 5 and
 * 32: confidentiality, and being able to show it). Written by the plugin only, in SQL; read by the
 * administrator; changed or removed by nobody, except its own retention.
 */
export const createAccessLog = ({ hasRole, slugs, users }: PluginContext): CollectionConfig => ({
  slug: slugs.accessLog,
  labels: {
    singular: label('collection.accessLog.singular'),
    plural: label('collection.accessLog.plural'),
  },
  admin: {
    group: groupLabel('group.complaints'),
    useAsTitle: 'reference',
    defaultColumns: ['createdAt', 'reference', 'documentCollection', 'path', 'userEmail'],
    hidden: ({ user }) => !user,
  },
  access: logAccess(hasRole),
  lockDocuments: false,
  hooks: {
    beforeOperation: [refuseUnknownIds],
    beforeChange: [refuseAccessLogWrites],
    beforeDelete: [keepAccessLog],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'user', type: 'relationship', relationTo: users, label: fieldLabel('readBy') },
        text('userEmail', 'email'),
      ],
    },
    {
      type: 'row',
      fields: [
        { ...text('reference'), index: true },
        { ...text('complaintId'), index: true },
      ],
    },
    {
      type: 'row',
      fields: [text('documentCollection'), text('documentId')],
    },
    {
      name: 'path',
      type: 'select',
      required: true,
      label: fieldLabel('accessPath'),
      options: optionsOf('accessPath', ACCESS_PATHS),
    },
  ],
})
