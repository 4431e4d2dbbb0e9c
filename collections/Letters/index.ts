import type { CollectionConfig } from 'payload'

import { keepSentLetters } from '../../hooks/keepSentLetters'
import { meetDeadlineWithLetter } from '../../hooks/meetDeadlineWithLetter'
import { queueLetter } from '../../hooks/queueLetter'
import { readableComplaints } from '../../src/access/complaintAccess'
import { LETTER_KINDS, LETTER_STATUSES } from '../../src/letters/kinds'
import { label } from '../../src/translations'
import { isoDateField } from '../fields/isoDateField'
import { fieldLabel, optionsOf } from '../fields/labels'

import type { RoleCheck } from '../../src/access/roles'

const readOnly = { readOnly: true }

/** A letter to the complainant, drafted from the regulation's template; the one that was sent meets a deadline. */
export const createLetters = (hasRole: RoleCheck): CollectionConfig => ({
  slug: 'letters',
  labels: { singular: label('collection.letters.singular'), plural: label('collection.letters.plural') },
  admin: { group: label('group.complaints'), useAsTitle: 'subject', defaultColumns: ['subject', 'complaint', 'kind', 'status', 'sentOn'] },
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
  hooks: { beforeChange: [keepSentLetters], afterChange: [queueLetter, meetDeadlineWithLetter] },
  fields: [
    { name: 'complaint', type: 'relationship', relationTo: 'complaints', required: true, index: true, label: fieldLabel('complaint') },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, label: fieldLabel('letterKind'), options: optionsOf('letterKind', LETTER_KINDS) },
        { name: 'language', type: 'select', defaultValue: 'nl', label: fieldLabel('language'), options: [{ value: 'nl', label: 'Nederlands' }, { value: 'en', label: 'English' }] },
      ],
    },
    { name: 'subject', type: 'text', label: fieldLabel('subject') },
    { name: 'body', type: 'richText', label: fieldLabel('body') },
    {
      type: 'row',
      fields: [
        { name: 'channel', type: 'select', defaultValue: 'email', label: fieldLabel('channel'), options: optionsOf('letterChannel', ['email', 'post']) },
        { name: 'recipient', type: 'email', label: fieldLabel('recipient') },
      ],
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      label: fieldLabel('status'),
      options: optionsOf('letterStatus', LETTER_STATUSES),
      admin: { position: 'sidebar', description: fieldLabel('letterStatusHelp') },
    },
    isoDateField({ name: 'sentOn', overrides: { admin: { position: 'sidebar' } } }),
    { name: 'attempts', type: 'number', defaultValue: 0, label: fieldLabel('attempts'), admin: { ...readOnly, position: 'sidebar' } },
    { name: 'lastError', type: 'text', label: fieldLabel('lastError'), admin: { ...readOnly, position: 'sidebar' } },
  ],
})
