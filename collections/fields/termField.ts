import type { GroupField } from 'payload'

import { ANCHORS } from '../../src/procedure/rules'
import { TERM_UNITS } from '../../src/procedure/terms'
import type { TermUnit } from '../../src/procedure/terms'
import { fieldLabel, optionsOf } from './labels'

type TermFieldArgs = {
  name: string
  /** Whether the term counts from an event (receipt, official, decision...). */
  anchored?: boolean
  /** Shown under the field: what this term is for in the regulation. */
  description?: GroupField['admin']
  /** What a new regulation starts with, and the units the term may be given in. */
  defaults?: { amount?: number; unit?: TermUnit }
  units?: readonly TermUnit[]
}

/**
 * A term of the regulation, `{amount, unit, from}`. An empty amount means the regulation sets
 * no such term, so one shape serves every regulation.
 */
export const termField = ({
  name,
  anchored = true,
  description,
  defaults,
  units = TERM_UNITS,
}: TermFieldArgs): GroupField => ({
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
          defaultValue: defaults?.amount,
          label: fieldLabel('amount'),
          admin: { width: '25%' },
        },
        {
          name: 'unit',
          type: 'select',
          label: fieldLabel('unit'),
          defaultValue: defaults?.unit ?? 'weeks',
          options: optionsOf('unit', units),
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
