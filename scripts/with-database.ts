/**
 * Runs a command with a database: `tsx scripts/with-database.ts <dev|test> <command...>`.
 * Starts the embedded PostgreSQL when DATABASE_URL is not set, and stops it when the command ends.
 */
import { spawn } from 'node:child_process'

import { ensureDatabase } from '../src/database/ensureDatabase'
import { databaseProfiles } from '../src/database/profiles'

import type { DatabaseProfile } from '../src/database/profiles'

const [profile, command, ...args] = process.argv.slice(2)
if (!profile || !(profile in databaseProfiles) || !command) {
  console.error('usage: with-database <dev|test> <command> [args...]')
  process.exit(2)
}

const database = await ensureDatabase(profile as DatabaseProfile)
const child = spawn(command, args, {
  stdio: 'inherit',
  env: process.env,
  shell: process.platform === 'win32',
})

let stopping = false
const forward = (signal: NodeJS.Signals) => {
  stopping = true
  child.kill(signal)
}
process.on('SIGINT', forward)
process.on('SIGTERM', forward)

child.on('exit', async (code, signal) => {
  await database.stop()
  process.exit(code ?? (stopping || signal ? 0 : 1))
})
