import type { CollectionBeforeOperationHook } from 'payload'

import { refusalError } from '../src/complaints/refusalError'
import { malformedFields } from '../src/security/malformedFields'
import { pathsWithForbiddenCharacters } from '../src/security/textSafety'

/**
 * Data as it was sent, before Payload or any hook reads it: every value has the shape of its
 * field (a row of a list is a row, an id is one a table can hold), a date is a day that exists
 * written as YYYY-MM-DD (never a number, never 30 February turned into 2 March), and no text
 * holds a character no record should hold. Each refusal names the field.
 */
export const refuseMalformedData: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = ((args as { data?: unknown }).data ?? {}) as Record<string, unknown>
  const integerIds = (req.payload.db as { defaultIDType?: string }).defaultIDType === 'number'
  const wrong = [
    ...malformedFields(collection.flattenedFields, data, integerIds),
    ...pathsWithForbiddenCharacters(data).map((field) => ({ rule: 'forbiddenCharacters', field })),
  ]
  if (wrong.length > 0) throw refusalError(collection.slug, wrong, req)
  return args
}
