import type { CollectionBeforeChangeHook } from 'payload'

import { refusalError } from '../src/complaints/refusalError'

/**
 * A sent letter is the record of what the complainant received: it never changes, whoever saves
 * it (access rules alone are bypassed by trusted code).
 */
export const keepSentLetters: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation === 'update' && originalDoc?.status === 'sent') {
    throw refusalError(collection.slug, [{ rule: 'letterAlreadySent', field: 'status' }], req)
  }
  return data
}
