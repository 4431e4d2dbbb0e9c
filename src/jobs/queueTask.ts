import { sql } from '@payloadcms/db-postgres'

import { columnOf, executorOf, tableOf } from '../database/sql'

import type { PayloadRequest } from 'payload'

/**
 * Queues a task of the plugin in the request's transaction, stored as Payload's queue stores it
 * (the columns' defaults do the rest) but in one statement, where Payload's queue also reads the
 * job back with its log. A host that runs hooks on its jobs, or reads them with depth, gets
 * Payload's queue itself.
 */
export const queueTask = async (
  req: PayloadRequest,
  task: string,
  input: Record<string, unknown>,
): Promise<number | string> => {
  const jobs = req.payload.config.jobs
  if (jobs?.runHooks || jobs?.depth) {
    const queue = req.payload.jobs.queue as (args: object) => Promise<{ id: number | string }>
    return (await queue({ task, input, req })).id
  }
  const table = tableOf(req.payload, 'payload-jobs')
  const { rows } = await (
    await executorOf(req)
  ).execute(sql`
    insert into ${table} (${columnOf(table, 'input')}, ${columnOf(table, 'taskSlug')})
    values (${JSON.stringify(input)}::jsonb, ${task}) returning ${table.id} as id`)
  return (rows[0] as { id: number | string }).id
}
