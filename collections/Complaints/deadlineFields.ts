import type { Field } from 'payload'

import type { PluginContext } from '../../src/pluginContext'

import { computedField } from '../../src/access/complaintAccess'
import { DEADLINE_KINDS } from '../../src/procedure/deadline'
import { isoDateField } from '../fields/isoDateField'
import { label } from '../../src/translations'
import { fieldLabel, optionsOf } from '../fields/labels'

const readOnly = { readOnly: true }

/**
 * Every deadline as a stored, indexed date: the overdue view and the yearly report are
 * queries over these columns. Hooks compute them; nobody edits them by hand.
 */
export const deadlineFields = (components: PluginContext['components']): Field[] => [
  {
    type: 'row',
    fields: [
      isoDateField({
        name: 'nextDeadline',
        overrides: {
          index: true,
          access: computedField,
          admin: { ...readOnly, components: { Cell: `${components.client}#DeadlineCell` } },
        },
      }),
      {
        name: 'nextDeadlineKind',
        type: 'select',
        access: computedField,
        label: fieldLabel('nextDeadlineKind'),
        options: optionsOf('deadline', DEADLINE_KINDS),
        admin: readOnly,
      },
    ],
  },
  {
    name: 'deadlines',
    type: 'group',
    label: fieldLabel('deadlines'),
    access: computedField,
    admin: readOnly,
    fields: DEADLINE_KINDS.map((kind) =>
      isoDateField({
        name: kind,
        overrides: { label: label(`deadline.${kind}` as const), index: true, admin: readOnly },
      }),
    ),
  },
  {
    name: 'deadlineExplanations',
    type: 'json',
    access: computedField,
    label: fieldLabel('deadlineExplanations'),
    admin: { ...readOnly, components: { Field: `${components.client}#LocalizedNotesField` } },
  },
  {
    name: 'admissibilityIssues',
    type: 'json',
    access: computedField,
    label: fieldLabel('admissibilityIssues'),
    admin: { ...readOnly, components: { Field: `${components.client}#LocalizedNotesField` } },
  },
]
