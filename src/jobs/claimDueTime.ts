import { claimOnce } from '../database/claimOnce'

import type { PayloadRequest } from 'payload'

/**
 * True for the first run of a scheduled task's due time, false for every other: each worker
 * queues a job of its own for the same due time, and one of them does the work.
 */
export const claimDueTime = (
  req: PayloadRequest,
  task: string,
  job: { waitUntil?: string | null; createdAt: string },
): Promise<boolean> =>
  claimOnce(req, `${task}:${new Date(job.waitUntil ?? job.createdAt).toISOString()}`, 7)
