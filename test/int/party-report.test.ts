/**
 * The commissioning party's report (IN FOCUS Samen, "Registratie van klachten": "Op verzoek van
 * een opdrachtgever zal inzage worden gegeven in de klachten, de gerealiseerde doorlooptijden en
 * de uitkomst"): the parties are data in the regulation, complaints of two parties go through
 * the procedure, and the report of one holds exactly its own complaints' figures, and not one of
 * the personal strings put into them, in JSON or CSV.
 */
import { getLocalI18n, handleEndpoints } from 'payload'

import { regulationFromSeed } from '../../src/complaints/regulationFromSeed'
import { copySeed } from '../../src/procedure/seeds'
import { refusalsOf } from '../helpers/complaints'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser } from '../helpers/users'
import {
  acknowledge,
  close,
  decide,
  extend,
  notAdmit,
  start,
  walkComplaint,
  withdraw,
} from '../helpers/walkComplaint'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { TestUser } from '../helpers/users'

let payload: Payload
let regulations: Record<SeedSlug, number>
let directie: TestUser
let admin: TestUser
let handler: TestUser
const references: string[] = []

/** Ten strings that name or describe a person, each put into a complaint of the party. */
const PERSONAL = {
  name: 'Jolanda Vermeulen-Achterberg',
  address: 'Kastanjelaan 17',
  city: 'Oud-Beijerland',
  phone: '06-48151623',
  email: 'j.vermeulen@voorbeeld.example',
  description: 'Mijn jobcoach Bartholomeus sprak op het werk over mijn burn-out',
  desiredSolution: 'Een gesprek met teamleider Wilhelmina',
  subjectDepartment: 'Team Hoeksche Waard Noord',
  delayExplanation: 'Commissielid Theodorus was met zorgverlof',
  nonAdmissionMotivation: 'Betreft het WIA-besluit in dossier 88-1234',
}
const HEARING = 'Zuidema vertelde over het gesprek in de kantine'
const EXTENSION = 'Getuige Ravensbergen op vakantie'
const LABOUR_EXPERT = 'Gerrit-Jan Oosterhuis'

const complainant = {
  name: PERSONAL.name,
  address: PERSONAL.address,
  city: PERSONAL.city,
  phone: PERSONAL.phone,
  email: PERSONAL.email,
  role: 'client',
}

const endpoint = async (query: string, token?: string) => {
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(`http://localhost/api/complaints/report/party?${query}`, {
      headers: token ? { Authorization: `JWT ${token}` } : {},
    }),
  })
  const text = await response.text()
  return { status: response.status, type: response.headers.get('content-type'), text }
}

const json = async (query: string, token = directie.token) => {
  const { status, text } = await endpoint(query, token)
  return { status, body: JSON.parse(text) }
}

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  ;[directie, admin, handler] = await Promise.all([
    createLoggedInUser(payload, 'directie@party.example', ['directie']),
    createLoggedInUser(payload, 'admin@party.example', ['admin']),
    createLoggedInUser(payload, 'handler@party.example', ['handler']),
  ])
  const [a, b] = await Promise.all(
    ['lid1', 'lid2'].map((name) =>
      createLoggedInUser(payload, `${name}@party.example`, ['handler']),
    ),
  )
  const committee = (
    await payload.create({
      collection: 'committees',
      data: { name: 'Commissie', members: [a!.id, b!.id] },
    })
  ).id as number
  const people = { committee, handler: handler.id }
  const walk = async (
    party: string | null,
    created: Record<string, unknown>,
    ...steps: Record<string, unknown>[]
  ) => {
    const walked = await walkComplaint(
      payload,
      regulations['in-focus-samen'],
      { complainant, commissioningParty: party, ...created },
      ...steps,
    )
    references.push(walked.reference)
  }

  // UWV, 2025: closed within term; decided one day late; not admitted; withdrawn; still open.
  await walk(
    'uwv',
    {
      receivedOn: '2025-03-03',
      description: PERSONAL.description,
      desiredSolution: PERSONAL.desiredSolution,
      subjectDepartment: PERSONAL.subjectDepartment,
      uwv: { isUwvClient: true, labourExpertName: LABOUR_EXPERT },
    },
    acknowledge('2025-03-05'),
    start(people),
    {
      ...decide('2025-03-31', 'founded'),
      hearings: [{ date: '2025-03-20', heard: 'complainantAndEmployee', summary: HEARING }],
    },
    close('2025-04-02'),
  )
  await walk(
    'uwv',
    { receivedOn: '2025-03-03', delayExplanation: PERSONAL.delayExplanation },
    acknowledge('2025-03-05'),
    start(people),
    decide('2025-04-01', 'unfounded', '2025-03-20'),
  )
  await walk('uwv', { receivedOn: '2025-05-05' }, acknowledge('2025-05-06'), {
    ...notAdmit('2025-05-12'),
    nonAdmissionMotivation: PERSONAL.nonAdmissionMotivation,
  })
  await walk('uwv', { receivedOn: '2025-06-02' }, acknowledge('2025-06-03'), withdraw('2025-06-10'))
  await walk(
    'uwv',
    { receivedOn: '2025-11-03' },
    acknowledge('2025-11-04'),
    start(people),
    extend({ kind: 'agreed', announcedOn: '2025-11-20', newDate: '2025-12-15', reason: EXTENSION }),
  )
  // UWV, the year before: not in 2025's report.
  await walk('uwv', { receivedOn: '2024-12-02' }, acknowledge('2024-12-03'), withdraw('2024-12-05'))
  // The municipality, 2025: decided partly founded in 10 days; still open.
  await walk(
    'gemeente',
    { receivedOn: '2025-03-10' },
    acknowledge('2025-03-11'),
    start(people),
    decide('2025-03-20', 'partlyFounded', '2025-03-14'),
  )
  await walk('gemeente', { receivedOn: '2025-04-07' }, acknowledge('2025-04-08'))
  // No party.
  await walk(null, { receivedOn: '2025-03-03' }, acknowledge('2025-03-05'))
}, 180_000)

afterAll(async () => {
  await stopPayload(payload)
})

describe('the commissioning parties as regulation data', () => {
  it('reads the parties and the insight from the regulation', async () => {
    const stored = await payload.findByID({
      collection: 'regulations',
      id: regulations['in-focus-samen'],
      depth: 0,
    })
    expect(stored.rules?.commissioningPartyInsight).toBe(true)
    expect(stored.rules?.commissioningParties?.map(({ key, name }) => ({ key, name }))).toEqual([
      { key: 'uwv', name: 'UWV' },
      { key: 'gemeente', name: 'Gemeente' },
    ])
  })

  it('refuses a party that is not on the list of the regulation, in Dutch and English', async () => {
    const data = {
      regulation: regulations['in-focus-samen'],
      receivedOn: '2026-01-05',
      channel: 'email',
      description: 'Klacht',
      complainant,
      commissioningParty: 'UWV Rotterdam',
    }
    expect(await refusalsOf(payload.create({ collection: 'complaints', data } as never))).toEqual([
      [
        'commissioningParty',
        'Opdrachtgever: "UWV Rotterdam" is geen opdrachtgever van deze regeling; kies er een uit de lijst van de regeling: UWV (uwv), Gemeente (gemeente).',
      ],
    ])
    const english = await getLocalI18n({ config: payload.config, language: 'en' })
    expect(
      await refusalsOf(
        payload.create({ collection: 'complaints', data, req: { i18n: english } } as never),
      ),
    ).toEqual([
      [
        'commissioningParty',
        'Commissioning party: "UWV Rotterdam" is not a commissioning party of this regulation; choose one from the regulation\'s list: UWV (uwv), Gemeente (gemeente).',
      ],
    ])
    const hss = await refusalsOf(
      payload.create({
        collection: 'complaints',
        data: { ...data, regulation: regulations.hss, commissioningParty: 'uwv' },
      } as never),
    )
    expect(hss).toEqual([
      [
        'commissioningParty',
        'Opdrachtgever: "uwv": deze regeling kent geen opdrachtgevers; laat dit veld leeg of voeg de opdrachtgever toe aan de regeling.',
      ],
    ])
  })

  it('lets whoever may change the complaint change its party, to one on the list only', async () => {
    const other = await createLoggedInUser(payload, 'ander@party.example', ['handler'])
    const { id } = await walkComplaint(payload, regulations['in-focus-samen'], {
      receivedOn: '2026-01-05',
      complainant,
      commissioningParty: 'uwv',
      handler: handler.id,
    })
    const as = async (user: TestUser, commissioningParty: string) =>
      payload.update({
        collection: 'complaints',
        id,
        data: { commissioningParty },
        overrideAccess: false,
        user: {
          ...(await payload.findByID({ collection: 'users', id: user.id })),
          collection: 'users',
        },
      } as never)
    await as(handler, 'gemeente')
    expect(
      (await payload.findByID({ collection: 'complaints', id, depth: 0 })).commissioningParty,
    ).toBe('gemeente')
    expect((await refusalsOf(as(handler, 'Gemeente Utrecht')))[0]?.[0]).toBe('commissioningParty')
    await expect(as(other, 'uwv')).rejects.toThrow()
    expect(
      (await payload.findByID({ collection: 'complaints', id, depth: 0 })).commissioningParty,
    ).toBe('gemeente')
  })
})

describe("a commissioning party's report", () => {
  it("holds exactly the figures of UWV's complaints of 2025", async () => {
    const { status, body } = await json('regulation=in-focus-samen&party=uwv&year=2025')
    expect(status).toBe(200)
    expect(body.regulation).toEqual({
      slug: 'in-focus-samen',
      name: 'Klachtenreglement IN FOCUS Samen',
    })
    expect(body.party).toEqual({ key: 'uwv', name: 'UWV' })
    expect(body.period).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(body.figures).toEqual({
      received: 5,
      notAdmitted: 1,
      decided: { total: 2, founded: 1, partlyFounded: 0, unfounded: 1, withoutOutcome: 0 },
      withdrawn: 1,
      resolvedInformally: 0,
      open: 1,
      // Within: closed on the last day, the notice of non-admission, the withdrawal.
      // Not: decided a day late; still open after the agreed new date of 15 December.
      term: { yes: 3, no: 2, running: 0 },
      // 3 Mar to 31 Mar 2025 and to 1 Apr: 28 and 29 calendar days, 20 and 21 working days.
      leadTime: {
        decided: 2,
        calendarDays: { median: 28.5, longest: 29 },
        workingDays: { median: 20.5, longest: 21 },
      },
    })
    expect(body.complaints).toEqual([
      {
        month: '2025-03',
        stage: 'closed',
        outcome: 'founded',
        leadTime: { calendarDays: 28, workingDays: 20 },
        withinTerm: 'yes',
      },
      {
        month: '2025-03',
        stage: 'decided',
        outcome: 'unfounded',
        leadTime: { calendarDays: 29, workingDays: 21 },
        withinTerm: 'no',
      },
      { month: '2025-05', stage: 'notAdmitted', outcome: null, leadTime: null, withinTerm: 'yes' },
      { month: '2025-06', stage: 'withdrawn', outcome: null, leadTime: null, withinTerm: 'yes' },
      { month: '2025-11', stage: 'extended', outcome: null, leadTime: null, withinTerm: 'no' },
    ])
  })

  it("holds the municipality's complaints and none of UWV's", async () => {
    const { body } = await json('regulation=in-focus-samen&party=gemeente&year=2025', admin.token)
    expect(body.figures).toMatchObject({
      received: 2,
      notAdmitted: 0,
      decided: { total: 1, founded: 0, partlyFounded: 1, unfounded: 0 },
      withdrawn: 0,
      open: 1,
      leadTime: {
        calendarDays: { median: 10, longest: 10 },
        workingDays: { median: 8, longest: 8 },
      },
    })
    expect(body.complaints.map((line: { month: string }) => line.month)).toEqual([
      '2025-03',
      '2025-04',
    ])
  })

  it('narrows to a period within the year', async () => {
    const { body } = await json(
      'regulation=in-focus-samen&party=uwv&year=2025&from=2025-05-01&to=2025-06-30',
    )
    expect(body.figures).toMatchObject({ received: 2, notAdmitted: 1, withdrawn: 1 })
    expect(body.period).toEqual({ from: '2025-05-01', to: '2025-06-30' })
  })

  it('gives no personal data and no content, in JSON or in CSV', async () => {
    const answers = [
      (await endpoint('regulation=in-focus-samen&party=uwv&year=2025', directie.token)).text,
      ...(await Promise.all(
        ['figures', 'complaints'].flatMap((part) =>
          ['nl', 'en'].map(
            async (lang) =>
              (
                await endpoint(
                  `regulation=in-focus-samen&party=uwv&year=2025&format=csv&part=${part}&lang=${lang}`,
                  directie.token,
                )
              ).text,
          ),
        ),
      )),
    ]
    const forbidden = [
      ...Object.values(PERSONAL),
      HEARING,
      EXTENSION,
      LABOUR_EXPERT,
      ...references,
      'handler@party.example',
      'lid1@party.example',
      'directie@party.example',
    ]
    expect(Object.values(PERSONAL)).toHaveLength(10)
    // The strings are in the files: the report leaves them out, not the test.
    const stored = JSON.stringify(
      (await payload.find({ collection: 'complaints', depth: 0, pagination: false })).docs,
    )
    for (const text of Object.values(PERSONAL)) expect(stored).toContain(text)
    for (const answer of answers)
      for (const text of forbidden)
        expect({ text, found: answer.includes(text) }).toEqual({ text, found: false })
  })

  it('exports the lines as CSV, Dutch style', async () => {
    const { status, type, text } = await endpoint(
      'regulation=in-focus-samen&party=uwv&year=2025&format=csv&part=complaints&lang=nl',
      directie.token,
    )
    expect(status).toBe(200)
    expect(type).toBe('text/csv; charset=utf-8')
    expect(
      text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toEqual([
      'Ontvangen in;Fase;Uitkomst;Doorlooptijd (kalenderdagen);Doorlooptijd (werkdagen);Binnen de termijn',
      '2025-03;afgesloten;gegrond;28;20;ja',
      '2025-03;uitspraak gedaan;ongegrond;29;21;nee',
      '2025-05;niet in behandeling genomen;;;;ja',
      '2025-06;ingetrokken;;;;ja',
      '2025-11;verlengd;;;;nee',
    ])
    const figures = await endpoint(
      'regulation=in-focus-samen&party=uwv&year=2025&format=csv&part=figures&lang=en',
      directie.token,
    )
    const [header, row] = figures.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(header).toContain('Median (calendar days)')
    expect(row).toBe(
      'Klachtenreglement IN FOCUS Samen,UWV,2025-01-01,2025-12-31,5,1,2,1,0,1,0,1,0,1,3,2,0,2,28.5,20.5,29,21',
    )
  })
})

describe('who gets the report, and for which regulation', () => {
  it('refuses a handler and anyone not logged in with 403', async () => {
    const asHandler = await json(
      'regulation=in-focus-samen&party=uwv&year=2025&lang=nl',
      handler.token,
    )
    expect(asHandler.status).toBe(403)
    expect(asHandler.body.errors[0].message).toBe(
      'Alleen de directie en beheerders maken het overzicht voor een opdrachtgever.',
    )
    const anonymous = await endpoint('regulation=in-focus-samen&party=uwv&year=2025&lang=en')
    expect(anonymous.status).toBe(403)
    expect(anonymous.text).not.toContain('received')
  })

  it('refuses a regulation that does not give parties insight, in Dutch and English', async () => {
    for (const [lang, text] of [
      [
        'nl',
        'regulation: de regeling Klachtenprocedure HSS Hulpverlening Sociale Sector geeft opdrachtgevers geen inzage in hun klachten',
      ],
      [
        'en',
        'regulation: the regulation Klachtenprocedure HSS Hulpverlening Sociale Sector does not let commissioning parties see their complaints',
      ],
    ] as const) {
      const { status, body } = await json(`regulation=hss&party=uwv&year=2025&lang=${lang}`)
      expect(status).toBe(403)
      expect(body.errors[0].field).toBe('regulation')
      expect(body.errors[0].message).toContain(text)
    }
  })

  it('refuses once the regulation switches the insight off', async () => {
    const seed = copySeed('in-focus-samen')
    seed.slug = 'in-focus-zonder-inzage'
    seed.rules.commissioningPartyInsight = false
    await payload.create({
      collection: 'regulations',
      data: regulationFromSeed(seed, '2020-01-01') as never,
    })
    const { status, body } = await json('regulation=in-focus-zonder-inzage&party=uwv&year=2025')
    expect(status).toBe(403)
    expect(body.errors[0].field).toBe('regulation')
  })

  it.each([
    ['party=uwv&year=2025', 'regulation', 'regulation: give the code of a regulation'],
    [
      'regulation=onbekend&party=uwv&year=2025',
      'regulation',
      'regulation: there is no regulation with the code "onbekend".',
    ],
    ['regulation=in-focus-samen&year=2025', 'party', 'party: give the key'],
    [
      'regulation=in-focus-samen&party=cak&year=2025',
      'party',
      'party: "cak" is not a commissioning party of Klachtenreglement IN FOCUS Samen; choose one from the regulation\'s list: UWV (uwv), Gemeente (gemeente).',
    ],
    ['regulation=in-focus-samen&party=uwv&year=25', 'year', 'year: give a year'],
    ['regulation=in-focus-samen&party=uwv&year=2025&from=2024-12-01', 'from', 'from: give a date'],
    ['regulation=in-focus-samen&party=uwv&year=2025&format=pdf', 'format', 'format: choose'],
    ['regulation=in-focus-samen&party=uwv&year=2025&format=csv&part=all', 'part', 'part: choose'],
  ])('answers %s with 400 naming %s', async (query, field, message) => {
    const { status, body } = await json(`${query}&lang=en`)
    expect(status).toBe(400)
    expect(body.errors[0].field).toBe(field)
    expect(body.errors[0].message).toContain(message)
  })
})
