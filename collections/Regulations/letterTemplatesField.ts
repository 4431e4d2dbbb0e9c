import type { Field } from 'payload'

import { LETTER_KINDS } from '../../src/letters/kinds'
import { MERGE_FIELD_NAMES } from '../../src/letters/mergeValues'
import { label } from '../../src/translations'
import { fieldLabel, optionsOf, rowLabels } from '../fields/labels'

const mergeFields = MERGE_FIELD_NAMES.map((name) => `{{${name}}}`).join(', ')
const help = label('field.letterTemplatesHelp')

/** The regulation's own letters, in rich text with merge fields, per kind and language. */
export const letterTemplatesField: Field = {
  name: 'letterTemplates',
  type: 'array',
  labels: rowLabels('letterTemplate', 'letterTemplates'),
  label: fieldLabel('letterTemplates'),
  admin: { description: (args) => help(args).replace('{fields}', mergeFields) },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: fieldLabel('letterKind'),
          options: optionsOf('letterKind', LETTER_KINDS),
        },
        {
          name: 'language',
          type: 'select',
          required: true,
          defaultValue: 'nl',
          label: fieldLabel('language'),
          options: [
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ],
        },
      ],
    },
    { name: 'subject', type: 'text', label: fieldLabel('subject') },
    { name: 'body', type: 'richText', required: true, label: fieldLabel('body') },
  ],
}
