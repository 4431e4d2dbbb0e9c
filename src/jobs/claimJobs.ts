import { sql } from '@payloadcms/db-postgres'

import { columnOf, databaseOf, executorOf, tableOf } from '../database/sql'

import type { Payload, PayloadRequest } from 'payload'

const JOBS = 'payload-jobs'

const columnsOf = (payload: Payload) => {
  const table = tableOf(payload, JOBS)
  return { table, bare: (name: string) => columnOf(table, name) }
}

/**
 * Takes up to `limit` runnable jobs for this runner alone, in one statement: a job another
 * runner has taken is skipped, never run twice at once. Payload's own runner finds jobs and
 * then marks them in separate statements, so two of them can take the same job; the plugin's
 * worker claims here first.
 */
export const claimJobs = async (
  payload: Payload,
  { limit = 50 }: { limit?: number } = {},
): Promise<(number | string)[]> => {
  const { table, bare } = columnsOf(payload)
  const { rows } = await databaseOf(payload).execute(sql`
    update ${table} set ${bare('processing')} = true, ${bare('updatedAt')} = now()
    where ${table.id} in (
      select ${table.id} from ${table}
      where ${table.processing} = false and ${table.completedAt} is null
        and ${table.hasError} is not true
        and (${table.waitUntil} is null or ${table.waitUntil} < now())
      order by ${table.createdAt} limit ${limit} for update skip locked)
    returning ${table.id} as id`)
  return rows.map((row) => (row as { id: number | string }).id)
}

/**
 * Turns queued job `id` into a job of task `next`, in the request's transaction, unless a runner
 * has claimed it (or it is gone): true when this request now does the job's own work. Until that
 * transaction ends, runners skip the job; when it rolls back, the job is queued again as it was.
 */
export const passOnQueuedJob = async (
  req: PayloadRequest,
  id: number | string,
  next: string,
): Promise<boolean> => {
  const { table, bare } = columnsOf(req.payload)
  const { rows } = await (
    await executorOf(req)
  ).execute(sql`
    update ${table} set ${bare('taskSlug')} = ${next}, ${bare('updatedAt')} = now()
    where ${table.id} = ${id} and ${table.processing} = false and ${table.completedAt} is null
    returning ${table.id}`)
  return rows.length === 1
}

/** Removes job `id` in the request's transaction: its work turned out to be done, or to be none. */
export const dropJob = async (req: PayloadRequest, id: number | string): Promise<void> => {
  const { table } = columnsOf(req.payload)
  await (await executorOf(req)).execute(sql`delete from ${table} where ${table.id} = ${id}`)
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
