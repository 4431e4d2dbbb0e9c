import type { DateField } from 'payload'

import { fieldLabel } from './labels'

/** A calendar date (no time of day), as the regulation counts its terms. */
export const isoDateField = ({ name, overrides }: { name: string; overrides?: Partial<DateField> }): DateField =>
  ({
    name,
    type: 'date',
    label: overrides?.label ?? fieldLabel(name),
    ...overrides,
    admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'EEE d MMM yyyy' }, ...overrides?.admin },
  }) as DateField
