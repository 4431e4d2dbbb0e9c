import type { CollectionConfig, Where } from 'payload'

import { checkRegulationNotice } from '../../hooks/checkRegulationNotice'
import { refuseMalformedData } from '../../hooks/refuseMalformedData'
import { refuseStaleSave } from '../../hooks/refuseStaleSave'
import { refuseUnknownIds } from '../../hooks/refuseUnknownIds'
import { computedField } from '../../src/access/complaintAccess'
import { RECORDING_ROLES } from '../../src/access/roles'
import { NOTICE_CHANNELS } from '../../src/procedure/clientNotice'
import { groupLabel, label } from '../../src/translations'
import { actDate, people } from '../Complaints/fieldHelpers'
import { isoDateField } from '../fields/isoDateField'
import { fieldLabel, optionsOf } from '../fields/labels'

import type { PluginContext } from '../../src/pluginContext'

const readOnly = { ...computedField }

/**
 * One client brought to the regulation's attention at the start of their trajectory (IN FOCUS
 * Samen: "bij aanvang van het traject bij de cliënt onder de aandacht gebracht"). Staff who work
 * with clients record it, at the start or once it was given; directie and admin see every
 * record, the others the records they made or whose giving they recorded.
 */
export const createRegulationNotices = ({
  hasRole,
  slugs,
  users,
  components,
}: PluginContext): CollectionConfig => {
  const own = ({ req }: { req: Parameters<typeof hasRole>[0] }): boolean | Where => {
    if (hasRole(req, 'admin', 'directie')) return true
    if (!req.user || !hasRole(req, ...RECORDING_ROLES)) return false
    return {
      or: [{ recordedBy: { equals: req.user.id } }, { informedBy: { equals: req.user.id } }],
    }
  }
  return {
    slug: slugs.regulationNotices,
    labels: {
      singular: label('collection.regulationNotices.singular'),
      plural: label('collection.regulationNotices.plural'),
    },
    admin: {
      group: groupLabel('group.complaints'),
      useAsTitle: 'client',
      defaultColumns: ['client', 'regulation', 'trajectoryStartedOn', 'noticeDueOn', 'informedOn'],
    },
    access: {
      read: own,
      create: ({ req }) => hasRole(req, ...RECORDING_ROLES),
      update: own,
      // A record made by mistake, or a client's erasure request (AVG art. 17).
      delete: ({ req }) => hasRole(req, 'admin'),
    },
    hooks: {
      beforeOperation: [refuseUnknownIds, refuseMalformedData],
      beforeChange: [refuseStaleSave, checkRegulationNotice],
    },
    fields: [
      {
        name: 'client',
        type: 'text',
        required: true,
        maxLength: 200,
        label: fieldLabel('client'),
        admin: { description: fieldLabel('clientHelp') },
      },
      {
        name: 'regulation',
        type: 'relationship',
        relationTo: slugs.regulations,
        required: true,
        label: fieldLabel('regulation'),
      },
      {
        type: 'row',
        fields: [
          actDate({ name: 'trajectoryStartedOn', overrides: { required: true, index: true } }),
          actDate({
            name: 'informedOn',
            overrides: { index: true, admin: { description: fieldLabel('informedOnHelp') } },
          }),
          {
            name: 'informedHow',
            type: 'select',
            label: fieldLabel('informedHow'),
            options: optionsOf('noticeChannel', NOTICE_CHANNELS),
          },
        ],
      },
      { name: 'note', type: 'textarea', maxLength: 2000, label: fieldLabel('note') },
      {
        name: 'handout',
        type: 'ui',
        admin: { components: { Field: `${components.rsc}#NoticeHandout` } },
      },
      // Set by the hook: by when the regulation is owed, and how that was counted.
      isoDateField({
        name: 'noticeDueOn',
        overrides: {
          index: true,
          access: readOnly,
          admin: { readOnly: true, position: 'sidebar' },
        },
      }),
      {
        name: 'noticeDueExplanation',
        type: 'group',
        label: fieldLabel('noticeDueExplanation'),
        access: readOnly,
        admin: {
          position: 'sidebar',
          readOnly: true,
          condition: (data) => Boolean(data?.noticeDueExplanation?.nl),
        },
        fields: [
          { name: 'nl', type: 'textarea', label: 'Nederlands' },
          { name: 'en', type: 'textarea', label: 'English' },
        ],
      },
      // Who gave it (the person who saved the date it was given) and who made the record.
      {
        ...people(users, 'informedBy'),
        access: readOnly,
        admin: { readOnly: true, position: 'sidebar' },
      } as never,
      {
        ...people(users, 'recordedBy'),
        access: readOnly,
        admin: { readOnly: true, position: 'sidebar' },
      } as never,
      isoDateField({
        name: 'anonymisedOn',
        overrides: {
          access: readOnly,
          admin: {
            readOnly: true,
            position: 'sidebar',
            condition: (data) => Boolean(data?.anonymisedOn),
          },
        },
      }),
    ],
  }
}
