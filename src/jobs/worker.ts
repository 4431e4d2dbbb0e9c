import { isDatabaseUnavailable } from '../database/outage'

import type { Payload } from 'payload'

export type JobWorkerOptions = {
  /** Milliseconds between two rounds: the longest a due job waits. */
  intervalMs?: number
  /** Jobs taken per round. */
  limit?: number
  /** Ends the worker after the round under way. */
  signal?: AbortSignal
}

const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
  })

/**
 * Runs Payload's job queue outside the web process: each round queues the scheduled jobs that
 * are due (the deadline digest) and runs what is waiting, on every queue. Several workers may
 * run at once: each task of the plugin does its work once per letter, complaint or due time.
 * A database that is away ends no worker: it tries again next round.
 */
export const runJobWorker = async (
  payload: Payload,
  { intervalMs = 2_000, limit = 50, signal }: JobWorkerOptions = {},
): Promise<void> => {
  while (!signal?.aborted) {
    try {
      await payload.jobs.handleSchedules({ allQueues: true })
      await payload.jobs.run({ allQueues: true, limit, silent: { info: true } })
    } catch (error) {
      payload.logger[isDatabaseUnavailable(error) ? 'warn' : 'error']({
        err: error,
        msg: 'A round of the job worker failed; the next round tries again',
      })
    }
    await pause(intervalMs, signal)
  }
}
