import type { CollectionConfig } from 'payload'

import { keepAuditLog, keepAuditLogEntries } from '../../hooks/keepAuditLog'
import { refuseUnknownIds } from '../../hooks/refuseUnknownIds'
import { logAccess } from '../../src/access/logAccess'
import { groupLabel, label } from '../../src/translations'
import { fieldLabel, optionsOf } from '../fields/labels'

import type { PluginContext } from '../../src/pluginContext'

export const AUDIT_ACTIONS = [
  'deleted',
  'anonymised',
  'erased',
  'exported',
  'surveyAnswered',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/**
 * What happened to the case files that is not in their own history (deletions, anonymisation,
 * erasure, exports), and the one write nobody logged in makes: a survey answered through its
 * private link. Written by the plugin only, read by the administrator, never changed or removed
 * by anyone.
 */
export const createAuditLog = ({ hasRole, slugs, users }: PluginContext): CollectionConfig => ({
  slug: slugs.auditLog,
  labels: {
    singular: label('collection.auditLog.singular'),
    plural: label('collection.auditLog.plural'),
  },
  admin: {
    group: groupLabel('group.complaints'),
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'documentCollection', 'reference', 'userEmail'],
    hidden: ({ user }) => !user,
  },
  access: logAccess(hasRole),
  lockDocuments: false,
  hooks: {
    beforeOperation: [refuseUnknownIds],
    beforeChange: [keepAuditLogEntries],
    beforeDelete: [keepAuditLog],
  },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: fieldLabel('auditAction'),
      options: optionsOf('auditAction', AUDIT_ACTIONS),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'documentCollection',
          type: 'text',
          required: true,
          label: fieldLabel('documentCollection'),
        },
        {
          name: 'documentId',
          type: 'text',
          required: true,
          index: true,
          label: fieldLabel('documentId'),
        },
      ],
    },
    { name: 'reference', type: 'text', index: true, label: fieldLabel('reference') },
    { name: 'summary', type: 'text', label: fieldLabel('summary') },
    {
      type: 'row',
      fields: [
        { name: 'user', type: 'relationship', relationTo: users, label: fieldLabel('auditUser') },
        { name: 'userEmail', type: 'text', label: fieldLabel('email') },
      ],
    },
  ],
})
