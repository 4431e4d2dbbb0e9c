import type { CollectionConfig } from 'payload'

import { checkConsentToConsult } from '../../hooks/checkConsentToConsult'
import { checkLetterSending } from '../../hooks/checkLetterSending'
import { keepSentLetters } from '../../hooks/keepSentLetters'
import { meetDeadlineWithLetter } from '../../hooks/meetDeadlineWithLetter'
import { queueLetter } from '../../hooks/queueLetter'
import { recordDeletion } from '../../hooks/recordDeletion'
import { recordReads } from '../../hooks/recordReads'
import { refuseMalformedData } from '../../hooks/refuseMalformedData'
import { refuseUnknownIds } from '../../hooks/refuseUnknownIds'
import { refuseStaleSave } from '../../hooks/refuseStaleSave'
import { serialiseSaves } from '../../hooks/serialiseSaves'
import { computedField } from '../../src/access/complaintAccess'
import { letterAccess } from '../../src/access/letterAccess'
import { ADDRESSEES, LETTER_KINDS, LETTER_STATUSES } from '../../src/letters/kinds'
import { groupLabel, label } from '../../src/translations'
import { isoDateField } from '../fields/isoDateField'
import { fieldLabel, optionsOf } from '../fields/labels'

import type { PluginContext } from '../../src/pluginContext'

const readOnly = { readOnly: true }

/**
 * A letter to the complainant (or, asking information or inviting, to someone else), drafted from
 * the regulation's template; the one that was sent meets a deadline.
 */
export const createLetters = ({ hasRole, slugs, components }: PluginContext): CollectionConfig => ({
  slug: slugs.letters,
  labels: {
    singular: label('collection.letters.singular'),
    plural: label('collection.letters.plural'),
  },
  admin: {
    group: groupLabel('group.complaints'),
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'complaint', 'kind', 'status', 'sentOn'],
  },
  access: letterAccess(hasRole, slugs.complaints),
  hooks: {
    beforeOperation: [refuseUnknownIds, refuseMalformedData, serialiseSaves],
    beforeChange: [refuseStaleSave, keepSentLetters, checkLetterSending, checkConsentToConsult],
    afterChange: [queueLetter, meetDeadlineWithLetter],
    afterOperation: [recordReads('letters')],
    afterDelete: [recordDeletion],
  },
  fields: [
    {
      name: 'print',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: `${components.rsc}#LetterPrintLink` } },
    },
    // A letter stays with the complaint and the kind it was written for.
    {
      name: 'complaint',
      type: 'relationship',
      relationTo: slugs.complaints,
      required: true,
      index: true,
      label: fieldLabel('complaint'),
      access: { update: () => false },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: fieldLabel('letterKind'),
          options: optionsOf('letterKind', LETTER_KINDS),
          access: { update: () => false },
        },
        {
          name: 'language',
          type: 'select',
          defaultValue: 'nl',
          label: fieldLabel('language'),
          options: [
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ],
        },
      ],
    },
    // Most letters go to the complainant; a request for information or an invitation may go to
    // the employee concerned or someone else, who is named here (and, by post, their address).
    {
      name: 'addressee',
      type: 'group',
      label: fieldLabel('addressee'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'to',
              type: 'select',
              defaultValue: 'complainant',
              label: fieldLabel('to'),
              options: optionsOf('addressee', ADDRESSEES),
            },
            {
              name: 'name',
              type: 'text',
              label: fieldLabel('name'),
              admin: { condition: (_, sibling) => sibling?.to && sibling.to !== 'complainant' },
            },
          ],
        },
        {
          name: 'address',
          type: 'textarea',
          label: fieldLabel('address'),
          admin: { condition: (_, sibling) => sibling?.to && sibling.to !== 'complainant' },
        },
      ],
    },
    { name: 'subject', type: 'text', label: fieldLabel('subject') },
    { name: 'body', type: 'richText', label: fieldLabel('body') },
    {
      type: 'row',
      fields: [
        {
          name: 'channel',
          type: 'select',
          defaultValue: 'email',
          label: fieldLabel('channel'),
          options: optionsOf('letterChannel', ['email', 'post']),
        },
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
      // Every letter starts as a draft; the hooks decide which change of status is allowed.
      access: { create: () => false },
      admin: { position: 'sidebar', description: fieldLabel('letterStatusHelp') },
    },
    // Set when the letter goes out: by the outbox, or by whoever records a letter sent by post.
    isoDateField({
      name: 'sentOn',
      overrides: {
        access: { create: () => false },
        admin: { position: 'sidebar', description: fieldLabel('sentOnHelp') },
      },
    }),
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: fieldLabel('attempts'),
      access: computedField,
      admin: { ...readOnly, position: 'sidebar' },
    },
    {
      name: 'lastError',
      type: 'text',
      label: fieldLabel('lastError'),
      access: computedField,
      admin: { ...readOnly, position: 'sidebar' },
    },
  ],
})
