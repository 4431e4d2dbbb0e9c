import { startEmbeddedPostgres } from './embeddedPostgres'
import { databaseProfiles } from './profiles'

import type { RunningDatabase } from './embeddedPostgres'
import type { DatabaseProfile } from './profiles'

/**
 * With `DATABASE_URL` set, that server is used and nothing is started. Without it, the project
 * starts its own PostgreSQL for the given profile and sets `DATABASE_URL` for this process and
 * its children.
 */
export const ensureDatabase = async (profile: DatabaseProfile): Promise<RunningDatabase> => {
  const external = process.env.DATABASE_URL
  if (external) return { url: external, stop: async () => undefined }
  const running = await startEmbeddedPostgres(databaseProfiles[profile])
  process.env.DATABASE_URL = running.url
  return running
}
