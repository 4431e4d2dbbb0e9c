import { sql } from '@payloadcms/db-postgres'
import { inArray } from '@payloadcms/db-postgres/drizzle'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { executorOf, tableOf } from './sql'

import type { PayloadRequest } from 'payload'

/** `work` in the request's transaction, or in one of its own that commits when it succeeds and rolls back when it throws. */
export const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const owns = await initTransaction(req)
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

/**
 * Locks rows of a collection until the request's transaction ends: whoever locks them next waits,
 * then reads what this one stored. Ids the column cannot hold are left out.
 */
export const lockRows = async (
  req: PayloadRequest,
  slug: string,
  ids: (number | string)[],
): Promise<void> => {
  if (ids.length === 0) return
  const table = tableOf(req.payload, slug)
  const executor = await executorOf(req)
  await executor.execute(
    sql`select ${table.id} from ${table} where ${inArray(table.id as never, ids)} order by ${table.id} for update`,
  )
}
