import type { CollectionBeforeChangeHook } from 'payload'

import { refusalError } from '../src/complaints/refusalError'
import { storedDateOf, todayInAmsterdam } from '../src/complaints/storedDates'

/**
 * A sent letter is the record of what the complainant received: it never changes, whoever saves
 * it (access rules alone are bypassed by trusted code). A letter marked sent gets today's date if
 * none was given.
 */
export const keepSentLetters: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'update' && originalDoc?.status === 'sent') {
    throw refusalError('letters', [{ rule: 'letterAlreadySent', field: 'status' }], req)
  }
  if (data.status === 'sent' && !data.sentOn) data.sentOn = storedDateOf(todayInAmsterdam())
  return data
}
