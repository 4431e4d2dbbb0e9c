import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { lockRows } from '../src/database/transaction'
import { tableOf } from '../src/database/sql'
import { asSlug } from '../src/slugs'

const INT4 = /^[1-9]\d{0,8}$|^[12]\d{9}$/

/** Ids as the id column takes them; anything it cannot hold matches no row (Payload answers 404). */
const usableIds = (ids: unknown[], integerIds: boolean): (string | number)[] =>
  ids.map(String).filter((id) => !integerIds || (INT4.test(id) && Number(id) <= 2_147_483_647))

const matchingIds = async (
  req: PayloadRequest,
  slug: string,
  where: Where | undefined,
): Promise<unknown[]> => {
  const { docs } = await req.payload.find({
    collection: asSlug(slug),
    where,
    select: {},
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return docs.map((doc) => doc.id)
}

/**
 * Two saves of the same document run one after the other: the rows are locked in the save's
 * transaction before Payload reads the document it changes, so the second save starts from
 * what the first one stored. Partial saves merge without loss, and of two conflicting status
 * changes the second is judged against the first one's result.
 */
export const serialiseSaves: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if ((operation !== 'update' && operation !== 'delete') || !req.transactionID) return args
  const table = tableOf(req.payload, collection.slug)
  const integerIds = /serial|integer/i.test(
    String((table.id as { columnType?: string }).columnType),
  )
  const { id, where } = args as { id?: number | string | null; where?: Where }
  const asked =
    id !== undefined && id !== null ? [id] : await matchingIds(req, collection.slug, where)
  const ids = usableIds(asked, integerIds)
  await lockRows(req, collection.slug, ids)
  return args
}
