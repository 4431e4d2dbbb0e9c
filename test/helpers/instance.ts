/**
 * One instance of the app, as a process of its own: Payload with the demo config and its REST
 * API on a plain http server (no Next), the way several web instances share one database.
 *
 * Run: npx tsx test/helpers/instance.ts
 * Environment: DATABASE_URL (required), PORT (0 or unset: a free port). The instance does not
 * run jobs (JOBS_AUTORUN=false; a worker does), seeds no demo data, and trusts one proxy in
 * front of it (TRUST_PROXY=1), unless the environment says otherwise.
 * Prints `ready <origin>` on stdout once it answers; on SIGTERM or SIGINT it finishes the
 * requests under way and the work started after their commits, then exits.
 */
import { getPayload } from 'payload'

import { afterCommitSettled } from '../../src/database/afterCommit'
import { stopPayload } from './payload'
import { serveRest } from './restServer'

const defaults = {
  JOBS_AUTORUN: 'false',
  SEED_DEMO: 'false',
  TRUST_PROXY: '1',
  // Outside Next, Payload would otherwise follow the HMR socket of a `next dev` on port 3000.
  DISABLE_PAYLOAD_HMR: 'true',
}
for (const [name, value] of Object.entries(defaults)) process.env[name] ??= value

if (!process.env.DATABASE_URL) {
  console.error('instance: DATABASE_URL is not set')
  process.exit(2)
}

const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
const server = await serveRest(payload, Number(process.env.PORT ?? 0))

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  // A stop that hangs (a database that does not answer) still ends the process.
  setTimeout(() => process.exit(1), 15_000).unref()
  await server.close()
  await afterCommitSettled()
  await stopPayload(payload)
  process.exit(0)
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void stop())

process.stdout.write(`ready ${server.url}\n`)
