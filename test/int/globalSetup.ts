import { ensureDatabase } from '../../src/database/ensureDatabase'

import type { RunningDatabase } from '../../src/database/embeddedPostgres'

declare global {
  var testDatabase: RunningDatabase | undefined
}

/** One PostgreSQL server for the whole run; each test file gets a database of its own. */
export default async function globalSetup(): Promise<void> {
  process.env.SEED_DEMO = 'false'
  process.env.JOBS_AUTORUN = 'false'
  // As behind one proxy that appends the client's address to X-Forwarded-For.
  process.env.TRUST_PROXY = '1'
  process.env.LOG_REFUSALS = 'false'
  globalThis.testDatabase = await ensureDatabase('test')
}
