import { APIError } from 'payload'

import type { CollectionBeforeChangeHook } from 'payload'

import { languageOf } from '../src/complaints/refusalError'
import { formatMoment } from '../src/complaints/formatMoment'
import { translations } from '../src/translations'

const momentOf = (value: unknown): number | null => {
  const time = typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : NaN
  return Number.isNaN(time) ? null : time
}

/**
 * A save made from a stale copy is refused: whoever sends the `updatedAt` of the version they
 * edited (the admin does; REST and GraphQL clients may) gets 409 when someone else saved in
 * between, instead of silently overwriting that change.
 */
export const refuseStaleSave: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || data.updatedAt === undefined || data.updatedAt === null) return data
  const seen = momentOf(data.updatedAt)
  const stored = momentOf(originalDoc?.updatedAt)
  if (seen === null || stored === null || seen === stored) return data
  const lang = languageOf(req)
  const message = translations[lang]['refusal.staleCopy'].replace(
    '{savedAt}',
    formatMoment(new Date(stored), lang),
  )
  throw new APIError(message, 409, { errors: [{ path: 'updatedAt', message }] }, true)
}
