import { idsRead } from '../src/accessLog/idsRead'
import { isUsersRead } from '../src/accessLog/isUsersRead'
import { recordAccess } from '../src/accessLog/recordAccess'

import type { CollectionAfterOperationHook } from 'payload'
import type { ReadCollection } from '../src/accessLog/recordAccess'

/**
 * Every document a person reads of this collection goes into the access log: a list in one
 * insert. (The hook is named, so a benchmark can tell it from the collection's other hooks.)
 */
export const recordReads = (collection: ReadCollection): CollectionAfterOperationHook =>
  async function recordReadsHook({ operation, overrideAccess, req, result }) {
    const ids = idsRead(operation, result)
    if (ids.length > 0 && isUsersRead(req, overrideAccess)) await recordAccess(req, collection, ids)
    return result
  }
