import type { Field, FieldAccess } from 'payload'

import { computedField } from '../../src/access/complaintAccess'
import { isoDateField } from '../fields/isoDateField'
import { fieldLabel } from '../fields/labels'

import type { PluginContext } from '../../src/pluginContext'

/**
 * How long the file is kept (src/privacy): a legal hold that directie or the administrator puts
 * on it stops the anonymisation; the day it was anonymised and, when it was erased on the
 * complainant's request, the reason, are written by the plugin only.
 */
export const privacyFields = ({ hasRole }: Pick<PluginContext, 'hasRole'>): Field[] => {
  const management: FieldAccess = ({ req }) => hasRole(req, 'admin', 'directie')
  const byManagement = { create: management, update: management }
  return [
    {
      type: 'row',
      fields: [
        {
          name: 'legalHold',
          type: 'checkbox',
          defaultValue: false,
          label: fieldLabel('legalHold'),
          access: byManagement,
        },
        {
          name: 'legalHoldReason',
          type: 'text',
          label: fieldLabel('legalHoldReason'),
          access: byManagement,
          admin: { condition: (_, sibling) => Boolean(sibling?.legalHold) },
        },
      ],
    },
    isoDateField({
      name: 'anonymisedOn',
      overrides: {
        index: true,
        access: computedField,
        admin: { readOnly: true, condition: (data) => Boolean(data?.anonymisedOn) },
      },
    }),
    {
      name: 'erasureReason',
      type: 'text',
      label: fieldLabel('erasureReason'),
      access: computedField,
      admin: { readOnly: true, condition: (data) => Boolean(data?.erasureReason) },
    },
  ]
}
