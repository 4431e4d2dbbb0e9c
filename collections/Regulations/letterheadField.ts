import type { Field } from 'payload'

import { fieldLabel } from '../fields/labels'

/** The sender of the regulation's printed letters: address block, place of the date line, contact. */
export const letterheadField: Field = {
  name: 'letterhead',
  type: 'group',
  label: fieldLabel('letterhead'),
  admin: { description: fieldLabel('letterheadHelp') },
  fields: [
    { name: 'address', type: 'textarea', label: fieldLabel('senderAddress') },
    {
      type: 'row',
      fields: [
        { name: 'place', type: 'text', label: fieldLabel('place') },
        { name: 'contact', type: 'text', label: fieldLabel('contactLine') },
      ],
    },
  ],
}
