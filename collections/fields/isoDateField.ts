import { date as validDate } from 'payload/shared'

import type { DateField, DateFieldValidation } from 'payload'

import { isoDateOf, todayInAmsterdam } from '../../src/complaints/storedDates'
import { languageOf } from '../../src/complaints/refusalError'
import { formatDate } from '../../src/procedure/format'
import { translations } from '../../src/translations'
import { fieldLabel } from './labels'

const WRITTEN_DATE = /^(\d{4})-(\d{2})-(\d{2})/

/** "2026-02-30" names no day; JavaScript would silently read it as 2 March. */
const namesRealDay = (value: string): boolean => {
  const [, year, month, day] = WRITTEN_DATE.exec(value) ?? []
  if (!year) return true
  const moment = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  return moment.getUTCFullYear() === Number(year) && moment.getUTCMonth() === Number(month) - 1 && moment.getUTCDate() === Number(day)
}

/**
 * A real calendar date, and for the record of an act (received, acknowledged, decided...) not
 * one after today: an act is recorded when it happened. Each refusal names the field.
 */
const validateDate =
  (labels: Record<string, string>, notInFuture: boolean): DateFieldValidation =>
  (value, options) => {
    const payloadCheck = validDate(value, options)
    if (payloadCheck !== true || !value) return payloadCheck
    const lang = languageOf(options.req)
    const label = labels[lang]
    const texts = translations[lang]
    const written = String(value)
    if (!namesRealDay(written)) return `${label}: ${texts['refusal.dateDoesNotExist'].replace('{value}', written.slice(0, 10))}`
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
