/**
 * Production builds its tables from src/migrations, development pushes them from the config. The two
 * must never drift: an empty database migrated to the latest migration has exactly the schema the
 * collections describe, and the latest snapshot is that schema.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'

import { afterCommitSettled } from '../../src/database/afterCommit'
import { freshDatabaseUrl, startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'

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

  it('turns the consent checkbox into a consent record (given on receipt; through the form when it came by the form), and back', async () => {
    const step = migrations.find((migration) => migration.name.endsWith('_investigation')) as {
      up: (args: unknown) => Promise<void>
      down: (args: unknown) => Promise<void>
    }
    const db = (payload.db as unknown as { drizzle: unknown }).drizzle
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL })
    const rows = async () =>
      (
        await pool.query(
          `select channel, to_char(received_on at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as received,
            to_char(consent_given_on at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as given, consent_how as how, consent_scope as scope
           from complaints order by id`,
        )
      ).rows
    try {
      const { 'izw-ambulant': regulation } = await storeSeedRegulations(payload)
      const complaint = (channel: string) =>
        payload.create({
          collection: 'complaints',
          data: {
            regulation,
            channel,
            receivedOn: '2026-11-02',
            description: 'Afspraak niet nagekomen',
            complainant: { name: 'K. de Vries', language: channel === 'email' ? 'en' : 'nl' },
          } as never,
        })
      await complaint('webForm')
      await complaint('email')
      // Their acknowledgements are drafted after the commit: done before the schema changes under them.
      await afterCommitSettled()
      await step.down({ db, payload })
      // The box was ticked on the form for the first, by staff for the second.
      await pool.query(`update complaints set consent_to_contact_others = true`)
      await step.up({ db, payload })
      expect(await rows()).toEqual([
        {
          channel: 'webForm',
          received: '2026-11-02',
          given: '2026-11-02',
          how: 'form',
          scope:
            'Ik geef toestemming om anderen over mijn klacht te benaderen als dat voor het onderzoek nodig is.',
        },
        {
          channel: 'email',
          received: '2026-11-02',
          given: '2026-11-02',
          how: null,
          scope:
            'I allow others to be contacted about my complaint where the investigation needs it.',
        },
      ])
      await step.down({ db, payload })
      expect(
        (await pool.query(`select consent_to_contact_others as ticked from complaints order by id`))
          .rows,
      ).toEqual([{ ticked: true }, { ticked: true }])
      await step.up({ db, payload })
    } finally {
      await pool.end()
    }
  }, 120_000)
})
