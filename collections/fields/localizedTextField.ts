import type { Field, GroupField } from 'payload'

import { fieldLabel } from './labels'

/** A text the complainant reads, in Dutch and English. */
export const localizedTextField = ({
  name,
  textarea = false,
}: {
  name: string
  textarea?: boolean
}): GroupField => ({
  name,
  type: 'group',
  label: fieldLabel(name),
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'nl',
          type: textarea ? 'textarea' : 'text',
          label: 'Nederlands',
          admin: { width: '50%' },
        } as Field,
        {
          name: 'en',
          type: textarea ? 'textarea' : 'text',
          label: 'English',
          admin: { width: '50%' },
        } as Field,
      ],
    },
  ],
})
