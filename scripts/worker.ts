/**
 * The job worker: `npm run worker`. Runs the letters outbox, the notifications, the drafting of
 * new complaints' letters and the scheduled digest outside the web process, against DATABASE_URL
 * (start the web instances with JOBS_AUTORUN=false). WORKER_INTERVAL_MS sets how often it looks
 * (2000 by default), WORKER_STALE_AFTER_MS when a job a lost runner left is run again (300000).
 * Stops after the round under way on SIGTERM or SIGINT.
 */
import { getPayload } from 'payload'

import { runJobWorker } from '../src/jobs/worker'

process.env.JOBS_AUTORUN = 'false'
if (!process.env.DATABASE_URL) {
  console.error('worker: DATABASE_URL is not set')
  process.exit(2)
}
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const stop = new AbortController()
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop.abort())
payload.logger.info('Job worker started')
// runJobWorker's pause between rounds keeps no process alive (it also runs inside web
// processes), and while the database is away no connection does either: without this, Node
// would end the worker in a pause as a top-level await that never settles (exit code 13).
const keepAlive = setInterval(() => undefined, 60_000)
await runJobWorker(payload, {
  intervalMs: Number(process.env.WORKER_INTERVAL_MS ?? 2_000),
  staleAfterMs: Number(process.env.WORKER_STALE_AFTER_MS ?? 300_000),
  signal: stop.signal,
})
clearInterval(keepAlive)
await payload.destroy()
process.exit(0)
