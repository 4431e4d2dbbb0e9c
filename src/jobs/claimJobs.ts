import { sql } from '@payloadcms/db-postgres'
import { inArray } from '@payloadcms/db-postgres/drizzle'

import { columnOf, databaseOf, tableOf } from '../database/sql'

import type { Payload } from 'payload'

const JOBS = 'payload-jobs'

const columnsOf = (payload: Payload) => {
  const table = tableOf(payload, JOBS)
  return { table, bare: (name: string) => columnOf(table, name) }
}

/**
 * Takes up to `limit` runnable jobs (or the jobs `ids` among them) for this runner alone, in
 * one statement: a job another runner has taken is skipped, never run twice at once. Payload's
 * own runner finds jobs and then marks them in separate statements, so two of them can take
 * the same job; the plugin's worker and its after-commit runs claim here first.
 */
export const claimJobs = async (
  payload: Payload,
  { limit = 50, ids }: { limit?: number; ids?: (number | string)[] } = {},
): Promise<(number | string)[]> => {
  const { table, bare } = columnsOf(payload)
  const only = ids ? sql`and ${inArray(table.id as never, ids)}` : sql``
  const { rows } = await databaseOf(payload).execute(sql`
    update ${table} set ${bare('processing')} = true, ${bare('updatedAt')} = now()
    where ${table.id} in (
      select ${table.id} from ${table}
      where ${table.processing} = false and ${table.completedAt} is null
        and ${table.hasError} is not true
        and (${table.waitUntil} is null or ${table.waitUntil} < now()) ${only}
      order by ${table.createdAt} limit ${limit} for update skip locked)
    returning ${table.id} as id`)
  return rows.map((row) => (row as { id: number | string }).id)
}

/**
 * Gives back jobs a runner took and never finished (it crashed, or lost the database while
 * recording the outcome): marked as running for longer than `staleAfterMs`, they would wait
 * forever. Every task of the plugin may run again safely.
 */
export const releaseStaleJobs = async (payload: Payload, staleAfterMs: number): Promise<number> => {
  const { table, bare } = columnsOf(payload)
  // A job whose row someone still holds is not lost: skip it rather than wait for it.
  const { rows } = await databaseOf(payload).execute(sql`
    update ${table} set ${bare('processing')} = false
    where ${table.id} in (
      select ${table.id} from ${table}
      where ${table.processing} = true and ${table.completedAt} is null
        and ${table.updatedAt} < now() - make_interval(secs => ${staleAfterMs / 1000})
      for update skip locked)
    returning ${table.id}`)
  return rows.length
}

/** Runs the jobs this runner claimed, one after another, through Payload's runner. */
export const runClaimed = async (payload: Payload, ids: (number | string)[]): Promise<void> => {
  for (const id of ids) await payload.jobs.runByID({ id, overrideAccess: true, silent: true })
}
