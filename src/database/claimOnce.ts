import { sql } from '@payloadcms/db-postgres'

import { slugsOf } from '../slugs'
import { columnOf, executorOf, tableOf } from './sql'

import type { PayloadRequest } from 'payload'

/**
 * True for the first claim of `key`, false for every later one, whichever instance or worker
 * makes it. The claim is a row of the counters table written in the request's transaction: a
 * second claimant waits until the first commits (then gets false) or rolls back (then gets
 * true), so work done under a claim in that transaction happens once. Kept `keepDays` days.
 */
export const claimOnce = async (
  req: PayloadRequest,
  key: string,
  keepDays: number,
): Promise<boolean> => {
  const table = tableOf(req.payload, slugsOf(req).rateLimits)
  const [keyColumn, hits, resetAt, updatedAt, createdAt] = [
    'key',
    'hits',
    'resetAt',
    'updatedAt',
    'createdAt',
  ].map((name) => columnOf(table, name))
  const executor = await executorOf(req)
  const { rows } = await executor.execute(sql`
    insert into ${table} (${keyColumn}, ${hits}, ${resetAt}, ${updatedAt}, ${createdAt})
    values (${`once:${key}`}, 1, now() + make_interval(days => ${keepDays}), now(), now())
    on conflict (${keyColumn}) do nothing
    returning 1 as claimed`)
  return rows.length === 1
}
