import { spawn } from 'node:child_process'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/database/embeddedPostgres'
import { databaseProfiles } from '../../src/database/profiles'
import globalTeardown from './globalTeardown'

import type { ChildProcess } from 'node:child_process'
import type { RunningDatabase } from '../../src/database/embeddedPostgres'

declare global {
  var e2eDatabase: RunningDatabase | undefined
  var e2eServer: ChildProcess | undefined
}

/** Overridable, so two runs of the browser tests can share a machine. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100)
export const e2eBaseUrl = `http://127.0.0.1:${e2ePort}`

/** A fresh database, so the demo seed gives every run the same data. */
const freshDatabase = async (): Promise<string> => {
  const profile = databaseProfiles.e2e
  const port = Number(process.env.E2E_DB_PORT ?? profile.port)
  globalThis.e2eDatabase = await startEmbeddedPostgres({ folder: `${profile.folder}-${port}`, port, database: 'postgres' })
  const admin = new pg.Client({ connectionString: globalThis.e2eDatabase.url })
  await admin.connect()
  await admin.query(`drop database if exists ${profile.database} with (force)`)
  await admin.query(`create database ${profile.database}`)
  await admin.end()
  return globalThis.e2eDatabase.url.replace(/\/postgres$/, `/${profile.database}`)
}

const waitFor = async (url: string, timeoutMs: number): Promise<void> => {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(120_000) })
      if (response.ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/** The last lines the server printed, to show when it does not come up. */
const tail = (server: ChildProcess, lines = 60): (() => string) => {
  const kept: string[] = []
  const keep = (chunk: Buffer) => {
    kept.push(...chunk.toString().split('\n'))
    kept.splice(0, Math.max(0, kept.length - lines))
  }
  server.stdout?.on('data', keep)
  server.stderr?.on('data', keep)
  return () => kept.join('\n')
}

/** The app as a user meets it: Next serving the admin and the public pages, on its own database. */
export default async function globalSetup(): Promise<void> {
  const databaseUrl = await freshDatabase()
  const server = spawn('npx', ['next', 'dev', '--port', String(e2ePort), '--hostname', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PUBLIC_URL: e2eBaseUrl, NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-e2e', SEED_DEMO: 'true', NODE_OPTIONS: '' },
    stdio: process.env.DEBUG_E2E ? 'inherit' : 'pipe',
    detached: true,
  })
  globalThis.e2eServer = server
  const printed = tail(server)
  try {
    await waitFor(`${e2eBaseUrl}/admin/login`, 240_000)
  } catch (error) {
    // A setup that fails stops what it started, and says what the server printed.
    await globalTeardown()
    throw new Error(`${(error as Error).message}; the server printed:\n${printed()}`)
  }
}
