import { sql } from '@payloadcms/db-postgres'

import type { Payload } from 'payload'

import { columnOf, databaseOf, tableOf } from '../database/sql'

export type Count = { hits: number; retryAfterSeconds: number }

/**
 * One attempt counted against `key` in a window of `windowSeconds`, atomically, in PostgreSQL:
 * every instance of the app counts the same attempts, and two requests at once count twice. The
 * window starts at the first attempt and the count starts over when it has passed. Counted
 * outside the request's transaction: a refused request still counts.
 */
export const countAttempt = async (
  payload: Payload,
  slug: string,
  key: string,
  windowSeconds: number,
): Promise<Count> => {
  const table = tableOf(payload, slug)
  const [keyColumn, hits, resetAt, updatedAt, createdAt] = [
    'key',
    'hits',
    'resetAt',
    'updatedAt',
    'createdAt',
  ].map((name) => columnOf(table, name))
  const window = sql`now() + make_interval(secs => ${windowSeconds})`
  const expired = sql`${table}.${resetAt} <= now()`
  const { rows } = await databaseOf(payload).execute(sql`
    insert into ${table} (${keyColumn}, ${hits}, ${resetAt}, ${updatedAt}, ${createdAt}) values (${key}, 1, ${window}, now(), now())
    on conflict (${keyColumn}) do update set
      ${hits} = case when ${expired} then 1 else ${table}.${hits} + 1 end,
      ${resetAt} = case when ${expired} then ${window} else ${table}.${resetAt} end,
      ${updatedAt} = now()
    returning ${hits} as hits, ceil(extract(epoch from ${resetAt} - now()))::int as seconds`)
  const row = rows[0] as { hits: number | string; seconds: number | string }
  if (Math.random() < 0.01) await forgetExpired(payload, slug)
  return { hits: Number(row.hits), retryAfterSeconds: Math.max(1, Number(row.seconds)) }
}

/** Forgets the counts whose window ended a day ago, so the table stays as small as the traffic. */
export const forgetExpired = async (payload: Payload, slug: string): Promise<void> => {
  const table = tableOf(payload, slug)
  await databaseOf(payload).execute(
    sql`delete from ${table} where ${columnOf(table, 'resetAt')} < now() - interval '1 day'`,
  )
}

/** Starts `key` over, e.g. after a successful login. */
export const resetCount = async (payload: Payload, slug: string, key: string): Promise<void> => {
  const table = tableOf(payload, slug)
  await databaseOf(payload).execute(
    sql`delete from ${table} where ${columnOf(table, 'key')} = ${key}`,
  )
}
