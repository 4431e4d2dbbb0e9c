import { hasForbiddenCharacter } from '../security/textSafety'
import { fieldNamed } from './publicFields'

import type { FieldError } from './fieldErrors'

/** Line breaks and tabs belong in a description, not in a name. */
const LINE_BREAK = /[\r\n\t\u2028\u2029]/

/** The one value given for `name`; an error when it came more than once. */
export const single = (
  values: Map<string, unknown[]>,
  name: string,
  errors: FieldError[],
): unknown => {
  const given = values.get(name) ?? []
  if (given.length > 1) errors.push({ field: name, rule: 'givenTwice' })
  return given[0]
}

/**
 * A text answer, trimmed and in canonical Unicode form; null when left empty. Refuses what is
 * not a string, too long, or holds characters a stored complaint must not contain.
 */
export const readText = (
  values: Map<string, unknown[]>,
  name: string,
  errors: FieldError[],
): string | null => {
  const value = single(values, name, errors)
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') {
    errors.push({ field: name, rule: 'notText' })
    return null
  }
  if (hasForbiddenCharacter(value)) {
    errors.push({ field: name, rule: 'invalidCharacters' })
    return null
  }
  const text = value.normalize('NFC').trim()
  const field = fieldNamed(name)
  if (!field?.multiline && LINE_BREAK.test(text)) {
    errors.push({ field: name, rule: 'invalidCharacters' })
    return null
  }
  const max = field?.maxLength ?? 200
  if (text.length > max) {
    errors.push({ field: name, rule: 'tooLong', params: { max, length: text.length } })
    return null
  }
  return text === '' ? null : text
}

const TRUE = new Set(['true', 'on', '1', 'yes'])
const FALSE = new Set(['false', 'off', '0', 'no', ''])

/** A checkbox: JSON true/false, or what a form sends for it. */
export const readBoolean = (
  values: Map<string, unknown[]>,
  name: string,
  errors: FieldError[],
): boolean => {
  const value = single(values, name, errors)
  if (value === undefined || value === null || typeof value === 'boolean') return value === true
  if (
    typeof value === 'string' &&
    (TRUE.has(value.toLowerCase()) || FALSE.has(value.toLowerCase()))
  )
    return TRUE.has(value.toLowerCase())
  errors.push({ field: name, rule: 'notBoolean' })
  return false
}
