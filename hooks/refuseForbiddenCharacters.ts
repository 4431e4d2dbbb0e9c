import type { CollectionBeforeValidateHook } from 'payload'

import { refusalError } from '../src/complaints/refusalError'
import { pathsWithForbiddenCharacters } from '../src/security/textSafety'

/**
 * The same characters the public form refuses are refused from staff too, over REST, GraphQL
 * and the admin: control characters, bidirectional overrides, noncharacters.
 */
export const refuseForbiddenCharacters: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const paths = pathsWithForbiddenCharacters(data ?? {})
  if (paths.length > 0) throw refusalError(collection.slug, paths.map((field) => ({ rule: 'forbiddenCharacters', field })), req)
  return data
}
