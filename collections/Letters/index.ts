import type { CollectionConfig } from 'payload'

import { readableComplaints } from '../../src/access/complaintAccess'
import { label } from '../../src/translations'
import { isoDateField } from '../fields/isoDateField'
import { fieldLabel, optionsOf } from '../fields/labels'

import type { RoleCheck } from '../../src/access/roles'

export const LETTER_KINDS = [
  'acknowledgement',
  'writtenConfirmationRequest',
  'committeeComposition',
  'nonAdmission',
  'extension',
  'decision',
  'closure',
  'appealAcknowledgement',
  'appealDecision',
  'referral',
  'satisfactionSurvey',
] as const

/** A letter to the complainant; the one that was sent is what meets a deadline. */
export const createLetters = (hasRole: RoleCheck): CollectionConfig => ({
  slug: 'letters',
  labels: { singular: label('collection.letters.singular'), plural: label('collection.letters.plural') },
  admin: { group: label('group.complaints'), defaultColumns: ['complaint', 'kind', 'status', 'sentOn'] },
  // A letter is as confidential as its complaint; once sent it is the record and never changes.
  access: {
    read: ({ req }) => (hasRole(req, 'admin', 'directie', 'handler') ? readableComplaints(hasRole, req, 'complaint.') : false),
    create: ({ req }) => hasRole(req, 'admin', 'directie', 'handler'),
    update: ({ req }) => {
      const readable = hasRole(req, 'admin', 'directie', 'handler') && readableComplaints(hasRole, req, 'complaint.')
      return readable ? { and: [readable, { status: { not_equals: 'sent' } }] } : false
    },
    delete: ({ req }) => (hasRole(req, 'admin') ? { status: { not_equals: 'sent' } } : false),
  },
  fields: [
    { name: 'complaint', type: 'relationship', relationTo: 'complaints', required: true, index: true, label: fieldLabel('complaint') },
    { name: 'kind', type: 'select', required: true, label: fieldLabel('letterKind'), options: optionsOf('letterKind', LETTER_KINDS) },
    { name: 'body', type: 'richText', label: fieldLabel('body') },
    { name: 'channel', type: 'select', defaultValue: 'email', label: fieldLabel('channel'), options: optionsOf('letterChannel', ['email', 'post']) },
    { name: 'status', type: 'select', defaultValue: 'draft', label: fieldLabel('status'), options: optionsOf('letterStatus', ['draft', 'sent']) },
    isoDateField({ name: 'sentOn' }),
  ],
})
