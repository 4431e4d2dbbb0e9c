import { isUsersRead } from '../src/accessLog/isUsersRead'
import { recordAccess } from '../src/accessLog/recordAccess'

import type { CollectionAfterOperationHook } from 'payload'
import type { ReadCollection } from '../src/accessLog/recordAccess'

const idsRead = (operation: string, result: unknown): (number | string)[] => {
  if (operation === 'findByID') return result ? [(result as { id: number | string }).id] : []
  if (operation === 'find')
    return (result as { docs: { id: number | string }[] }).docs.map((doc) => doc.id)
  return []
}

/** Every document a person reads of this collection goes into the access log: a list in one insert. */
export const recordReads =
  (collection: ReadCollection): CollectionAfterOperationHook =>
  async ({ operation, overrideAccess, req, result }) => {
    const ids = idsRead(operation, result)
    if (ids.length > 0 && isUsersRead(req, overrideAccess)) await recordAccess(req, collection, ids)
    return result
  }
