import type { CollectionConfig } from 'payload'

import { checkReview } from '../../hooks/checkReview'
import { refuseMalformedData } from '../../hooks/refuseMalformedData'
import { refuseStaleSave } from '../../hooks/refuseStaleSave'
import { refuseUnknownIds } from '../../hooks/refuseUnknownIds'
import { REVIEW_PERIOD_KEYS } from '../../src/procedure/review'
import { groupLabel, label } from '../../src/translations'
import { actDate, people } from '../Complaints/fieldHelpers'
import { fieldLabel, optionsOf } from '../fields/labels'

import type { PluginContext } from '../../src/pluginContext'

/**
 * The periodic review (periodieke analyse) of a regulation's complaints: over which period, when
 * and by whom, what it concluded about trends and which measures follow (HSS: at least every
 * quarter; Krachtig Perspectief: the register analysed for trends). Directie keeps them.
 */
export const createReviews = ({ hasRole, slugs, users }: PluginContext): CollectionConfig => ({
  slug: slugs.reviews,
  labels: {
    singular: label('collection.reviews.singular'),
    plural: label('collection.reviews.plural'),
  },
  admin: {
    group: groupLabel('group.complaints'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'reviewedOn', 'regulation'],
  },
  access: {
    read: ({ req }) => hasRole(req, 'admin', 'directie', 'handler'),
    create: ({ req }) => hasRole(req, 'admin', 'directie'),
    update: ({ req }) => hasRole(req, 'admin', 'directie'),
    delete: ({ req }) => hasRole(req, 'admin'),
  },
  hooks: {
    beforeOperation: [refuseUnknownIds, refuseMalformedData],
    beforeChange: [refuseStaleSave, checkReview],
  },
  fields: [
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
        {
          name: 'year',
          type: 'number',
          required: true,
          min: 2000,
          max: 2100,
          label: fieldLabel('year'),
        },
        {
          name: 'period',
          type: 'select',
          required: true,
          label: fieldLabel('period'),
          options: optionsOf('reviewPeriodKey', REVIEW_PERIOD_KEYS),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        actDate({ name: 'reviewedOn', overrides: { required: true } }),
        people(users, 'reviewedBy', true),
      ],
    },
    { name: 'conclusions', type: 'textarea', required: true, label: fieldLabel('conclusions') },
    { name: 'measures', type: 'textarea', label: fieldLabel('measures') },
    // "HSS 2026, 3e kwartaal": set by the hook, for the list and the report.
    { name: 'title', type: 'text', admin: { readOnly: true }, label: fieldLabel('title') },
  ],
})
