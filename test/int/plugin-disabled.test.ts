/**
 * `disabled: true` keeps the schema, so a migration never drops the complaints, and switches off
 * everything the plugin does: hooks, endpoints, views, jobs and schedules.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import pg from 'pg'
import { buildConfig, getPayload } from 'payload'

import { complaintsPlugin } from '../../src/index'
import { freshDatabaseUrl, stopPayload } from '../helpers/payload'
import { callApi } from '../helpers/intake'
import { modelRegulation } from '../../src/modelRegulation'

import type { CollectionSlug, Config, Payload, SanitizedConfig } from 'payload'

const PLUGIN = [
  'regulations',
  'complaints',
  'committees',
  'letters',
  'complaint-attachments',
  'complaint-audit-log',
  'complaint-access-log',
  'complaint-rate-limits',
]

const host = (disabled: boolean, connectionString = 'postgres://unused') =>
  buildConfig({
    secret: 'disabled-test',
    telemetry: false,
    editor: lexicalEditor(),
    db: postgresAdapter({ pool: { connectionString }, push: true }),
    jobs: { enableConcurrencyControl: true },
    collections: [
      {
        slug: 'users',
        auth: true,
        fields: [
          {
            name: 'roles',
            type: 'select',
            hasMany: true,
            options: ['admin', 'directie', 'handler', 'staff'],
          },
        ],
      },
    ],
    plugins: [complaintsPlugin({ disabled, attachmentsDir: '.data/test-attachments-disabled' })],
  } satisfies Config)

/** What makes a table: the fields, versions, uploads and timestamps of a collection, nothing of its behaviour. */
const schemaOf = (config: SanitizedConfig) =>
  config.collections
    .filter((collection) => PLUGIN.includes(collection.slug))
    .map((collection) =>
      JSON.stringify({
        slug: collection.slug,
        fields: collection.flattenedFields.map((field) => [field.name, field.type]),
        versions: Boolean(collection.versions),
        upload: Boolean(collection.upload),
      }),
    )

let enabled: SanitizedConfig
let disabled: SanitizedConfig
let payload: Payload
let databaseUrl: string

beforeAll(async () => {
  enabled = await host(false)
  databaseUrl = await freshDatabaseUrl()
  disabled = await host(true, databaseUrl)
  payload = await getPayload({ config: disabled })
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
})

describe('the plugin switched off', () => {
  it('keeps every collection and field, so the schema is the same', () => {
    expect(schemaOf(disabled)).toEqual(schemaOf(enabled))
    expect(schemaOf(disabled)).toHaveLength(PLUGIN.length)
  })

  it('creates the same tables in PostgreSQL', async () => {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    const { rows } = await client.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public'",
    )
    await client.end()
    const tables = rows.map((row) => row.table_name)
    expect(tables).toEqual(
      expect.arrayContaining([
        'regulations',
        'complaints',
        'complaints_rels',
        'committees',
        'letters',
        'complaint_attachments',
        'complaint_audit_log',
        'complaint_access_log',
        'complaint_rate_limits',
      ]),
    )
  })

  it('runs no hook of the plugin: a complaint gets no reference, no deadline, no letter', async () => {
    const regulation = await payload.create({
      collection: 'regulations' as CollectionSlug,
      data: modelRegulation('hss', '2020-01-01') as never,
    })
    const complaint = (await payload.create({
      collection: 'complaints' as CollectionSlug,
      data: {
        regulation: regulation.id,
        receivedOn: '2026-03-02',
        channel: 'email',
        description: 'Zonder plugin',
      } as never,
    })) as { reference?: string | null; nextDeadline?: string | null; id: number }
    expect([complaint.reference ?? null, complaint.nextDeadline ?? null]).toEqual([null, null])
    expect((await payload.count({ collection: 'letters' as CollectionSlug })).totalDocs).toBe(0)
  })

  it('offers no endpoint, view, job or schedule of the plugin', async () => {
    expect(
      disabled.collections
        .filter((collection) => PLUGIN.includes(collection.slug))
        .flatMap((collection) => Object.values(collection.hooks).flat()),
    ).toEqual([])
    const form = await callApi(payload, 'GET', '/complaints/form/hss')
    expect([form.status, JSON.stringify(form.body)]).toEqual([
      501,
      expect.not.stringContaining('<form'),
    ])
    expect(disabled.endpoints.map((endpoint) => endpoint.path)).not.toEqual(
      expect.arrayContaining(['/letters-print/:id']),
    )
    expect(disabled.endpoints.map((endpoint) => endpoint.path)).not.toContain(
      '/complaints-report.csv',
    )
    expect((disabled.jobs.tasks ?? []).map((task) => task.slug)).not.toEqual(
      expect.arrayContaining(['sendLetter']),
    )
    expect((disabled.jobs.tasks ?? []).map((task) => task.slug)).toEqual([])
    expect(Object.keys(disabled.admin.components?.views ?? {})).not.toContain('complaintsOverdue')
    const fromModel = await callApi(payload, 'POST', '/regulations/from-model', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ model: 'hss' }),
    })
    expect(fromModel.status).toBe(501)
    const regulationsOf = (config: typeof enabled) =>
      config.collections.find((collection) => collection.slug === 'regulations')!
    expect(regulationsOf(disabled).admin.components?.beforeListTable ?? []).toEqual([])
    expect(regulationsOf(enabled).admin.components?.beforeListTable).toEqual([
      'payload-plugin-complaints/rsc#ModelRegulationStart',
    ])
    // Enabled, the same config has them all: the test can see the difference.
    expect((enabled.jobs.tasks ?? []).map((task) => task.slug).sort()).toEqual([
      'accessLogRetention',
      'anonymiseComplaints',
      'deadlineDigest',
      'draftOwedLetters',
      'notifyNewComplaint',
      'sendLetter',
    ])
    expect(Object.keys(enabled.admin.components?.views ?? {})).toContain('complaintsOverdue')
  })
})
