import { sql } from '@payloadcms/db-postgres'

import type { CollectionBeforeChangeHook } from 'payload'

import { isoDateOf, todayInAmsterdam } from '../src/complaints/storedDates'
import { nextReference } from '../src/complaints/reference'
import { executorOf, tableOf } from '../src/database/sql'

/**
 * Gives a new complaint its reference KL-YYYY-NNNN, gapless per year. A transaction-scoped lock
 * per year serialises concurrent creates; a create that fails rolls back with its number.
 */
export const assignReference: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const year = Number((isoDateOf(data.receivedOn) ?? todayInAmsterdam()).slice(0, 4))
  const executor = await executorOf(req)
  await executor.execute(
    sql`select pg_advisory_xact_lock(hashtext('complaint-reference'), ${year})`,
  )
  const prefix = `KL-${year}-`
  const table = tableOf(req.payload, collection.slug)
  const { rows } = await executor.execute(
    sql`select coalesce(max(split_part(${table.reference}, '-', 3)::int), 0) as last
        from ${table} where ${table.reference} like ${prefix + '%'}`,
  )
  data.reference = nextReference(
    year,
    Number((rows[0] as { last?: number | string } | undefined)?.last ?? 0),
  )
  return data
}
