import type { CollectionSlug, Field, Where } from 'payload'

import { appointedByManagement } from '../../src/access/roles'
import { isoDateField } from '../fields/isoDateField'
import { fieldLabel } from '../fields/labels'

export const text = (name: string, overrides: Partial<Field> = {}): Field =>
  ({ name, type: 'text', label: fieldLabel(name), ...overrides }) as Field
export const people = (users: CollectionSlug, name: string, hasMany = false): Field =>
  ({ name, type: 'relationship', relationTo: users, hasMany, label: fieldLabel(name) }) as Field

/** The date of an act: received, acknowledged, decided... recorded once it happened, never ahead. */
export const actDate = (args: {
  name: string
  overrides?: Parameters<typeof isoDateField>[0]['overrides']
}) => isoDateField({ ...args, notInFuture: true })

/**
 * Who handles the complaint reads it: only directie and admin appoint them, never the person
 * recording it; people are chosen from those who may be appointed.
 */
export const appointed = (field: Field, appointable?: Where): Field =>
  ({
    ...field,
    access: appointedByManagement,
    ...(appointable ? { filterOptions: () => appointable } : {}),
  }) as Field
