/**
 * What a request cannot do, whatever headers it forges: lock documents in someone else's name,
 * lock anyone out, ride a logged-in admin's cookie from another site, get a server error from bad
 * input, or store a date or a character that no record should hold.
 */
import { afterCommitSettled } from '../../src/database/afterCommit'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints } from 'payload'

import { formatDate } from '../../src/procedure/format'
import { addDays } from '../../src/procedure/dates'
import { todayInAmsterdam } from '../../src/complaints/storedDates'
import { withRequiredData } from '../helpers/complaints'
import { graphql } from '../helpers/graphql'
import {
  callApi,
  formData,
  samples,
  storedCounts,
  submitJson,
  submitMultipart,
} from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser, createPeople, PASSWORD } from '../helpers/users'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { TestUser } from '../helpers/users'

let payload: Payload
let regulations: Record<SeedSlug, number>
const ROLES = {
  admin: ['admin'],
  directie: ['directie'],
  handler: ['handler'],
  otherHandler: ['handler'],
  staff: ['staff'],
} as const
let people: Record<keyof typeof ROLES, TestUser>

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  people = await createPeople(payload, ROLES)
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
})

/** A stored complaint, with the letters drafted after its commit. */
const complaint = async (data: Record<string, unknown> = {}) => {
  const created = await payload.create({
    collection: 'complaints',
    depth: 0,
    data: withRequiredData({
      regulation: regulations.hss,
      receivedOn: '2026-03-02',
      channel: 'email',
      description: 'Afspraak niet nagekomen',
      handler: people.handler.id,
      ...data,
    }) as never,
  })
  await afterCommitSettled()
  return created as unknown as Record<string, any>
}

const refusalOf = (answer: { body: any }) =>
  answer.body.errors[0].data?.errors?.[0] ?? answer.body.errors[0]

describe('document locks follow the locked document’s access and the caller’s own name', () => {
  const lock = (user: TestUser, document: Record<string, unknown>, inNameOf = people.admin) =>
    rest(payload, 'POST', '/payload-locked-documents', {
      token: user.token,
      body: { document, user: { relationTo: 'users', value: inNameOf.id } },
    })

  it('refuses locking a complaint the caller may not change', async () => {
    const theirs = await complaint()
    const answer = await lock(people.otherHandler, { relationTo: 'complaints', value: theirs.id })
    expect(answer.status).toBe(403)
    expect((await payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(0)
  })

  it('refuses staff locking a regulation, which only the administrator changes', async () => {
    expect(
      (await lock(people.staff, { relationTo: 'regulations', value: regulations.hss })).status,
    ).toBe(403)
  })

  it('records a lock in the caller’s own name, whoever they name', async () => {
    const mine = await complaint()
    const answer = await lock(people.handler, { relationTo: 'complaints', value: mine.id })
    expect(answer.status).toBe(201)
    const stored = await payload.findByID({
      collection: 'payload-locked-documents',
      id: answer.body.doc.id,
      depth: 0,
    })
    expect(stored.user).toEqual({ relationTo: 'users', value: people.handler.id })
    // Nor can it be handed to someone else, or moved to another document.
    const other = await complaint()
    await rest(payload, 'PATCH', `/payload-locked-documents/${answer.body.doc.id}`, {
      token: people.handler.token,
      body: {
        user: { relationTo: 'users', value: people.admin.id },
        document: { relationTo: 'complaints', value: other.id },
      },
    })
    const after = await payload.findByID({
      collection: 'payload-locked-documents',
      id: answer.body.doc.id,
      depth: 0,
    })
    expect([after.user, after.document]).toEqual([
      { relationTo: 'users', value: people.handler.id },
      { relationTo: 'complaints', value: mine.id },
    ])
  })

  it('refuses removing a lock on a document the caller may not change', async () => {
    const mine = await complaint()
    const { body } = await lock(people.handler, { relationTo: 'complaints', value: mine.id })
    expect(
      (
        await rest(payload, 'DELETE', `/payload-locked-documents/${body.doc.id}`, {
          token: people.otherHandler.token,
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest(payload, 'DELETE', `/payload-locked-documents/${body.doc.id}`, {
          token: people.handler.token,
        })
      ).status,
    ).toBe(200)
  })
})

describe('logging in', () => {
  // Without an address no proxy reported one: the app cannot tell the caller apart.
  const login = (email: string, password: string, address = '') =>
    callApi(payload, 'POST', '/users/login', {
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
      body: JSON.stringify({ email, password }),
    })

  it('gives one message for a wrong password, an unknown account and a locked one', async () => {
    const victim = await createLoggedInUser(payload, 'slachtoffer@organisatie.example', ['handler'])
    const unknown = await login('niemand@organisatie.example', 'fout', '203.0.113.50')
    const wrong = await login(victim.email, 'fout', '203.0.113.50')
    for (let attempt = 0; attempt < 5; attempt += 1)
      await login(victim.email, 'fout', '203.0.113.50')
    const locked = await login(victim.email, PASSWORD, '203.0.113.50')
    expect([unknown.status, wrong.status, locked.status]).toEqual([401, 401, 401])
    expect(
      new Set([
        unknown.body.errors[0].message,
        wrong.body.errors[0].message,
        locked.body.errors[0].message,
      ]).size,
    ).toBe(1)
  }, 30_000)

  it('cannot be turned against the account’s owner: five wrong passwords lock out only the address they came from', async () => {
    const owner = await createLoggedInUser(payload, 'eigenaar@organisatie.example', ['admin'])
    for (let attempt = 0; attempt < 6; attempt += 1)
      await login(owner.email, 'raden', `198.51.100.7, 203.0.113.60`)
    expect((await login(owner.email, PASSWORD, '203.0.113.60')).status).toBe(401)
    expect((await login(owner.email, PASSWORD, '192.0.2.10')).status).toBe(200)
    expect(
      (
        (await payload.findByID({ collection: 'users', id: owner.id })) as {
          lockUntil?: string | null
        }
      ).lockUntil ?? null,
    ).toBeNull()
  }, 30_000)

  it('counts attempts over GraphQL too', async () => {
    const target = await createLoggedInUser(payload, 'doelwit@organisatie.example', ['staff'])
    const viaGraphql = (password: string) =>
      GRAPHQL_POST(payload.config)(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.70' },
          body: JSON.stringify({
            query: `mutation { loginUser(email: "${target.email}", password: "${password}") { token } }`,
          }),
        }),
      )
    for (let attempt = 0; attempt < 5; attempt += 1) await viaGraphql('fout')
    expect((await login(target.email, PASSWORD, '203.0.113.70')).status).toBe(401)
  }, 60_000)

  // Failed logins are slowed down on purpose: the tests that make many get the time that takes.
  it('starts the count over after a successful login', async () => {
    const user = await createLoggedInUser(payload, 'vergeetachtig@organisatie.example', ['staff'])
    for (let attempt = 0; attempt < 4; attempt += 1) await login(user.email, 'fout', '203.0.113.80')
    expect((await login(user.email, PASSWORD, '203.0.113.80')).status).toBe(200)
    for (let attempt = 0; attempt < 4; attempt += 1) await login(user.email, 'fout', '203.0.113.80')
    expect((await login(user.email, PASSWORD, '203.0.113.80')).status).toBe(200)
  }, 60_000)

  it('slows down, but never locks, an account when no trusted proxy tells the caller’s address', async () => {
    const user = await createLoggedInUser(payload, 'zonderproxy@organisatie.example', ['staff'])
    for (let attempt = 0; attempt < 5; attempt += 1) await login(user.email, 'fout')
    const started = Date.now()
    expect((await login(user.email, PASSWORD)).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    // The slow-down is the behaviour: six logins take seconds by design, more on a busy machine.
  }, 60_000)
})

describe('a logged-in cookie used from another site (CSRF)', () => {
  const withCookie = async (
    origin: string,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ) => {
    const headers = new Headers({
      Cookie: `payload-token=${people.directie.token}`,
      Origin: origin,
    })
    if (body) headers.set('Content-Type', 'application/json')
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request(`http://localhost/api${path}`, {
        method,
        headers,
        body: body ? JSON.stringify(body) : undefined,
      }),
    })
    return response.status
  }

  it('is treated as no login at all from another origin, and works from the app itself', async () => {
    const data = {
      regulation: regulations.hss,
      receivedOn: '2026-03-02',
      channel: 'phone',
      description: 'Via een andere site',
    }
    const before = await storedCounts(payload)
    expect(await withCookie('https://elders.example', 'POST', '/complaints', data)).toBe(403)
    expect(await withCookie('https://elders.example', 'GET', '/complaints')).toBe(403)
    expect(await storedCounts(payload)).toEqual(before)
    expect(await withCookie('http://localhost:3000', 'GET', '/complaints')).toBe(200)
  })
})

describe('bad input gets a 4xx that names what is wrong, never a server error', () => {
  it('refuses a JPEG whose first bytes are right but which is no image, on the public form', async () => {
    const fake = Uint8Array.from([
      0xff,
      0xd8,
      0xff,
      0xe0,
      ...new TextEncoder().encode('geen plaatje, alleen tekst die zich als JPEG voordoet'),
    ])
    const before = await storedCounts(payload)
    const answer = await submitMultipart(
      payload,
      formData({ regulation: 'hss', name: 'Kees', description: 'Met een foto.' }, [
        { name: 'foto.jpg', type: 'image/jpeg', data: fake },
      ]),
    )
    expect(answer.status).toBe(422)
    expect(answer.body.errors[0]).toMatchObject({
      field: 'attachments',
      rule: 'fileContentMismatch',
    })
    expect(await storedCounts(payload)).toEqual(before)
  })

  it.each([
    [
      'a NUL in the regulation of the CSV export',
      '/complaints-report.csv?regulation=%00',
      400,
      'Geef als regeling "all" of de code van een regeling',
    ],
    [
      'a letter number no table holds',
      '/letters-print/99999999999999999999',
      404,
      'Er is geen brief 99999999999999999999 die u mag inzien.',
    ],
    [
      'a letter number that is no number',
      '/letters-print/abc',
      404,
      'Er is geen brief abc die u mag inzien.',
    ],
  ])('%s', async (_case, path, status, message) => {
    const answer = await callApi(payload, 'GET', path, {
      headers: { Authorization: `JWT ${people.directie.token}` },
    })
    expect(answer.status).toBe(status)
    expect(answer.body.errors[0].message).toContain(message)
  })

  it('answers the print page without sniffing, framing by others or caching', async () => {
    const mine = await complaint()
    const { docs } = await payload.find({
      collection: 'letters',
      where: { complaint: { equals: mine.id } },
      depth: 0,
    })
    const page = await callApi(payload, 'GET', `/letters-print/${docs[0]!.id}`, {
      headers: { Authorization: `JWT ${people.handler.token}` },
    })
    expect(page.status).toBe(200)
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(page.headers.get('Content-Security-Policy')).toMatch(/frame-ancestors 'self'/)
    expect(page.headers.get('Cache-Control')).toBe('private, no-store')
  })
})

describe('dates staff record', () => {
  const record = (receivedOn: string) =>
    rest(payload, 'POST', '/complaints', {
      token: people.staff.token,
      body: {
        regulation: regulations.hss,
        receivedOn,
        channel: 'phone',
        description: 'Telefonisch vastgelegd',
      },
    })

  it.each([
    [
      'a day in the future',
      addDays(todayInAmsterdam(), 1),
      `Ontvangen op: ${formatDate(addDays(todayInAmsterdam(), 1), 'nl')} ligt in de toekomst; leg een handeling vast als zij heeft plaatsgevonden.`,
    ],
    [
      'a year far ahead',
      '2099-12-31',
      'Ontvangen op: do 31 dec 2099 ligt in de toekomst; leg een handeling vast als zij heeft plaatsgevonden.',
    ],
    [
      'a day that does not exist',
      '2026-02-30',
      'Ontvangen op: 2026-02-30 is geen bestaande datum.',
    ],
  ])(
    'refuses %s as the receipt date, naming the field, and stores nothing',
    async (_case, receivedOn, message) => {
      const before = await storedCounts(payload)
      const answer = await record(receivedOn)
      expect(answer.status).toBe(400)
      expect(refusalOf(answer)).toMatchObject({ path: 'receivedOn', message })
      expect(await storedCounts(payload)).toEqual(before)
    },
  )

  it('refuses a decision dated in the future over GraphQL, naming the field', async () => {
    const mine = await complaint()
    const answer = await graphql(
      payload,
      `mutation { updateComplaint(id: ${mine.id}, data: { decidedOn: "2099-01-01" }) { decidedOn } }`,
      { token: people.handler.token },
    )
    expect(JSON.stringify(answer.errors)).toContain('decidedOn')
    expect((await payload.findByID({ collection: 'complaints', id: mine.id })).decidedOn).toBeNull()
  })
})

describe('characters no record holds', () => {
  it.each([
    ['a right-to-left override', 'Klacht over \u202Egnp.exe'],
    ['a C1 control character', 'Klacht\u0085 met stuurteken'],
    ['a noncharacter', 'Klacht \uFFFE'],
  ])('refuses %s from staff over REST, naming the field', async (_case, description) => {
    const answer = await rest(payload, 'POST', '/complaints', {
      token: people.staff.token,
      body: {
        regulation: regulations.hss,
        receivedOn: '2026-03-02',
        channel: 'phone',
        description,
      },
    })
    expect(answer.status).toBe(400)
    expect(refusalOf(answer)).toMatchObject({
      path: 'description',
      message:
        'Omschrijving: bevat tekens die niet zijn toegestaan (stuurtekens, tekens die de leesrichting omdraaien, of niet-tekens).',
    })
  })

  it.each([
    ['a right-to-left override', 'Kees \u202Ede Vries'],
    ['a C1 control character', 'Kees\u0085'],
    ['an isolate', 'Kees \u2066x\u2069'],
  ])('refuses %s on the public form', async (_case, name) => {
    const answer = await submitJson(payload, {
      regulation: 'hss',
      name,
      description: 'Een klacht.',
    })
    expect(answer.status).toBe(422)
    expect(
      answer.body.errors.map((error: { field: string; rule: string }) => [error.field, error.rule]),
    ).toEqual([['name', 'invalidCharacters']])
  })

  it('refuses a file name that hides its real extension', async () => {
    const answer = await submitMultipart(
      payload,
      formData({ regulation: 'hss', name: 'Kees', description: 'Een klacht.' }, [
        { name: 'rekening\u202Efdp.exe.pdf', type: 'application/pdf', data: samples.pdf() },
      ]),
    )
    expect(answer.status).toBe(422)
    expect(answer.body.errors[0]).toMatchObject({ field: 'attachments', rule: 'fileNameInvalid' })
  })
})

describe('who appoints the people handling a complaint', () => {
  it('does not let staff name themselves handler while recording a complaint, so they gain no access', async () => {
    const answer = await rest(payload, 'POST', '/complaints', {
      token: people.staff.token,
      body: {
        regulation: regulations.hss,
        receivedOn: '2026-03-02',
        channel: 'phone',
        description: 'Zelf behandelaar?',
        handler: people.staff.id,
        appealReviewer: people.staff.id,
      },
    })
    expect(answer.status).toBe(201)
    const stored = await payload.findByID({
      collection: 'complaints',
      id: answer.body.doc.id,
      depth: 0,
    })
    expect([stored.handler, stored.appealReviewer, stored.participants]).toEqual([null, null, []])
    expect(
      (
        await rest(payload, 'GET', `/complaints/${answer.body.doc.id}`, {
          token: people.staff.token,
        })
      ).status,
    ).toBe(404)
  })

  it('does not let a handler hand the complaint to a colleague; directie does', async () => {
    const mine = await complaint()
    await rest(payload, 'PATCH', `/complaints/${mine.id}`, {
      token: people.handler.token,
      body: { handler: people.otherHandler.id },
    })
    expect(
      (await payload.findByID({ collection: 'complaints', id: mine.id, depth: 0 })).handler,
    ).toBe(people.handler.id)
    await rest(payload, 'PATCH', `/complaints/${mine.id}`, {
      token: people.directie.token,
      body: { handler: people.otherHandler.id },
    })
    expect(
      (await payload.findByID({ collection: 'complaints', id: mine.id, depth: 0 })).handler,
    ).toBe(people.otherHandler.id)
  })
})
