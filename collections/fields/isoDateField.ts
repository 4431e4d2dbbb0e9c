import { date as validDate } from 'payload/shared'

import type { DateField, DateFieldValidation } from 'payload'

import { isoDateOf, todayInAmsterdam } from '../../src/complaints/storedDates'
import { languageOf } from '../../src/complaints/refusalError'
import { formatDate } from '../../src/procedure/format'
import { translations } from '../../src/translations'
import { fieldLabel } from './labels'

/**
 * A date Payload can read, and for the record of an act (received, acknowledged, decided...) not
 * one after today: an act is recorded when it happened. The refusal names the field. (A day
 * that does not exist is refused before this, as written: see hooks/refuseImpossibleDates.)
 */
const validateDate =
  (labels: Record<string, string>, notInFuture: boolean): DateFieldValidation =>
  (value, options) => {
    const payloadCheck = validDate(value, options)
    if (payloadCheck !== true || !value) return payloadCheck
    const lang = languageOf(options.req)
    const label = labels[lang]
    const texts = translations[lang]
    const day = isoDateOf(value as string | Date)
    if (notInFuture && day && day > todayInAmsterdam()) return `${label}: ${texts['refusal.dateInFuture'].replace('{date}', formatDate(day, lang))}`
    return true
  }

/** A calendar date (no time of day), as the regulation counts its terms. */
export const isoDateField = ({ name, notInFuture = false, overrides }: { name: string; notInFuture?: boolean; overrides?: Partial<DateField> }): DateField => {
  const label = (overrides?.label ?? fieldLabel(name)) as Record<string, string>
  return {
    name,
    type: 'date',
    label,
    validate: validateDate(label, notInFuture),
    ...overrides,
    admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'EEE d MMM yyyy' }, ...overrides?.admin },
  } as DateField
}
