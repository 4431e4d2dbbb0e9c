/**
 * The plugin in an organisation's own Payload app, unlike the demo: its users are `members` whose
 * roles come from a field of their own through getRoles, the complaints collection is renamed to
 * `klachten` because the host has a `complaints` collection of its own, and the admin speaks
 * English only. Everything works under those names, on a real PostgreSQL.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig, getPayload } from 'payload'

import { complaintsPlugin, modelRegulation } from '../../src/index'
import { smtpEmailAdapter } from '../../src/email/smtpEmailAdapter'
import { reportDatabaseOf } from '../../src/reports/database'
import { overdueTallies } from '../../src/reports/overdueOverview'
import { yearlyFigures } from '../../src/reports/yearly'
import { isoDateOf, todayInAmsterdam } from '../../src/complaints/storedDates'
import { afterCommitSettled } from '../../src/database/afterCommit'
import { addDays } from '../../src/procedure/dates'
import { COMPLAINANT } from '../helpers/complaints'
import { freshDatabaseUrl, stopPayload } from '../helpers/payload'
import { callApi } from '../helpers/intake'
import { pageSettings } from '../../src/hostedPages/pageSettings'
import { rest } from '../helpers/rest'
import { smtpSink } from '../helpers/smtpSink'

import type { CollectionSlug, Payload } from 'payload'

const mail = smtpSink(2627)
const FUNCTIONS = { boss: 'directie', caseworker: 'handler', desk: 'staff', it: 'admin' } as const

let payload: Payload
const slug = (name: string) => name as CollectionSlug
const members = {} as Record<keyof typeof FUNCTIONS, { id: number; token: string }>

beforeAll(async () => {
  await mail.start()
  const config = buildConfig({
    secret: 'host-app-secret',
    telemetry: false,
    admin: { user: 'members' },
    i18n: { supportedLanguages: { en } },
    editor: lexicalEditor(),
    db: postgresAdapter({ pool: { connectionString: await freshDatabaseUrl() }, push: true }),
    email: smtpEmailAdapter({
      url: mail.url,
      fromAddress: 'klachten@host.example',
      fromName: 'Host',
    }),
    jobs: { enableConcurrencyControl: true },
    collections: [
      {
        slug: 'members',
        auth: true,
        fields: [
          { name: 'fullName', type: 'text' },
          { name: 'functions', type: 'select', hasMany: true, options: Object.keys(FUNCTIONS) },
        ],
      },
      // The host's own collection under the plugin's default slug.
      { slug: 'complaints', fields: [{ name: 'title', type: 'text' }] },
    ],
    plugins: [
      complaintsPlugin({
        userCollection: 'members',
        getRoles: (user) =>
          ((user?.functions as (keyof typeof FUNCTIONS)[] | undefined) ?? []).map(
            (each) => FUNCTIONS[each],
          ),
        overrides: {
          complaints: ({ defaultCollection }) => ({ ...defaultCollection, slug: 'klachten' }),
        },
        publicUrl: 'https://klachten.host.example',
        attachmentsDir: await mkdtemp(path.join(tmpdir(), 'host-attachments-')),
      }),
    ],
  })
  payload = await getPayload({ config })
  for (const name of Object.keys(FUNCTIONS) as (keyof typeof FUNCTIONS)[]) {
    const email = `${name}@host.example`
    const created = await payload.create({
      collection: slug('members'),
      data: { email, password: 'host-password-1', fullName: name, functions: [name] } as never,
    })
    const { token } = await payload.login({
      collection: slug('members'),
      data: { email, password: 'host-password-1' },
    })
    members[name] = { id: created.id as number, token: token! }
  }
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
  await mail.stop()
})

describe('the plugin in a host app with its own users, slugs and language', () => {
  let regulation: number
  let complaint: { id: number; reference: string }

  it('keeps the host’s own complaints collection and puts the plugin’s under the new slug', async () => {
    expect(Object.keys(payload.collections)).toEqual(
      expect.arrayContaining([
        'members',
        'complaints',
        'klachten',
        'letters',
        'regulations',
        'committees',
      ]),
    )
    const own = await payload.create({
      collection: slug('complaints'),
      data: { title: 'Host content' } as never,
    })
    expect((own as { title?: string }).title).toBe('Host content')
  })

  it('starts a regulation from a model regulation', async () => {
    const created = await payload.create({
      collection: slug('regulations'),
      data: modelRegulation('izw-arbeidscoaching', '2024-01-25') as never,
    })
    regulation = created.id as number
    expect((created as { slug?: string }).slug).toBe('izw-arbeidscoaching')
  })

  it('records a complaint under `klachten`, handled by a member whose role comes from getRoles', async () => {
    const receivedOn = addDays(todayInAmsterdam(), -3)
    const answer = await rest(payload, 'POST', '/klachten', {
      token: members.boss.token,
      body: {
        regulation,
        receivedOn,
        channel: 'email',
        description: 'Afspraak niet nagekomen',
        eventsOn: receivedOn,
        complainant: COMPLAINANT,
        handler: members.caseworker.id,
      },
    })
    expect(answer.status).toBe(201)
    complaint = { id: answer.body.doc.id, reference: answer.body.doc.reference }
    expect(complaint.reference).toMatch(/^KL-\d{4}-0001$/)
    // Only those involved read it: the caseworker handles it, the desk does not.
    expect(
      (await rest(payload, 'GET', `/klachten/${complaint.id}`, { token: members.caseworker.token }))
        .status,
    ).toBe(200)
    expect(
      (await rest(payload, 'GET', `/klachten/${complaint.id}`, { token: members.desk.token }))
        .status,
    ).toBe(404)
  })

  it('drafts the acknowledgement, sends it through the outbox and records the acknowledgement', async () => {
    await afterCommitSettled()
    const { docs } = await payload.find({
      collection: slug('letters'),
      where: { complaint: { equals: complaint.id } },
      depth: 0,
    })
    const acknowledgement = docs.find(
      (letter) => (letter as { kind?: string }).kind === 'acknowledgement',
    )!
    const queued = await rest(payload, 'PATCH', `/letters/${acknowledgement.id}`, {
      token: members.caseworker.token,
      body: { status: 'queued' },
    })
    expect(queued.status).toBe(200)
    await payload.jobs.run({ queue: 'default', limit: 10 })
    // The acknowledgement to the complainant, and to the directie member (getRoles) the notice of a new complaint.
    expect(mail.received.map((message) => message.to[0]).sort()).toEqual([
      'boss@host.example',
      COMPLAINANT.email,
    ])
    const stored = (await payload.findByID({
      collection: slug('klachten'),
      id: complaint.id,
      depth: 0,
    })) as { acknowledgedOn?: string }
    expect(isoDateOf(stored.acknowledgedOn)).toBe(todayInAmsterdam())
    const acknowledged = await rest(payload, 'PATCH', `/klachten/${complaint.id}`, {
      token: members.caseworker.token,
      body: { status: 'acknowledged' },
    })
    expect(acknowledged.body.doc.status).toBe('acknowledged')
  })

  it('refuses in English, the host’s only admin language', async () => {
    const refused = await rest(payload, 'PATCH', `/klachten/${complaint.id}`, {
      token: members.caseworker.token,
      body: { status: 'decided' },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].message).toMatch(
      /^Status: 'acknowledged' cannot become 'decided' in one step: first 'in progress'/,
    )
  })

  it('counts the complaint in the overdue figures and the yearly report, read from the renamed tables', async () => {
    const database = reportDatabaseOf(payload, {
      userCollection: 'members',
      slugs: payload.config.custom.complaintsPlugin.slugs,
    })
    const viewer = { id: members.boss.id, sees: 'allButAboutThemselves' as const }
    const tallies = await overdueTallies(database, {
      viewer,
      today: todayInAmsterdam(),
      workingDays: 60,
    })
    // The decision is due in 4 weeks: within the 60 working days asked.
    expect(tallies.totals.passed + tallies.totals.dueSoon).toBe(1)
    const year = Number(todayInAmsterdam().slice(0, 4))
    const figures = await yearlyFigures(database, {
      viewer,
      regulation: 'izw-arbeidscoaching',
      year,
      asOf: todayInAmsterdam(),
    })
    expect(figures.year.total).toBe(1)
  })

  it('serves the report export to the directie member, under the host’s user collection', async () => {
    const answer = await callApi(
      payload,
      'GET',
      '/complaints-report.csv?regulation=izw-arbeidscoaching&lang=en',
      { headers: { Authorization: `JWT ${members.boss.token}` } },
    )
    expect(answer.status).toBe(200)
    expect(String(answer.body)).toContain('izw-arbeidscoaching')
    const desk = await callApi(payload, 'GET', '/complaints-report.csv', {
      headers: { Authorization: `JWT ${members.desk.token}` },
    })
    expect(desk.status).toBe(403)
  })

  it('serves the public form under the renamed collection: script, form and submission', async () => {
    const script = await callApi(payload, 'GET', '/klachten/complaint-form.js')
    expect([
      script.status,
      script.headers.get('content-type'),
      script.headers.get('cross-origin-resource-policy'),
    ]).toEqual([200, 'text/javascript; charset=utf-8', 'cross-origin'])
    // The script finds the form beside itself, so it works under any slug and API route.
    expect(String(script.body)).toContain("new URL('.',")
    const form = await callApi(payload, 'GET', '/klachten/form/izw-arbeidscoaching?lang=en')
    expect(form.status).toBe(200)
    const links = form.body as { submitUrl: string; regulationUrl: string }
    expect([links.submitUrl, links.regulationUrl]).toEqual([
      'https://klachten.host.example/api/klachten/submit',
      'https://klachten.host.example/klacht/izw-arbeidscoaching/regeling',
    ])
    const submitted = await callApi(payload, 'POST', '/klachten/submit', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        regulation: 'izw-arbeidscoaching',
        name: 'Fatima El Amrani',
        address: 'Dorpsstraat 1',
        city: 'Utrecht',
        phone: '030-1234567',
        description: 'Coach kwam niet',
      }),
    })
    const receipt = submitted.body as { reference: string; statusUrl: string; statusToken: string }
    expect([submitted.status, receipt.reference, receipt.statusUrl]).toEqual([
      201,
      expect.stringMatching(/^KL-\d{4}-0002$/),
      `https://klachten.host.example/klacht/status/${receipt.statusToken}`,
    ])
    expect(
      (
        await payload.count({
          collection: slug('klachten'),
          where: { reference: { equals: receipt.reference } },
        })
      ).totalDocs,
    ).toBe(1)
    const settings = await pageSettings(payload.config)
    expect([settings.pagesPath, settings.scriptUrl]).toEqual([
      '/klacht',
      '/api/klachten/complaint-form.js',
    ])
  })
})
