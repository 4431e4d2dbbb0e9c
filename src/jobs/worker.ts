import { isDatabaseUnavailable } from '../database/outage'
import { claimJobs, releaseStaleJobs, runClaimed } from './claimJobs'

import type { Payload } from 'payload'

export type JobWorkerOptions = {
  /** Milliseconds between two rounds: the longest a due job waits. */
  intervalMs?: number
  /** Jobs taken per round. */
  limit?: number
  /** A job marked running this long without finishing is given back to be run again. */
  staleAfterMs?: number
  /** A round still under way after this long is given up (and logged); the next one starts. */
  roundTimeoutMs?: number
  /** Ends the worker after the round under way. */
  signal?: AbortSignal
}

/** Waits `ms`, or less when the worker is told to stop; keeps no process alive on its own. */
const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    timer.unref()
    signal?.addEventListener('abort', done, { once: true })
  })

/** `work`, or an error once `ms` have passed: one statement that never returns stops no worker. */
const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the round took longer than ${ms} ms`)), ms)
    timer.unref()
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

/** One round: schedule what is due, give back what a lost runner left, run what waits. */
export const runJobsOnce = async (
  payload: Payload,
  { limit = 50, staleAfterMs = 5 * 60_000 }: JobWorkerOptions = {},
): Promise<void> => {
  await payload.jobs.handleSchedules({ allQueues: true })
  await releaseStaleJobs(payload, staleAfterMs)
  await runClaimed(payload, await claimJobs(payload, { limit }))
}

/**
 * Runs Payload's job queue outside the web process (or inside it, for a single instance): each
 * round queues the scheduled jobs that are due (the deadline digest) and runs what is waiting,
 * on every queue. Several workers may run at once: each claims its jobs atomically, and each
 * task of the plugin does its work once per letter, complaint or due time. A database that is
 * away ends no worker: it tries again next round.
 */
export const runJobWorker = async (
  payload: Payload,
  { intervalMs = 2_000, roundTimeoutMs = 120_000, signal, ...options }: JobWorkerOptions = {},
): Promise<void> => {
  while (!signal?.aborted) {
    try {
      await withTimeout(runJobsOnce(payload, options), roundTimeoutMs)
    } catch (error) {
      payload.logger[isDatabaseUnavailable(error) ? 'warn' : 'error']({
        err: error,
        msg: 'A round of the job worker failed; the next round tries again',
      })
    }
    await pause(intervalMs, signal)
  }
}
