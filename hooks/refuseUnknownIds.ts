import { APIError, NotFound } from 'payload'

import type { CollectionBeforeOperationHook, FlattenedField, Where } from 'payload'

import { languageOf } from '../src/complaints/refusalError'
import { translations } from '../src/translations'

const INT4_ID = /^[1-9]\d{0,9}$/
const isInt4 = (value: unknown) => INT4_ID.test(String(value)) && Number(value) <= 2_147_483_647
const NUMBER = /^-?\d+$/

/** Values asked of an id or a relationship that no integer column holds: the database would fail on them. */
const impossibleIdsIn = (where: unknown, idFields: Set<string>): string[] => {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where as Record<string, unknown>).flatMap(([key, condition]) => {
    if ((key === 'and' || key === 'or') && Array.isArray(condition))
      return condition.flatMap((part) => impossibleIdsIn(part, idFields))
    if (!idFields.has(key.split('.')[0] ?? '') || !condition || typeof condition !== 'object')
      return []
    return Object.values(condition as Record<string, unknown>)
      .flatMap((value) =>
        Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value],
      )
      .filter(
        (value) =>
          (typeof value === 'number' || (typeof value === 'string' && NUMBER.test(value))) &&
          !isInt4(value) &&
          Number(value) !== 0,
      )
      .map((value) => `${key}: ${String(value).slice(0, 30)}`)
  })
}

const idFieldsOf = (fields: FlattenedField[]) =>
  new Set([
    'id',
    ...fields
      .filter(
        (field) =>
          (field.type === 'relationship' || field.type === 'upload') &&
          typeof field.relationTo === 'string',
      )
      .map((field) => field.name),
  ])

/**
 * An address that names no possible document (`/complaints/abc`, a number no column holds) is
 * answered 404, and a query for such an id 400, before either reaches the database, which
 * would fail on them.
 */
export const refuseUnknownIds: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if ((req.payload.db as { defaultIDType?: string }).defaultIDType !== 'number') return args
  const { id, where } = args as { id?: unknown; where?: Where }
  if (id !== undefined && id !== null && !isInt4(id)) throw new NotFound(req.t)
  const impossible = impossibleIdsIn(where, idFieldsOf(collection.flattenedFields))
  if (impossible.length > 0)
    throw new APIError(
      translations[languageOf(req)]['refusal.impossibleId'].replace(
        '{values}',
        impossible.join(', '),
      ),
      400,
      undefined,
      true,
    )
  return args
}
