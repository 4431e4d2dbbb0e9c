import { sql } from '@payloadcms/db-postgres'

import { executorOf, tableOf } from '../database/sql'
import { slugsOf } from '../slugs'

import type { PayloadRequest } from 'payload'

/** Deletes the reads recorded more than `days` days ago, in the request's transaction; how many went. */
export const deleteExpiredReads = async (req: PayloadRequest, days: number): Promise<number> => {
  const log = tableOf(req.payload, slugsOf(req).accessLog)
  const { rows } = await (
    await executorOf(req)
  ).execute(sql`
    with expired as (
      delete from ${log} where ${log.createdAt} < now() - make_interval(days => ${days})
      returning 1)
    select count(*)::int as deleted from expired`)
  return (rows[0] as { deleted: number }).deleted
}
