import { sql } from '@payloadcms/db-postgres'

import { executorOf, tableOf } from '../database/sql'

import type { PayloadRequest } from 'payload'

export type LockedComplaint = {
  /** Whether it was last saved at the `savedAt` given (false without one). */
  unchanged: boolean
  /** Its reference: given after its create's hooks, just before the commit. */
  reference: string | null
}

/** Locks a complaint's row until the request's transaction ends; null when the complaint is gone. */
export const lockComplaint = async (
  req: PayloadRequest,
  slug: string,
  id: number | string,
  savedAt?: string,
): Promise<LockedComplaint | null> => {
  const table = tableOf(req.payload, slug)
  const executor = await executorOf(req)
  const { rows } = await executor.execute(sql`
    select coalesce(${table.updatedAt} = ${savedAt ?? null}::timestamptz, false) as unchanged,
      ${table.reference} as reference
    from ${table} where ${table.id} = ${id} for update`)
  return (rows[0] as LockedComplaint | undefined) ?? null
}
