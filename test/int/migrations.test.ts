/**
 * Production builds its tables from src/migrations, development pushes them from the config. The two
 * must never drift: an empty database migrated to the latest migration has exactly the schema the
 * collections describe, and the latest snapshot is that schema.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'

import { freshDatabaseUrl, startPayload, stopPayload } from '../helpers/payload'

import type { Payload } from 'payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown> | unknown
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  pushSchema: (schema: unknown, drizzle: unknown) => Promise<{ apply: () => Promise<void> }>
}
type Migration = { name: string; up: unknown; down: unknown }
type Adapter = {
  requireDrizzleKit: () => DrizzleKit
  schema: unknown
  migrate: (args: { migrations: Migration[] }) => Promise<void>
}

/** Everything PostgreSQL knows of a database's tables: columns, types, defaults, indexes, constraints, enums. */
const CATALOGUE = [
  `select table_name, column_name, data_type, udt_name, is_nullable, column_default from information_schema.columns where table_schema = 'public'`,
  `select tablename, indexname, indexdef from pg_indexes where schemaname = 'public'`,
  `select conrelid::regclass::text as on_table, conname, pg_get_constraintdef(oid) as definition from pg_constraint where connamespace = 'public'::regnamespace`,
  // The place of each value in its enum (a value added later sits between two others).
  `select t.typname, e.enumlabel, rank() over (partition by t.typname order by e.enumsortorder) as place from pg_enum e join pg_type t on t.oid = e.enumtypid`,
]

const catalogueOf = async (pool: pg.Pool) => {
  const parts = await Promise.all(
    CATALOGUE.map(async (query) =>
      (await pool.query(query)).rows.map((row) => JSON.stringify(row)).sort(),
    ),
  )
  return parts
}

const migrationDir = path.resolve('src/migrations')
let payload: Payload
let adapter: Adapter
let migrations: Migration[]

beforeAll(async () => {
  // An empty database that only the migrations fill, as in production.
  process.env.DATABASE_PUSH = 'false'
  process.env.SEED_DEMO = 'false'
  payload = await startPayload()
  migrations = ((await import('../../src/migrations')) as { migrations: Migration[] }).migrations
  adapter = payload.db as unknown as Adapter
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
})

describe('migrations', () => {
  it('has a snapshot for every migration, in order', async () => {
    const snapshots = (await readdir(migrationDir))
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''))
    expect(migrations.map((migration) => migration.name)).toEqual(snapshots.sort())
  })

  it('the latest snapshot is the schema of the collections', async () => {
    const kit = adapter.requireDrizzleKit()
    const latest = JSON.parse(
      await readFile(path.join(migrationDir, `${migrations.at(-1)!.name}.json`), 'utf8'),
    )
    const current = await kit.generateDrizzleJson(adapter.schema)
    expect(await kit.generateMigration(latest, current)).toEqual([])
  })

  it('an empty database migrated up has exactly the tables that development pushes', async () => {
    await adapter.migrate({ migrations })
    const migrated = new pg.Pool({ connectionString: process.env.DATABASE_URL })
    const pushedUrl = await freshDatabaseUrl()
    const pushed = new pg.Pool({ connectionString: pushedUrl })
    const pushing = drizzle(pushedUrl)
    try {
      await (await adapter.requireDrizzleKit().pushSchema(adapter.schema, pushing)).apply()
      const [fromMigrations, fromPush] = [await catalogueOf(migrated), await catalogueOf(pushed)]
      expect(fromMigrations[0].length).toBeGreaterThan(300)
      expect(fromMigrations).toEqual(fromPush)
    } finally {
      await Promise.all([migrated.end(), pushed.end(), pushing.$client.end()])
    }
  }, 120_000)
})
