import { sql } from '@payloadcms/db-postgres'

import type { CollectionBeforeChangeHook } from 'payload'

import { isoDateOf, todayInAmsterdam } from '../src/complaints/storedDates'
import { nextReference } from '../src/complaints/reference'

/**
 * Gives a new complaint its reference KL-YYYY-NNNN, gapless per year. A transaction-scoped lock
 * per year serialises concurrent creates; a create that fails rolls back with its number.
 */
export const assignReference: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const year = Number((isoDateOf(data.receivedOn) ?? todayInAmsterdam()).slice(0, 4))
  const db = req.payload.db as unknown as { drizzle: Executor; sessions?: Record<string, { db: Executor }> }
  const transaction = req.transactionID ? db.sessions?.[String(await req.transactionID)]?.db : undefined
  const executor = transaction ?? db.drizzle
  await executor.execute(sql`select pg_advisory_xact_lock(hashtext('complaint-reference'), ${year})`)
  const prefix = `KL-${year}-`
  const { rows } = await executor.execute(
    sql`select coalesce(max(split_part(reference, '-', 3)::int), 0) as last
        from complaints where reference like ${prefix + '%'}`,
  )
  data.reference = nextReference(year, Number((rows[0] as { last?: number | string } | undefined)?.last ?? 0))
  return data
}

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: unknown[] }> }
