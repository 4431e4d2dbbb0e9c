import type { GroupField } from 'payload'

import { ANCHORS } from '../../src/procedure/rules'
import { TERM_UNITS } from '../../src/procedure/terms'
import { fieldLabel, optionsOf } from './labels'

type TermFieldArgs = {
  name: string
  /** Whether the term counts from an event (receipt, official, decision...). */
  anchored?: boolean
  /** Shown under the field: what this term is for in the regulation. */
  description?: GroupField['admin']
}

/**
 * A term of the regulation, `{amount, unit, from}`. An empty amount means the regulation sets
 * no such term, so one shape serves every regulation.
 */
export const termField = ({ name, anchored = true, description }: TermFieldArgs): GroupField => ({
  name,
  type: 'group',
  label: fieldLabel(name),
  admin: { ...description },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'amount',
          type: 'number',
          min: 0,
          label: fieldLabel('amount'),
          admin: { width: '25%' },
        },
        {
          name: 'unit',
          type: 'select',
          label: fieldLabel('unit'),
          defaultValue: 'weeks',
          options: optionsOf('unit', TERM_UNITS),
          admin: { width: '35%' },
        },
        ...(anchored
          ? [
              {
                name: 'from',
                type: 'select' as const,
                label: fieldLabel('from'),
                defaultValue: 'receipt',
                options: optionsOf('anchor', ANCHORS),
                admin: { width: '40%' },
              },
            ]
          : []),
      ],
    },
  ],
})
