/**
 * IN FOCUS Samen: "Het klachtenreglement wordt bij aanvang van het traject bij de cliënt onder de
 * aandacht gebracht." The rule is data of the regulation (on for IN FOCUS Samen, off for the
 * others); staff record per client through the API when and how it was given; refusals in Dutch
 * and English; who sees which record; the reminder in the digest once the term is over; the
 * yearly report's counts; and the anonymisation that keeps those counts.
 */
import { createLocalReq } from 'payload'

import { todayInAmsterdam } from '../../src/complaints/storedDates'
import { regulationFromSeed } from '../../src/complaints/regulationFromSeed'
import { anonymiseNotices } from '../../src/privacy/anonymiseNotices'
import { seedRegulations } from '../../src/procedure/seeds'
import { noticeFigures } from '../../src/reports/notices'
import { dueSoonHorizon } from '../../src/reports/overdue'
import { overdueNotices } from '../../src/reports/overdueNotices'
import { DEFAULT_SLUGS } from '../../src/slugs'
import { digestTo } from '../helpers/digest'
import { callApi } from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { figuresCsvOf } from '../helpers/reportCsv'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { smtpSink } from '../helpers/smtpSink'
import { createLoggedInUser } from '../helpers/users'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { Slugs } from '../../src/slugs'
import type { TestUser } from '../helpers/users'

const mail = smtpSink(2651)
const TODAY = todayInAmsterdam()
const SLUGS = DEFAULT_SLUGS as unknown as Slugs
let payload: Payload
let regulations: Record<SeedSlug, number>
let coach: TestUser
let colleague: TestUser
let handler: TestUser
let directie: TestUser
const ids: Record<string, number> = {}

type Answer = { status: number; body: any }

beforeAll(async () => {
  await mail.start()
  process.env.SMTP_URL = mail.url
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  coach = await createLoggedInUser(payload, 'coach@notice.example', ['staff'])
  colleague = await createLoggedInUser(payload, 'collega@notice.example', ['staff'])
  handler = await createLoggedInUser(payload, 'behandelaar@notice.example', ['handler'])
  directie = await createLoggedInUser(payload, 'directie@notice.example', ['directie'])
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
  await mail.stop()
  delete process.env.SMTP_URL
})

const call = (
  user: TestUser | null,
  method: string,
  path: string,
  data?: Record<string, unknown>,
  language = 'nl',
): Promise<Answer> =>
  callApi(payload, method, `/regulation-notices${path}`, {
    headers: {
      ...(user ? { Authorization: `JWT ${user.token}` } : {}),
      'Accept-Language': language,
      'Content-Type': 'application/json',
    },
    ...(data ? { body: JSON.stringify(data) } : {}),
  }) as Promise<Answer>

const record = (user: TestUser, data: Record<string, unknown>, language = 'nl') =>
  call(user, 'POST', '', { regulation: regulations['in-focus-samen'], ...data }, language)

const refusals = (answer: Answer) => {
  expect(answer.status).toBe(400)
  return answer.body.errors[0].data.errors
}

const day = (stored: string | null | undefined) => stored && todayOf(stored)
const todayOf = (stored: string) =>
  new Date(stored).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' })

describe('the rule, as regulation data', () => {
  it('is on for IN FOCUS Samen with 5 working days, off for the other four', async () => {
    const stored = await payload.find({ collection: 'regulations', depth: 0, limit: 10 })
    const rules = Object.fromEntries(
      stored.docs.map((doc) => [
        doc.slug,
        [doc.rules?.informClientsAtStart, doc.rules?.informClientsWithin?.amount ?? null],
      ]),
    )
    expect(rules).toEqual({
      'in-focus-samen': [true, 5],
      'izw-arbeidscoaching': [false, null],
      'krachtig-perspectief': [false, null],
      'izw-ambulant': [false, null],
      hss: [false, null],
    })
  })
})

describe('a client given the regulation, recorded by staff', () => {
  it('is stored with the day it was owed by, how that was counted, and who gave and recorded it', async () => {
    const answer = await record(coach, {
      client: 'Cliënt 1042',
      trajectoryStartedOn: '2025-03-03',
      informedOn: '2025-03-05',
      informedHow: 'handedOver',
      note: 'Samen doorgelopen bij het intakegesprek.',
      // Set by the hook, not by whoever saves.
      informedBy: colleague.id,
      noticeDueOn: '2030-01-01',
    })
    expect(answer.status).toBe(201)
    const doc = answer.body.doc
    ids.r1 = doc.id
    expect(day(doc.noticeDueOn)).toBe('2025-03-10')
    expect(doc.noticeDueExplanation).toEqual({
      nl: '5 werkdagen na ma 3 mrt 2025 (start van het traject)',
      en: '5 working days after Mon 3 Mar 2025 (start of the trajectory)',
    })
    expect([doc.informedBy?.id ?? doc.informedBy, doc.recordedBy?.id ?? doc.recordedBy]).toEqual([
      coach.id,
      coach.id,
    ])
    expect(doc.regulation.id ?? doc.regulation).toBe(regulations['in-focus-samen'])
  })

  it('is refused with a date given before the trajectory started, in Dutch and English', async () => {
    const data = {
      client: 'Cliënt 1050',
      trajectoryStartedOn: '2025-03-03',
      informedOn: '2025-02-28',
      informedHow: 'email',
    }
    expect(refusals(await record(coach, data))).toEqual([
      {
        path: 'informedOn',
        message:
          'Klachtenregeling gegeven op: de klachtenregeling is gegeven op vr 28 feb 2025 en het traject begon pas op ma 3 mrt 2025; vul de dag in waarop de cliënt de regeling bij of na de start kreeg.',
      },
    ])
    expect(refusals(await record(coach, data, 'en'))).toEqual([
      {
        path: 'informedOn',
        message:
          'Regulation given on: the regulation was given on Fri 28 Feb 2025 and the trajectory only started on Mon 3 Mar 2025; enter the day the client was given it at or after the start.',
      },
    ])
  })

  it('is refused with a date given in the future, and without saying how', async () => {
    const future = await record(coach, {
      client: 'Cliënt 1051',
      trajectoryStartedOn: '2025-03-03',
      informedOn: '2099-01-06',
      informedHow: 'post',
    })
    expect(refusals(future)).toEqual([
      {
        path: 'informedOn',
        label: 'Klachtenregeling gegeven op',
        message:
          'Klachtenregeling gegeven op: di 6 jan 2099 ligt in de toekomst; leg een handeling vast als zij heeft plaatsgevonden.',
      },
    ])
    const how = await record(
      coach,
      { client: 'Cliënt 1052', trajectoryStartedOn: '2025-03-03', informedOn: '2025-03-04' },
      'en',
    )
    expect(refusals(how)).toEqual([
      {
        path: 'informedHow',
        message: 'How it was given: say how the complaints regulation was given.',
      },
    ])
    expect((await call(directie, 'GET', '?where[client][like]=105')).body.totalDocs).toBe(0)
  })

  it('is recorded by handlers and staff, not by anyone logged out', async () => {
    const byHandler = await record(handler, {
      client: 'Cliënt 1043',
      trajectoryStartedOn: '2025-03-03',
      informedOn: '2025-03-20',
      informedHow: 'email',
    })
    expect(byHandler.status).toBe(201)
    ids.r2 = byHandler.body.doc.id
    const byColleague = await record(colleague, {
      client: 'Cliënt 3001',
      trajectoryStartedOn: '2025-05-12',
      informedOn: '2025-05-12',
      informedHow: 'post',
    })
    expect(byColleague.status).toBe(201)
    ids.r5 = byColleague.body.doc.id
    expect(
      (await call(null, 'POST', '', { client: 'X', trajectoryStartedOn: '2025-03-03' })).status,
    ).toBe(403)
  })

  it('is read and changed by who recorded or gave it; directie sees every record', async () => {
    const own = await call(colleague, 'GET', '?depth=0')
    expect(own.body.docs.map((doc: { id: number }) => doc.id)).toEqual([ids.r5])
    expect((await call(colleague, 'GET', `/${ids.r1}`)).status).toBe(404)
    const change = await call(colleague, 'PATCH', `/${ids.r1}`, { note: 'overschreven' })
    expect(change.status).toBe(403)
    const all = await call(directie, 'GET', '?depth=0&limit=50')
    expect(all.body.docs.map((doc: { id: number }) => doc.id).sort()).toEqual(
      [ids.r1, ids.r2, ids.r5].sort(),
    )
    const stored = await payload.findByID({ collection: 'regulation-notices', id: ids.r1! })
    expect(stored.note).toBe('Samen doorgelopen bij het intakegesprek.')
  })
})

describe('where the regulation does not ask for it', () => {
  const refusedUnder = async (regulation: number, language: string) =>
    refusals(
      await call(
        coach,
        'POST',
        '',
        {
          regulation,
          client: 'Cliënt 9001',
          trajectoryStartedOn: '2025-03-03',
          informedOn: '2025-03-03',
          informedHow: 'handedOver',
        },
        language,
      ),
    )

  it('refuses the record under IZW Arbeidscoaching, naming the regulation and the rule', async () => {
    expect(await refusedUnder(regulations['izw-arbeidscoaching'], 'nl')).toEqual([
      {
        path: 'regulation',
        message:
          'Klachtenregeling: deze regeling vraagt niet om cliënten bij de start van hun traject op de klachtenregeling te wijzen; kies een regeling die dat wel vraagt of zet de regel aan (Regels → Behandeling).',
      },
    ])
    expect(await refusedUnder(regulations['krachtig-perspectief'], 'en')).toEqual([
      {
        path: 'regulation',
        message:
          'Regulation: this regulation does not ask to tell clients of the complaints regulation at the start of their trajectory; choose a regulation that does or turn the rule on (Rules → Handling).',
      },
    ])
  })

  it('refuses it under IN FOCUS Samen once an admin has turned the rule off', async () => {
    const off = await payload.create({
      collection: 'regulations',
      data: regulationFromSeed(
        {
          ...seedRegulations['in-focus-samen'],
          slug: 'in-focus-zonder',
          rules: { ...seedRegulations['in-focus-samen'].rules, informClientsAtStart: false },
        },
        '2020-01-01',
      ) as never,
    })
    expect((await refusedUnder(off.id as number, 'nl'))[0].path).toBe('regulation')
  })
})

describe('the reminder', () => {
  // The mail is quoted-printable: "cliënt" arrives as "cli=C3=ABnt".
  const digest = async (email: string) =>
    Buffer.from(
      (await digestTo(payload, mail, email))
        .join('\n')
        .replace(/=([0-9A-F]{2})/g, (_match, hex: string) =>
          String.fromCharCode(parseInt(hex, 16)),
        ),
      'latin1',
    ).toString('utf8')
  const link = (id: number) => `/admin/collections/regulation-notices/${id}`
  /** A request of the user, as the overdue view reads with it. */
  const asUser = async (user: TestUser) =>
    createLocalReq(
      {
        user: {
          ...(await payload.findByID({ collection: 'users', id: user.id })),
          collection: 'users',
        } as never,
      },
      payload,
    )

  it('tells who recorded a client not given the regulation once the term is over, without the name', async () => {
    const late = await record(coach, { client: 'Cliënt 2001', trajectoryStartedOn: '2024-11-04' })
    const running = await record(coach, { client: 'Cliënt 2002', trajectoryStartedOn: TODAY })
    expect([late.status, running.status]).toEqual([201, 201])
    ids.r3 = late.body.doc.id
    ids.r4 = running.body.doc.id
    expect(late.body.doc.informedBy ?? null).toBeNull()
    const before = await digest(coach.email)
    expect(before).toContain(
      `Klachtenregeling nog niet gegeven aan een cliënt (traject gestart op maandag 4 november 2024, uiterlijk maandag 11 november 2024): `,
    )
    expect(before).toContain(link(ids.r3!))
    expect(before).not.toContain(link(ids.r4!))
    expect(before).not.toContain('Cliënt 2001')
    // Nobody else is told of a client they did not record.
    expect(await digest(colleague.email)).not.toContain('Klachtenregeling nog niet gegeven')
  })

  it('lists them in the overdue view, the term passed and the one ending soon, to who may read them', async () => {
    const seen = async (user: TestUser, horizon = dueSoonHorizon(TODAY, 5)) =>
      (await overdueNotices(await asUser(user), { today: TODAY, horizon, limit: 100 })).rows
        .filter((row) => row.id === ids.r3 || row.id === ids.r4)
        .map(({ client, due, daysLate }) => ({ client, due, daysLate }))
    const runningDue = todayOf((await call(coach, 'GET', `/${ids.r4}?depth=0`)).body.noticeDueOn)
    const late = {
      client: 'Cliënt 2001',
      due: '2024-11-11',
      daysLate: Math.round((Date.parse(TODAY) - Date.parse('2024-11-11')) / 86_400_000),
    }
    const soon = {
      client: 'Cliënt 2002',
      due: runningDue,
      daysLate: -Math.round((Date.parse(runningDue) - Date.parse(TODAY)) / 86_400_000),
    }
    expect(soon.daysLate).toBeLessThan(0)
    expect(await seen(coach)).toEqual([late, soon])
    expect(await seen(directie)).toEqual([late, soon])
    // A horizon of today leaves out the term that has not ended; others' records stay out.
    expect(await seen(coach, TODAY)).toEqual([late])
    expect(await seen(colleague)).toEqual([])
    expect(await seen(handler)).toEqual([])
  })

  it('stops once the coach records that it was given, and names them as the giver', async () => {
    const given = await call(coach, 'PATCH', `/${ids.r3}`, {
      informedOn: '2024-11-20',
      informedHow: 'conversation',
    })
    expect(given.status).toBe(200)
    expect(given.body.doc.informedBy?.id ?? given.body.doc.informedBy).toBe(coach.id)
    expect(await digest(coach.email)).not.toContain(link(ids.r3!))
    const overdue = await overdueNotices(await asUser(coach), {
      today: TODAY,
      horizon: TODAY,
      limit: 100,
    })
    expect(overdue.rows.map((row) => row.id)).not.toContain(ids.r3)
  })
})

describe('the yearly report', () => {
  const counts = (informed: number, late: number, overdue: number) => ({ informed, late, overdue })

  it('counts the clients given the regulation per quarter, the late ones, and those still waiting', async () => {
    const waiting = await record(directie, {
      client: 'Cliënt 3002',
      trajectoryStartedOn: '2025-10-06',
    })
    expect(waiting.status).toBe(201)
    ids.r6 = waiting.body.doc.id
    const figures = await noticeFigures(payload, SLUGS, {
      regulation: 'in-focus-samen',
      year: 2025,
      asOf: TODAY,
    })
    expect(figures).toEqual({
      provided: true,
      year: counts(3, 1, 1),
      quarters: {
        1: counts(2, 1, 0),
        2: counts(1, 0, 0),
        3: counts(0, 0, 0),
        4: counts(0, 0, 1),
      },
    })
    const before = await noticeFigures(payload, SLUGS, {
      regulation: null,
      year: 2024,
      asOf: TODAY,
    })
    expect(before.year).toEqual(counts(1, 1, 0))
    const izw = await noticeFigures(payload, SLUGS, {
      regulation: 'izw-arbeidscoaching',
      year: 2025,
      asOf: TODAY,
    })
    expect([izw.provided, izw.year]).toEqual([false, counts(0, 0, 0)])
    // The figures CSV holds the same counts per period; a regulation without the duty has no such columns.
    const csv = await figuresCsvOf(payload, directie.token, {
      regulation: 'in-focus-samen',
      year: 2025,
    })
    const given = (period: string) =>
      ['Given', 'of which late', 'Not yet given, term over'].map((label) =>
        Number(csv[period]![`Clients informed of the regulation: ${label}`]),
      )
    expect(['Year', 'Q1', 'Q2', 'Q3', 'Q4'].map(given)).toEqual([
      [3, 1, 1],
      [2, 1, 0],
      [1, 0, 0],
      [0, 0, 0],
      [0, 0, 1],
    ])
    const izwCsv = await figuresCsvOf(payload, directie.token, {
      regulation: 'izw-arbeidscoaching',
      year: 2025,
    })
    expect(Object.keys(izwCsv.Year!).filter((name) => name.startsWith('Clients informed'))).toEqual(
      [],
    )
  })
})

describe('privacy', () => {
  it('anonymises the records two years after their last date, keeping what the report counts', async () => {
    const req = await createLocalReq({}, payload)
    const asOf = '2027-04-01'
    const yearBefore = await noticeFigures(payload, SLUGS, {
      regulation: 'in-focus-samen',
      year: 2025,
      asOf,
    })
    expect(await anonymiseNotices(req, asOf)).toBe(3)
    const { docs } = await payload.find({
      collection: 'regulation-notices',
      depth: 0,
      sort: 'id',
      pagination: false,
    })
    const byId = new Map(docs.map((doc) => [doc.id, doc]))
    for (const id of [ids.r1, ids.r2, ids.r3]) {
      const doc = byId.get(id!)!
      expect([doc.client, doc.note ?? null, day(doc.anonymisedOn)]).toEqual(['', null, asOf])
      expect(day(doc.informedOn)).not.toBeNull()
    }
    expect(byId.get(ids.r1!)!.informedBy).toBe(coach.id)
    for (const id of [ids.r4, ids.r5, ids.r6])
      expect(byId.get(id!)!.anonymisedOn ?? null).toBeNull()
    expect(byId.get(ids.r5!)!.client).toBe('Cliënt 3001')
    expect(
      await noticeFigures(payload, SLUGS, { regulation: 'in-focus-samen', year: 2025, asOf }),
    ).toEqual(yearBefore)
    const audit = await payload.find({
      collection: 'complaint-audit-log',
      where: { documentCollection: { equals: 'regulation-notices' } },
      pagination: false,
    })
    expect(audit.docs.map((entry) => Number(entry.documentId)).sort()).toEqual(
      [ids.r1, ids.r2, ids.r3].sort(),
    )
    expect(await anonymiseNotices(req, asOf)).toBe(0)
    const change = await call(directie, 'PATCH', `/${ids.r1}`, { client: 'Cliënt 1042' })
    expect(refusals(change)).toEqual([
      {
        path: 'anonymisedOn',
        message:
          'Geanonimiseerd op: dit gegeven is geanonimiseerd en kan niet meer worden gewijzigd.',
      },
    ])
  })
})
