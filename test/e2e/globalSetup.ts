import { spawn } from 'node:child_process'
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/database/embeddedPostgres'
import { databaseProfiles } from '../../src/database/profiles'
import globalTeardown from './globalTeardown'

import type { ChildProcess } from 'node:child_process'
import type { RunningDatabase } from '../../src/database/embeddedPostgres'

declare global {
  var e2eDatabase: RunningDatabase | undefined
  var e2eServer: ChildProcess | undefined
  var e2eStep: ChildProcess | undefined
}

/** Overridable, so two runs of the browser tests can share a machine. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100)
export const e2eBaseUrl = `http://127.0.0.1:${e2ePort}`
/** The page of another website that embeds the form (intake.test.ts serves it). */
const formPageOrigins = [3200]
  .flatMap((port) => [`http://127.0.0.1:${port}`, `http://localhost:${port}`])
  .join(',')

/** A fresh database, so the demo seed gives every run the same data. */
const freshDatabase = async (): Promise<string> => {
  const profile = databaseProfiles.e2e
  const port = Number(process.env.E2E_DB_PORT ?? profile.port)
  globalThis.e2eDatabase = await startEmbeddedPostgres({
    folder: `${profile.folder}-${port}`,
    port,
    database: 'postgres',
    throwaway: profile.throwaway,
  })
  const admin = new pg.Client({ connectionString: globalThis.e2eDatabase.url })
  await admin.connect()
  await admin.query(`drop database if exists ${profile.database} with (force)`)
  await admin.query(`create database ${profile.database}`)
  await admin.end()
  return globalThis.e2eDatabase.url.replace(/\/postgres$/, `/${profile.database}`)
}

/** Refuses to start beside another server on the same port, whose answers would be taken for ours. */
const ensurePortFree = async (port: number): Promise<void> => {
  const taken = await new Promise<boolean>((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(true))
      .once('listening', () => probe.close(() => resolve(false)))
    probe.listen(port, '127.0.0.1')
  })
  if (taken) throw new Error(`port ${port} is taken by another process: stop it, or set E2E_PORT`)
}

/** The last lines a process printed, to show when it fails. */
const tail = (child: ChildProcess, lines = 60): (() => string) => {
  const kept: string[] = []
  const keep = (chunk: Buffer) => {
    kept.push(...chunk.toString().split('\n'))
    kept.splice(0, Math.max(0, kept.length - lines))
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return () => kept.join('\n')
}

/** Everything the build and the server printed, to read after a failed run. */
export const E2E_LOG = '.data/e2e-app.log'
/** Where the background setup says how it stands: starting, ready, or failed and why. */
export const E2E_STATUS = '.data/e2e-status.json'

const start = (args: string[], env: NodeJS.ProcessEnv): ChildProcess => {
  const child = spawn('npx', args, {
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    stdio: process.env.DEBUG_E2E ? 'inherit' : 'pipe',
    detached: true,
  })
  const log = createWriteStream(E2E_LOG, { flags: 'a' })
  log.write(`\n$ npx ${args.join(' ')}\n`)
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  return child
}

/** One step of the setup (the build): done when it exits 0, else its last lines tell why. */
const step = async (
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<void> => {
  const child = start(args, env)
  globalThis.e2eStep = child
  const printed = tail(child)
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGTERM'), timeoutMs)
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  clearTimeout(timer)
  globalThis.e2eStep = undefined
  if (code !== 0)
    throw new Error(
      `${name} (npx ${args.join(' ')}) ${code === null ? `did not finish within ${timeoutMs / 1000} s` : `exited with ${code}`}; it printed:\n${printed()}`,
    )
}

/** Up means serving from its database: the admin's login page, and the seeded regulations through the API. */
const isServing = async (): Promise<boolean> => {
  const login = await fetch(`${e2eBaseUrl}/admin/login`, { signal: AbortSignal.timeout(60_000) })
  if (!login.ok || (await login.text()).includes('__next_error__')) return false
  const regulations = await fetch(`${e2eBaseUrl}/api/regulations?limit=1&depth=0`, {
    signal: AbortSignal.timeout(60_000),
  })
  return regulations.ok && ((await regulations.json()) as { totalDocs?: number }).totalDocs! > 0
}

const waitForApp = async (server: ChildProcess, timeoutMs: number): Promise<void> => {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`)
    try {
      if (await isServing()) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  throw new Error(`${e2eBaseUrl} did not serve the seeded app within ${timeoutMs / 1000} s`)
}

/**
 * The app as it runs in production: `next build`, then `next start` on an empty PostgreSQL, which
 * the app's migrations fill when it starts, seeded with the demo's people and complaints. A step
 * that fails stops what the setup started and says what it printed.
 */
const prepare = async (): Promise<void> => {
  const app = {
    NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-e2e',
    PUBLIC_URL: e2eBaseUrl,
    COMPLAINT_FORM_ORIGINS: formPageOrigins,
    PAYLOAD_SECRET: 'browser-tests-only-secret',
    // As in production, whatever the integration tests' setup set for its own workers.
    JOBS_AUTORUN: 'true',
    // Letters sent from the case page go out within seconds, as the browser tests wait for them.
    JOBS_INTERVAL_MS: '3000',
    TRUST_PROXY: '0',
    // Every browser test sends its complaints from 127.0.0.1; the limit itself is tested beside.
    COMPLAINT_FORM_RATE_LIMIT: '500',
  }
  let printed = () => ''
  try {
    const databaseUrl = await freshDatabase()
    // `npm test` has type-checked the project already.
    // E2E_REUSE_BUILD=true skips the build when nothing but the tests changed.
    if (process.env.E2E_REUSE_BUILD !== 'true')
      await step(
        'next build',
        ['next', 'build', '--webpack'],
        { ...app, NODE_ENV: 'production', NEXT_BUILD_TYPECHECKED: 'true' },
        900_000,
      )
    const server = start(['next', 'start', '--port', String(e2ePort), '--hostname', '127.0.0.1'], {
      ...app,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'true',
    })
    globalThis.e2eServer = server
    printed = tail(server)
    await waitForApp(server, 240_000)
    writeFileSync(E2E_STATUS, JSON.stringify({ state: 'ready' }))
  } catch (error) {
    await globalTeardown()
    const message = `The browser tests' app did not start: ${(error as Error).message}\n${printed()}\n(all it printed: ${E2E_LOG})`
    writeFileSync(E2E_STATUS, JSON.stringify({ state: 'failed', message }))
    console.error(message)
  }
}

/**
 * Starts the app in the background and returns: the integration tests run while it builds (the
 * sequencer puts the browser tests last), and each browser test file waits until it serves
 * (`waitForApp.ts`), or fails with what the setup printed.
 */
export default async function globalSetup(): Promise<void> {
  await ensurePortFree(e2ePort)
  mkdirSync('.data', { recursive: true })
  rmSync(E2E_LOG, { force: true })
  writeFileSync(E2E_STATUS, JSON.stringify({ state: 'starting' }))
  void prepare()
}
