import { claimDueTime } from '../jobs/claimDueTime'
import { inTransaction } from '../database/transaction'
import { deleteExpiredReads } from './retention'

import type { TaskConfig } from 'payload'

type Retention = { cron: string; retentionDays: number }

/**
 * The access log's own retention, on a schedule: the reads older than the term go. Once per due
 * time, however many workers schedule and run it (the first to claim the due time deletes).
 */
export const accessLogRetentionTask = ({
  cron,
  retentionDays,
}: Retention): TaskConfig<{ input: object; output: { deleted: number } }> => ({
  slug: 'accessLogRetention',
  schedule: [{ cron, queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: ({ job, req }) =>
    inTransaction(req, async () => {
      if (!(await claimDueTime(req, 'accessLogRetention', job))) return { output: { deleted: 0 } }
      return { output: { deleted: await deleteExpiredReads(req, retentionDays) } }
    }),
})
