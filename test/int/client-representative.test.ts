/**
 * Someone who complains on behalf of a client, under each regulation that lets them: both IZW
 * ("de wettelijk vertegenwoordiger van de klant, of nabestaande van een overleden klant") and
 * Krachtig Perspectief ("vertegenwoordiger"). Through the public form's endpoint and by staff:
 * the client recorded apart from the complainant, a refusal without them (Dutch and English,
 * naming the field), the letters to the complainant that name the client, the complainant's
 * export, and the anonymised file without the client.
 */
import { sql } from '@payloadcms/db-postgres'
import { strFromU8, unzipSync } from 'fflate'
import { handleEndpoints } from 'payload'

import { plainText } from '../../src/complaints/richText'
import { isoDateOf } from '../../src/complaints/storedDates'
import { afterCommitSettled } from '../../src/database/afterCommit'
import { databaseOf } from '../../src/database/sql'
import { callApi, submitJson } from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser } from '../helpers/users'
import { acknowledge, close, decide, start, walkComplaint } from '../helpers/walkComplaint'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { TestUser } from '../helpers/users'

let payload: Payload
let regulations: Record<SeedSlug, number>
let staff: TestUser
let handler: TestUser
let directie: TestUser

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  staff = await createLoggedInUser(payload, 'balie@organisatie.example', ['staff'])
  handler = await createLoggedInUser(payload, 'behandelaar@organisatie.example', ['handler'])
  directie = await createLoggedInUser(payload, 'directie@organisatie.example', ['directie'])
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
})

type Case = {
  slug: 'izw-arbeidscoaching' | 'izw-ambulant' | 'krachtig-perspectief'
  role: string
  roleNl: string
  roleEn: string
  /** What the regulation requires of the complainant on the form. */
  complainant: Record<string, string>
  /** The client's details the regulation asks beside the name. */
  details: Record<string, string>
}

const IZW_COMPLAINANT = {
  name: 'Petra Bakker',
  address: 'Kerkweg 2',
  city: 'Zeist',
  phone: '06 12345678',
  email: 'familie.bakker@example.nl',
}

const CASES: Case[] = [
  {
    slug: 'izw-arbeidscoaching',
    role: 'legalRepresentative',
    roleNl: 'wettelijk vertegenwoordiger',
    roleEn: 'legal representative',
    complainant: IZW_COMPLAINANT,
    details: { clientDateOfBirth: '1950-03-03' },
  },
  {
    slug: 'izw-ambulant',
    role: 'survivingRelative',
    roleNl: 'nabestaande',
    roleEn: 'surviving relative',
    complainant: IZW_COMPLAINANT,
    details: { clientDateOfBirth: '1938-11-20' },
  },
  {
    slug: 'krachtig-perspectief',
    role: 'representative',
    roleNl: 'vertegenwoordiger',
    roleEn: 'representative',
    complainant: { name: 'Petra Bakker', email: 'familie.bakker@example.nl' },
    details: {},
  },
]

const DESCRIPTION = 'De begeleider van mijn vader kwam drie keer niet.'

const stored = async (reference: string) =>
  (
    await payload.find({
      collection: 'complaints',
      where: { reference: { equals: reference } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] as unknown as Record<string, any>

const countComplaints = async () =>
  (await payload.count({ collection: 'complaints', overrideAccess: true })).totalDocs

const letterOf = async (complaint: number, kind: string) => {
  const { docs } = await payload.find({
    collection: 'letters',
    where: { and: [{ complaint: { equals: complaint } }, { kind: { equals: kind } }] },
    depth: 0,
    overrideAccess: true,
  })
  if (!docs[0]) throw new Error(`no ${kind} letter drafted`)
  return { subject: String(docs[0].subject), body: plainText(docs[0].body) }
}

/** A save as staff over REST, in the admin language asked. */
const staffCreate = (body: Record<string, unknown>, language: 'nl' | 'en') =>
  callApi(payload, 'POST', '/complaints', {
    headers: {
      Authorization: `JWT ${staff.token}`,
      'Accept-Language': language,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(body),
  })

describe('the public form asks who the complaint is about', () => {
  it.each(CASES)(
    '$slug: choosing $role asks the client, with the details the regulation uses',
    async ({ slug, role, details }) => {
      const { body } = await callApi(payload, 'GET', `/complaints/form/${slug}`)
      expect(body.rolesForClient).toContain(role)
      expect(body.rolesForClient).not.toContain('client')
      const clientFields = body.fields.filter((field: { forClient: boolean }) => field.forClient)
      expect(clientFields.map((field: { name: string }) => field.name)).toEqual([
        'clientName',
        ...Object.keys(details),
      ])
      expect(clientFields[0]).toMatchObject({
        required: true,
        label: { nl: 'Naam van de cliënt', en: 'Name of the client' },
      })
      expect(body.texts.nl['form.clientLegend']).toBe('Om wie gaat de klacht?')
      expect(body.texts.en['form.clientLegend']).toBe('Who is the complaint about?')
    },
  )

  it('asks nothing of a client where only the client complains (HSS)', async () => {
    const { body } = await callApi(payload, 'GET', '/complaints/form/hss')
    expect(body.rolesForClient).toEqual([])
    expect(body.fields.filter((field: { forClient: boolean }) => field.forClient)).toEqual([])
    expect(body.fields.find((field: { name: string }) => field.name === 'role').help).toBe(
      undefined,
    )
  })
})

describe.each(CASES)('$slug, a complaint by a $role', (each) => {
  const { slug, role, roleNl, roleEn, complainant, details } = each
  const clientName = `Jan Bakker (${slug})`
  const submission = {
    regulation: slug,
    ...complainant,
    role,
    clientName,
    ...details,
    eventsOn: '2026-10-12',
    description: DESCRIPTION,
  }
  let formComplaint: Record<string, any>
  let staffComplaint: Record<string, any>

  it('is stored from the public form with the client apart from the complainant, and acknowledged to the complainant in Dutch', async () => {
    const answer = await submitJson(payload, submission)
    expect(answer.status).toBe(201)
    formComplaint = await stored(answer.body.reference)
    expect(formComplaint.complainant).toMatchObject({ name: 'Petra Bakker', role })
    expect(formComplaint.client.name).toBe(clientName)
    expect(formComplaint.client.number ?? null).toBeNull()
    expect(isoDateOf(formComplaint.client.dateOfBirth) ?? null).toBe(
      details.clientDateOfBirth ?? null,
    )
    await afterCommitSettled()
    const letter = await letterOf(formComplaint.id, 'acknowledgement')
    expect(letter.body).toMatch(/^Beste Petra Bakker,/)
    expect(letter.body).toContain(`U dient deze klacht in namens ${clientName}.`)
  })

  it('is refused from the form without the client, naming the field and the rule in Dutch and English, and nothing is stored', async () => {
    const before = await countComplaints()
    const { clientName: _left, ...without } = submission
    const dutch = await submitJson(payload, without)
    expect(dutch.status).toBe(422)
    expect(dutch.body.errors).toEqual([
      {
        field: 'clientName',
        rule: 'clientRequired',
        message: `Naam van de cliënt: vul de naam in van de cliënt namens wie u klaagt; een ${roleNl} klaagt namens een cliënt.`,
      },
    ])
    const english = await submitJson(payload, { ...without, lang: 'en' })
    expect(english.status).toBe(422)
    expect(english.body.errors[0].message).toBe(
      `Name of the client: fill in the name of the client on whose behalf you complain; a ${roleEn} complains on behalf of a client.`,
    )
    expect(await countComplaints()).toBe(before)
  })

  it('refuses a client from someone who complains for themselves, and a detail the regulation does not ask', async () => {
    const own = await submitJson(payload, { ...submission, role: 'client', lang: 'en' })
    expect(own.status).toBe(422)
    expect(own.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'clientName',
      ...Object.keys(details),
    ])
    expect(own.body.errors[0].message).toBe(
      'Name of the client: leave this empty: a client complains in their own right, not on behalf of a client.',
    )
    const number = await submitJson(payload, { ...submission, clientNumber: 'K-4711' })
    expect(number.status).toBe(422)
    expect(number.body.errors).toEqual([
      {
        field: 'clientNumber',
        rule: 'clientDetailNotAsked',
        message: 'Cliëntnummer: deze klachtenregeling vraagt dit niet; laat het leeg.',
      },
    ])
  })

  it('is refused from staff without the client, in the admin language, naming the field', async () => {
    const data = {
      regulation: regulations[slug],
      channel: 'letter',
      eventsOn: '2026-10-12',
      description: DESCRIPTION,
      complainant: { ...complainant, role, language: 'en' },
    }
    const dutch = await staffCreate(data, 'nl')
    expect(dutch.status).toBe(400)
    expect(dutch.body.errors[0].data.errors).toEqual([
      {
        path: 'client.name',
        message: `Naam van de cliënt: Een ${roleNl} klaagt namens een cliënt: vul de naam in van de cliënt om wie de klacht gaat.`,
      },
    ])
    const english = await staffCreate(data, 'en')
    expect(english.body.errors[0].data.errors[0].message).toBe(
      `Name of the client: A ${roleEn} complains on behalf of a client: fill in the name of the client the complaint is about.`,
    )
    // A client recorded for someone who complains for themselves is refused too.
    const stray = await staffCreate(
      { ...data, complainant: { ...data.complainant, role: 'client' }, client: { number: '4711' } },
      'en',
    )
    expect(stray.status).toBe(400)
    expect(stray.body.errors[0].data.errors[0].path).toBe('client.number')
    expect(stray.body.errors[0].data.errors[0].message).toContain(
      'A client complains in their own right, not on behalf of a client',
    )
    const recorded = await staffCreate(
      { ...data, client: { name: `Klaas Bakker (${slug})`, dateOfBirth: '1941-05-06' } },
      'nl',
    )
    expect(recorded.status).toBe(201)
    staffComplaint = recorded.body.doc
    expect(staffComplaint.client.name).toBe(`Klaas Bakker (${slug})`)
  })

  it('writes the complainant in English, naming the client, through to the decision', async () => {
    await afterCommitSettled()
    const received = String(staffComplaint.receivedOn).slice(0, 10)
    for (const step of [
      acknowledge(received),
      start({ handler: handler.id }),
      decide(received, 'founded', received),
    ])
      await payload.update({
        collection: 'complaints',
        id: staffComplaint.id,
        depth: 0,
        data: step as never,
      })
    await afterCommitSettled()
    const acknowledgement = await letterOf(staffComplaint.id, 'acknowledgement')
    expect(acknowledgement.body).toMatch(/^Dear Petra Bakker,/)
    expect(acknowledgement.body).toContain(
      `You make this complaint on behalf of Klaas Bakker (${slug}).`,
    )
    const decision = await letterOf(staffComplaint.id, 'decision')
    expect(decision.body).toMatch(/^Dear Petra Bakker,/)
    expect(decision.body).toContain(`This is your complaint on behalf of Klaas Bakker (${slug}).`)
    expect(decision.body).toContain('We find your complaint founded.')
  })

  it("puts the client in the complainant's export and takes every trace of them from the anonymised file", async () => {
    const closed = await walkComplaint(
      payload,
      regulations[slug],
      {
        receivedOn: '2026-10-05',
        complainant: { ...complainant, role, language: 'nl' },
        client: { name: 'Geheime Cliënt', number: 'K-0042', dateOfBirth: '1944-02-02' },
      },
      acknowledge('2026-10-05'),
      start({ handler: handler.id }),
      decide('2026-10-20', 'founded', '2026-10-05'),
      close('2026-10-21'),
    )
    await afterCommitSettled()
    const exported = await handleEndpoints({
      config: payload.config,
      request: new Request(`http://localhost/api/complaints/${closed.id}/export`, {
        headers: { Authorization: `JWT ${directie.token}` },
      }),
    })
    expect(exported.status).toBe(200)
    const files = unzipSync(new Uint8Array(await exported.arrayBuffer()))
    const body = JSON.parse(strFromU8(files['complainant.json']!))
    const entry = body.complaints.find(
      (candidate: { complaint: { id: number } }) => candidate.complaint.id === closed.id,
    )
    expect(entry.complaint.client).toMatchObject({ name: 'Geheime Cliënt', number: 'K-0042' })

    const erased = await rest(payload, 'POST', `/complaints/${closed.id}/erase`, {
      token: directie.token,
      body: { reason: 'Verzoek van de vertegenwoordiger' },
    })
    expect(erased.status).toBe(200)
    await afterCommitSettled()
    const rows = async (query: ReturnType<typeof sql>) =>
      (await databaseOf(payload).execute(query)).rows as Record<string, unknown>[]
    const [row] = await rows(sql`select * from complaints where id = ${closed.id}`)
    expect(row).toMatchObject({
      client_name: null,
      client_number: null,
      client_date_of_birth: null,
      complainant_name: null,
      complainant_role: role,
    })
    const left = JSON.stringify([
      row,
      await rows(sql`select * from _complaints_v where parent_id = ${closed.id}`),
      await rows(sql`select * from letters where complaint_id = ${closed.id}`),
    ])
    expect(left).not.toMatch(/Geheime|K-0042|1944-02-02/)
  })
})
