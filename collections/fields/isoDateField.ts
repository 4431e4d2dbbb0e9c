import { date as validDate } from 'payload/shared'

import type { DateField, DateFieldValidation } from 'payload'

import { isoDateOf, todayInAmsterdam } from '../../src/complaints/storedDates'
import { formatDate } from '../../src/procedure/format'
import { languageOf, textOf } from '../../src/translations/text'
import { fieldLabel } from './labels'

/**
 * A date Payload can read, and for the record of an act (received, acknowledged, decided...) not
 * one after today: an act is recorded when it happened. The refusal names the field. (A day
 * that does not exist is refused before this, as written: see hooks/refuseImpossibleDates.)
 */
const validateDate =
  (label: DateField['label'], notInFuture: boolean): DateFieldValidation =>
  (value, options) => {
    const payloadCheck = validDate(value, options)
    if (payloadCheck !== true || !value || !notInFuture) return payloadCheck
    const { req } = options
    const day = isoDateOf(value as string | Date)
    if (!day || day <= todayInAmsterdam()) return true
    const lang = languageOf(req)
    const name =
      typeof label === 'function'
        ? label({ i18n: req.i18n, t: req.t })
        : typeof label === 'string'
          ? label
          : ''
    return `${name}: ${(textOf(req, 'refusal.dateInFuture') ?? '').replace('{date}', formatDate(day, lang))}`
  }

/** A calendar date (no time of day), as the regulation counts its terms. */
export const isoDateField = ({
  name,
  notInFuture = false,
  overrides,
}: {
  name: string
  notInFuture?: boolean
  overrides?: Partial<DateField>
}): DateField => {
  const label = overrides?.label ?? fieldLabel(name)
  return {
    name,
    type: 'date',
    label,
    validate: validateDate(label, notInFuture),
    ...overrides,
    admin: {
      date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
      ...overrides?.admin,
    },
  } as DateField
}
