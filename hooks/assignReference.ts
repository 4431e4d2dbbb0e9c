import { sql } from '@payloadcms/db-postgres'

import type { CollectionAfterOperationHook } from 'payload'

import { isoDateOf, todayInAmsterdam } from '../src/complaints/storedDates'
import { nextReference } from '../src/complaints/reference'
import { lastReferenceNumber } from '../src/complaints/referenceNumber'
import { columnOf, executorOf, tableOf, versionsTableOf } from '../src/database/sql'

/**
 * Gives a new complaint its reference KL-YYYY-NNNN, gapless per year. A transaction-scoped lock
 * per year serialises the numbering until the commit, so this runs last, just before the commit:
 * after the insert, the version and every hook, the lock is held only for numbering the stored
 * row (and its version) and the commit. A create that fails before rolls back without a number;
 * one that fails after rolls back with it.
 */
export const assignReference: CollectionAfterOperationHook = async ({
  collection,
  operation,
  req,
  result,
}) => {
  if (operation !== 'create') return result
  const doc = result as unknown as Record<string, any>
  const year = Number((isoDateOf(doc.receivedOn) ?? todayInAmsterdam()).slice(0, 4))
  const executor = await executorOf(req)
  await executor.execute(
    sql`select pg_advisory_xact_lock(hashtext('complaint-reference'), ${year})`,
  )
  const table = tableOf(req.payload, collection.slug)
  const versions = versionsTableOf(req.payload, collection.slug)
  const { rows } = await executor.execute(lastReferenceNumber(table, year))
  const reference = nextReference(
    year,
    Number((rows[0] as { last?: number | string } | undefined)?.last ?? 0),
  )
  await executor.execute(
    sql`update ${table} set ${columnOf(table, 'reference')} = ${reference} where ${table.id} = ${doc.id}`,
  )
  await executor.execute(
    sql`update ${versions} set ${columnOf(versions, 'version_reference')} = ${reference} where ${versions.parent} = ${doc.id}`,
  )
  return { ...doc, reference } as unknown as typeof result
}
