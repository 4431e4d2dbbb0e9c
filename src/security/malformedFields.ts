import type { FlattenedField } from 'payload'

/** What is wrong with one value, named for the refusal: the field's path, the rule, what fills its text. */
export type Malformed = {
  field: string
  rule: 'dateNotWritten' | 'dateDoesNotExist' | 'wrongShape'
  params: Record<string, string>
}

const WRITTEN_DATE = /^(\d{4})-(\d{2})-(\d{2})/
/** ISO 8601: a day, optionally with a time and a zone, as the admin and every API client send it. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/
/** A number written as text, as a form sends it. */
const NUMERIC = /^-?\d+(\.\d+)?$/
/** An id a serial column holds. */
const INT4_ID = /^[1-9]\d{0,9}$/

/** "2026-02-30" names no day; JavaScript would silently read it as 2 March. */
export const namesRealDay = (value: string): boolean => {
  const [, year, month, day] = WRITTEN_DATE.exec(value) ?? []
  if (!year) return true
  const moment = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  return (
    moment.getUTCFullYear() === Number(year) &&
    moment.getUTCMonth() === Number(month) - 1 &&
    moment.getUTCDate() === Number(day)
  )
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const shown = (value: unknown) =>
  String(typeof value === 'object' ? JSON.stringify(value) : value).slice(0, 30)

const isId = (value: unknown, integerIds: boolean): boolean => {
  const id = isObject(value) ? value.id : value
  if (!integerIds)
    return typeof id === 'string' ? id.length > 0 && id.length <= 64 : typeof id === 'number'
  return (
    (typeof id === 'number' || typeof id === 'string') &&
    INT4_ID.test(String(id)) &&
    Number(id) <= 2_147_483_647
  )
}

const optionValues = (field: FlattenedField): string[] =>
  'options' in field
    ? (field.options as ({ value: string } | string)[]).map((option) =>
        typeof option === 'string' ? option : option.value,
      )
    : []

/** The rule a single value breaks, or null: the shape its field asks, before anything reads it. */
const wrongValue = (
  field: FlattenedField,
  value: unknown,
  integerIds: boolean,
): Malformed['rule'] | null => {
  switch (field.type) {
    case 'date':
      if (value instanceof Date) return null
      if (typeof value !== 'string' || !ISO_DATE.test(value)) return 'dateNotWritten'
      return namesRealDay(value) ? null : 'dateDoesNotExist'
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return typeof value === 'string' ? null : 'wrongShape'
    case 'number':
      return (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && NUMERIC.test(value.trim()))
        ? null
        : 'wrongShape'
    case 'checkbox':
      return typeof value === 'boolean' || value === 'true' || value === 'false'
        ? null
        : 'wrongShape'
    case 'select': {
      const allowed = optionValues(field)
      const given = field.hasMany && Array.isArray(value) ? value : [value]
      return !field.hasMany && Array.isArray(value)
        ? 'wrongShape'
        : given.every((each) => typeof each === 'string' && allowed.includes(each))
          ? null
          : 'wrongShape'
    }
    case 'relationship':
    case 'upload':
      if (typeof field.relationTo !== 'string' || value === 'none' || value === 'null') return null
      if (field.hasMany)
        return Array.isArray(value) && value.every((each) => isId(each, integerIds))
          ? null
          : 'wrongShape'
      return isId(value, integerIds) ? null : 'wrongShape'
    case 'richText':
      return isObject(value) ? null : 'wrongShape'
    default:
      return null
  }
}

/**
 * Every value of `data` that does not have the shape of its field (a list that is no list, a
 * number that is text, an id no table holds, a choice that is not one, a date that is no day),
 * with the path of the field. The collection's hooks read the data before Payload's own
 * validation runs, so the shape is checked first. What Payload's admin itself sends (an emptied
 * list as 0, numbers and checkboxes as text, "none" for no relation) passes.
 */
export const malformedFields = (
  fields: FlattenedField[],
  data: Record<string, unknown>,
  integerIds: boolean,
  path: string[] = [],
): Malformed[] =>
  fields.flatMap((field): Malformed[] => {
    if (!('name' in field) || !(field.name in data)) return []
    const value = data[field.name]
    const at = [...path, field.name]
    if (
      value === null ||
      value === undefined ||
      (value === '' && field.type !== 'text' && field.type !== 'textarea')
    )
      return []
    if (field.type === 'group' || field.type === 'tab') {
      if (!isObject(value))
        return [{ field: at.join('.'), rule: 'wrongShape', params: { value: shown(value) } }]
      return malformedFields(field.flattenedFields, value, integerIds, at)
    }
    if (field.type === 'array') {
      // The admin sends a list it emptied as its number of rows, 0.
      if (value === 0 || value === '0') return []
      if (!Array.isArray(value) || !value.every(isObject))
        return [{ field: at.join('.'), rule: 'wrongShape', params: { value: shown(value) } }]
      return value.flatMap((row, index) =>
        malformedFields(field.flattenedFields, row, integerIds, [...at, String(index)]),
      )
    }
    const rule = wrongValue(field, value, integerIds)
    return rule ? [{ field: at.join('.'), rule, params: { value: shown(value) } }] : []
  })
