import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { keepBoundVersionsUnchanged } from '../../hooks/keepBoundVersionsUnchanged'
import { refuseMalformedData } from '../../hooks/refuseMalformedData'
import { refuseUnknownIds } from '../../hooks/refuseUnknownIds'
import { refuseStaleSave } from '../../hooks/refuseStaleSave'
import { serialiseSaves } from '../../hooks/serialiseSaves'
import { fromModelEndpoint } from '../../src/regulations/fromModelEndpoint'

import { languageOf } from '../../src/complaints/refusalError'
import { isRegulationSlug } from '../../src/intake/regulationInForce'
import { groupLabel, label, translations } from '../../src/translations'
import { isoDateField } from '../fields/isoDateField'
import { fieldLabel } from '../fields/labels'
import { localizedTextField } from '../fields/localizedTextField'
import { letterheadField } from './letterheadField'
import { letterTemplatesField } from './letterTemplatesField'
import { rulesField } from './rulesFields'

import type { PluginContext } from '../../src/pluginContext'

const slugFormat: TextFieldSingleValidation = (value, { req }) =>
  isRegulationSlug(value) || translations[languageOf(req)]['refusal.slugFormat']

/**
 * One document is one version of a regulation: versions share a slug and differ in
 * `effectiveFrom`. A complaint is bound to the version in force on its receipt date.
 */
export const createRegulations = ({
  hasRole,
  slugs,
  components,
}: PluginContext): CollectionConfig => ({
  slug: slugs.regulations,
  labels: {
    singular: label('collection.regulations.singular'),
    plural: label('collection.regulations.plural'),
  },
  admin: {
    useAsTitle: 'name',
    group: groupLabel('group.complaints'),
    defaultColumns: ['name', 'slug', 'clientCategory', 'effectiveFrom'],
    components: { beforeListTable: [`${components.rsc}#ModelRegulationStart`] },
  },
  endpoints: [fromModelEndpoint(hasRole)],
  // The regulation is public: complainants may read the text they complain under.
  access: {
    read: () => true,
    create: ({ req }) => hasRole(req, 'admin'),
    update: ({ req }) => hasRole(req, 'admin'),
    delete: ({ req }) => hasRole(req, 'admin'),
  },
  hooks: {
    beforeOperation: [refuseUnknownIds, refuseMalformedData, serialiseSaves],
    beforeChange: [refuseStaleSave, keepBoundVersionsUnchanged],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: fieldLabel('tabRegulation'),
          fields: [
            { name: 'name', type: 'text', required: true, label: fieldLabel('name') },
            {
              type: 'row',
              fields: [
                // The code is in the form's address: lower case, digits and hyphens.
                {
                  name: 'slug',
                  type: 'text',
                  required: true,
                  index: true,
                  label: fieldLabel('slug'),
                  validate: slugFormat,
                  admin: { width: '50%' },
                },
                {
                  name: 'organisation',
                  type: 'text',
                  required: true,
                  label: fieldLabel('organisation'),
                  admin: { width: '50%' },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'clientCategory',
                  type: 'text',
                  label: fieldLabel('clientCategory'),
                  admin: { width: '33%' },
                },
                {
                  name: 'version',
                  type: 'text',
                  label: fieldLabel('version'),
                  admin: { width: '33%' },
                },
                isoDateField({
                  name: 'effectiveFrom',
                  overrides: { required: true, index: true, admin: { width: '34%' } },
                }),
              ],
            },
            // Off: the date is that of the text's last change, and a complaint received before the first version still binds to it.
            {
              name: 'effectiveFromStrict',
              type: 'checkbox',
              defaultValue: false,
              label: fieldLabel('effectiveFromStrict'),
              admin: { description: fieldLabel('effectiveFromStrictHelp') },
            },
            localizedTextField({ name: 'summary', textarea: true }),
            { name: 'text', type: 'richText', label: fieldLabel('text') },
            {
              name: 'textEn',
              type: 'richText',
              label: fieldLabel('textEn'),
              admin: { description: fieldLabel('textEnHelp') },
            },
          ],
        },
        { label: fieldLabel('rules'), fields: [rulesField] },
        { label: fieldLabel('tabLetters'), fields: [letterheadField, letterTemplatesField] },
      ],
    },
  ],
})
