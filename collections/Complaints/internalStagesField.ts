import type { Field } from 'payload'

import { fieldLabel, rowLabels } from '../fields/labels'
import { actDate, text } from './fieldHelpers'

/**
 * The internal stages the complaint moved up through (both IZW: the employee concerned, then the
 * coordinator or manager, then directie): which stage, from which day, who handles it there. A
 * stage is the key of one of the regulation's own (checkInternalStages); the case page moves a
 * complaint up by choosing it by name.
 */
export const internalStagesField: Field = {
  name: 'internalStages',
  type: 'array',
  labels: rowLabels('internalStage', 'internalStages'),
  label: fieldLabel('internalStagesOfComplaint'),
  admin: { description: fieldLabel('internalStagesOfComplaintHelp') },
  fields: [
    {
      type: 'row',
      fields: [
        text('stage', { required: true } as Partial<Field>),
        actDate({ name: 'on' }),
        text('handledBy'),
      ],
    },
  ],
}
