import type { CollectionBeforeValidateHook, FlattenedField } from 'payload'

import { refusalError } from '../src/complaints/refusalError'

const WRITTEN_DATE = /^(\d{4})-(\d{2})-(\d{2})/

/** "2026-02-30" names no day; JavaScript would silently read it as 2 March. */
export const namesRealDay = (value: string): boolean => {
  const [, year, month, day] = WRITTEN_DATE.exec(value) ?? []
  if (!year) return true
  const moment = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  return moment.getUTCFullYear() === Number(year) && moment.getUTCMonth() === Number(month) - 1 && moment.getUTCDate() === Number(day)
}

/** The paths of date fields in `data` written as a day that does not exist. */
const impossibleDates = (fields: FlattenedField[], data: Record<string, unknown>, path: string[] = []): string[] =>
  fields.flatMap((field) => {
    const value = data[field.name]
    if (field.type === 'date') return typeof value === 'string' && !namesRealDay(value) ? [[...path, field.name].join('.')] : []
    if (field.type === 'group' && value && typeof value === 'object') return impossibleDates(field.flattenedFields, value as Record<string, unknown>, [...path, field.name])
    if (field.type === 'array' && Array.isArray(value)) return value.flatMap((row, index) => (row && typeof row === 'object' ? impossibleDates(field.flattenedFields, row, [...path, field.name, String(index)]) : []))
    return []
  })

/**
 * Dates as they were written, before anything reads them as a moment: a day that does not
 * exist is refused, naming the field, instead of becoming another day.
 */
export const refuseImpossibleDates: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const paths = impossibleDates(collection.flattenedFields, (data ?? {}) as Record<string, unknown>)
  if (paths.length > 0) throw refusalError(collection.slug, paths.map((field) => ({ rule: 'dateDoesNotExist', field, params: { value: String(pathValue(data, field)).slice(0, 10) } })), req)
  return data
}

const pathValue = (data: unknown, path: string): unknown => path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data)
