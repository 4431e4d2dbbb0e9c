import { spawn } from 'node:child_process'
import { appendFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { ChildProcess } from 'node:child_process'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Loaded first in every child: when the parent goes away, even killed with SIGKILL, the child's
 * stdin (a pipe from the parent) ends, and the child stops itself as on SIGTERM. An exit hook
 * in the parent cannot cover a parent that is killed outright. The pipe is unref()'d: it must
 * not keep the child alive, or a child whose startup can no longer progress would hang silently
 * instead of exiting (see UNSETTLED).
 */
const ORPHAN_GUARD = `data:text/javascript,${encodeURIComponent(
  "process.stdin.on('error', () => {}).on('end', () => { process.kill(process.pid, 'SIGTERM'); setTimeout(() => process.exit(1), 20000).unref() }).resume().unref()",
)}`

/**
 * Node's exit code for a top-level await that can never settle. Node 20 runs tsx's loader hooks
 * on a thread of their own, and under load an `import()` of the app now and then never settles
 * (the hooks thread has answered everything; the main thread waits on nothing): the child then
 * exits with this code, having printed nothing. Such a child is started again, a few times.
 */
const UNSETTLED = 13
const STARTS = 6

/** Every child still running, killed when the parent exits however it exits. */
const alive = new Set<ChildProcess>()
let exitHook = false
const killOnExit = (child: ChildProcess) => {
  alive.add(child)
  child.once('exit', () => alive.delete(child))
  if (exitHook) return
  exitHook = true
  process.once('exit', () => {
    for (const running of alive) running.kill('SIGKILL')
  })
}

export type Child = {
  name: string
  /** The running process; a new one when a start that could not progress was retried. */
  process: ChildProcess
  /** The last lines the child printed (stdout and stderr), to show when something fails. */
  output: () => string
}

/** `stopping`: set by the fleet's stop, after which a child is not started again. */
type Spawned = Child & { ready: Promise<string>; stopping: boolean }

const spawnChild = (
  name: string,
  script: string,
  env: Record<string, string>,
  readyLine: RegExp,
  logFile?: string,
): Spawned => {
  const kept: string[] = []
  let partial = ''
  let isReady = false
  let resolveReady: (url: string) => void = () => undefined
  let rejectReady: (error: Error) => void = () => undefined
  const ready = new Promise<string>((resolve, reject) => {
    resolveReady = resolve
    rejectReady = reject
  })
  ready.catch(() => undefined)
  const keep = (chunk: Buffer) => {
    if (logFile) appendFileSync(logFile, chunk)
    const lines = (partial + chunk.toString('utf8')).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      kept.push(line)
      const match = isReady ? null : readyLine.exec(line)
      if (match) {
        isReady = true
        resolveReady(match[1] ?? line)
      }
    }
    kept.splice(0, Math.max(0, kept.length - 80))
  }
  const start = (attempt: number): ChildProcess => {
    // tsx as a loader of this node process (not the tsx CLI, which adds a process between us),
    // so signals reach the app itself. NODE_OPTIONS is cleared: jest's flags are not the child's.
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', ORPHAN_GUARD, script], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    killOnExit(child)
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.once('error', (error) => rejectReady(error))
    child.once('exit', (code, signal) => {
      if (isReady) return
      if (code === UNSETTLED && attempt < STARTS && !spawned.stopping) {
        keep(Buffer.from(`(${name}: startup never settled, exit code 13; starting it again)\n`))
        spawned.process = start(attempt + 1)
        return
      }
      const how = signal ?? `code ${code}${code === UNSETTLED ? ', startup never settled' : ''}`
      rejectReady(new Error(`${name} exited before it was ready (${how})`))
    })
    return child
  }
  const spawned: Spawned = {
    name,
    process: undefined as unknown as ChildProcess,
    ready,
    output: () => [...kept, partial].join('\n'),
    stopping: false,
  }
  spawned.process = start(1)
  return spawned
}

const exited = (child: ChildProcess, timeoutMs: number) =>
  new Promise<boolean>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true)
    const timer = setTimeout(() => resolve(false), timeoutMs)
    child.once('exit', () => (clearTimeout(timer), resolve(true)))
  })

/** SIGTERM, and SIGKILL for whoever has not exited after `graceMs`. */
const stopChildren = async (children: Spawned[], graceMs: number) => {
  for (const child of children) {
    child.stopping = true
    child.process.kill('SIGTERM')
  }
  await Promise.all(
    children.map(async (child) => {
      if (!(await exited(child.process, graceMs))) {
        child.process.kill('SIGKILL')
        await exited(child.process, 5_000)
      }
    }),
  )
}

export type FleetOptions = {
  databaseUrl: string
  /** Web instances (test/helpers/instance.ts), each on a free port. */
  instances?: number
  /** Job workers (scripts/worker.ts). */
  workers?: number
  workerIntervalMs?: number
  /** More environment for every child, e.g. SMTP_URL. */
  env?: Record<string, string>
  readyTimeoutMs?: number
  /** When set, everything each child prints is appended to `<logDir>/<name>.log`. */
  logDir?: string
}

export type Fleet = {
  /** The origin of each web instance, e.g. `http://127.0.0.1:43121`. */
  urls: string[]
  children: Child[]
  /** Stops every child: SIGTERM, then SIGKILL after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>
}

/**
 * Starts web instances and job workers against one database that already has its schema (they
 * do not push it: several processes pushing at once would race). Waits until each is ready;
 * when one fails or is not ready in time, stops all it started and throws with what it printed.
 */
export const startFleet = async ({
  databaseUrl,
  instances = 2,
  workers = 1,
  workerIntervalMs = 200,
  env = {},
  readyTimeoutMs = 120_000,
  logDir,
}: FleetOptions): Promise<Fleet> => {
  if (logDir) mkdirSync(logDir, { recursive: true })
  // The web instances leave the jobs to the workers; nobody seeds the demo (two processes
  // seeding an empty database at once collide).
  const shared = {
    DATABASE_URL: databaseUrl,
    DATABASE_PUSH: 'false',
    JOBS_AUTORUN: 'false',
    SEED_DEMO: 'false',
    DISABLE_PAYLOAD_HMR: 'true',
    ...env,
  }
  const logOf = (name: string) => (logDir ? path.join(logDir, `${name}.log`) : undefined)
  const spawned: Spawned[] = [
    ...Array.from({ length: instances }, (_, i) =>
      spawnChild(
        `instance-${i + 1}`,
        'test/helpers/instance.ts',
        { TRUST_PROXY: '1', PORT: '0', ...shared },
        /^ready (\S+)/,
        logOf(`instance-${i + 1}`),
      ),
    ),
    ...Array.from({ length: workers }, (_, i) =>
      spawnChild(
        `worker-${i + 1}`,
        'scripts/worker.ts',
        { WORKER_INTERVAL_MS: String(workerIntervalMs), ...shared },
        /Job worker started/,
        logOf(`worker-${i + 1}`),
      ),
    ),
  ]
  const fleet: Fleet = {
    urls: [],
    children: spawned,
    stop: (graceMs = 20_000) => stopChildren(spawned, graceMs),
  }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`not ready within ${readyTimeoutMs / 1000} s`)),
      readyTimeoutMs,
    )
  })
  try {
    const ready = await Promise.race([
      Promise.all(
        spawned.map((child) =>
          child.ready.catch((error: Error) => {
            throw Object.assign(error, { child })
          }),
        ),
      ),
      timeout,
    ])
    fleet.urls = ready.slice(0, instances)
    return fleet
  } catch (error) {
    await stopChildren(spawned, 5_000)
    const failed = (error as { child?: Child }).child
    const shown = failed ? [failed] : spawned
    throw new Error(
      `${(error as Error).message}; stopped all ${spawned.length} children.\n${shown
        .map((child) => `--- ${child.name} printed:\n${child.output()}`)
        .join('\n')}`,
    )
  } finally {
    clearTimeout(timer)
  }
}
