import type { Field } from 'payload'

import type { PluginContext } from '../../src/pluginContext'

import { fieldLabel } from '../fields/labels'
import { actDate, people, text } from './fieldHelpers'

/**
 * The complaint at an external body (klachtenfunctionaris, Klachtenportaal Zorg): which body, the
 * day it received the complaint (referred by the organisation, or brought there directly), the
 * body's contact with the complainant that its term asks for, and its advice or outcome.
 */
export const referralFields = ({ users }: Pick<PluginContext, 'users'>): Field[] => [
  {
    type: 'row',
    fields: [
      text('referredTo', {
        admin: { description: fieldLabel('referredToHelp') },
      } as Partial<Field>),
      actDate({ name: 'referredOn' }),
      people(users, 'referredBy'),
    ],
  },
  { name: 'arrivedThroughBody', type: 'checkbox', label: fieldLabel('arrivedThroughBody') },
  actDate({ name: 'bodyContactedOn' }),
  { name: 'bodyAdvice', type: 'textarea', label: fieldLabel('bodyAdvice') },
]
