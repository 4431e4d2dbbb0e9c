import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/database/embeddedPostgres'

import type { RunningDatabase } from '../../src/database/embeddedPostgres'

/**
 * A benchmark's own PostgreSQL (in `folder`, on `BENCH_DB_PORT` or `port`) with an empty
 * database `name`, made anew every run: `url` reaches that database, `stop` stops the server.
 */
export const freshBenchDatabase = async (
  folder: string,
  port: number,
  name: string,
): Promise<RunningDatabase> => {
  const server = await startEmbeddedPostgres({
    folder,
    port: Number(process.env.BENCH_DB_PORT ?? port),
    database: 'postgres',
  })
  const admin = new pg.Client({ connectionString: server.url })
  await admin.connect()
  await admin.query(`drop database if exists ${name} with (force)`)
  await admin.query(`create database ${name}`)
  await admin.end()
  return { url: server.url.replace(/\/postgres$/, `/${name}`), stop: server.stop }
}

/**
 * The demo's config pointed at a benchmark's `database`: no demo data and no job runner of its
 * own; and, outside Next, not following the HMR socket of a `next dev` on port 3000, which would
 * reload Payload's database layer mid-run when files change there. `extra` adds to it.
 */
export const benchEnvironment = (
  database: RunningDatabase,
  extra: Record<string, string> = {},
): void => {
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    SEED_DEMO: 'false',
    JOBS_AUTORUN: 'false',
    DISABLE_PAYLOAD_HMR: 'true',
    ...extra,
  })
}

/** The value below which a share `p` (0.5, 0.95) of the sorted values lie. */
export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0

/** Prints a table in Markdown, its first `textColumns` columns to the left, the figures to the right. */
export const printTable = (header: string[], rows: string[][], textColumns: number): void => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const format = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i < textColumns ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`
  console.log(format(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows) console.log(format(row))
}

/** The machine a figure was measured on: `Node v20.20.2, 2 cores`. */
export const machine = async (): Promise<string> =>
  `Node ${process.version}, ${(await import('node:os')).cpus().length} cores`

/** Runs a benchmark's `main` and ends the process: 0 when it finished, 1 (and why) when it failed. */
export const runBench = (main: () => Promise<void>): void => {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
