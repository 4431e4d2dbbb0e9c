import { isRegulationSlug } from '../intake/regulationInForce'
import { MAX_YEAR, MIN_YEAR } from '../procedure/dates'

import type { IsoDate } from '../procedure/dates'

const single = (value: unknown): string | undefined =>
  Array.isArray(value) ? single(value[0]) : typeof value === 'string' ? value : undefined

/** The year asked for; this year when none is; null when it is no year the calendar knows. */
export const requestedYear = (value: unknown, today: IsoDate): number | null => {
  const text = single(value)?.trim()
  if (!text) return Number(today.slice(0, 4))
  const year = Number(text)
  return /^\d{4}$/.test(text) && year >= MIN_YEAR && year <= MAX_YEAR ? year : null
}

/** The regulation code asked for; null (every regulation) when none or 'all' is; undefined when it cannot be a code. */
export const requestedRegulation = (value: unknown): string | null | undefined => {
  const text = single(value)?.trim()
  if (!text || text === 'all') return null
  return isRegulationSlug(text) ? text : undefined
}

/** A whole number within bounds, or the fallback. */
export const requestedNumber = (
  value: unknown,
  fallback: number,
  min: number,
  max: number,
): number => {
  const number = Number(single(value))
  return Number.isInteger(number) && number >= min && number <= max ? number : fallback
}

/** One of the allowed values, or the first of them. */
export const requestedChoice = <T extends string>(value: unknown, allowed: readonly T[]): T => {
  const text = single(value)
  return (allowed as readonly string[]).includes(text ?? '') ? (text as T) : allowed[0]!
}
