/**
 * The yearly report counts exactly what each seed regulation asks for, from complaints walked
 * through the procedure with the Local API (so the hooks store every deadline), including the
 * edges of "handled within term": on the last day, one day late, after an extension, and a term
 * that ends on a holiday.
 */
import { handleEndpoints } from 'payload'

import { reportDatabaseOf } from '../../src/reports/database'
import { yearlyReport } from '../../src/reports/report'
import { deadlineDates } from '../helpers/complaints'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser } from '../helpers/users'
import {
  acknowledge,
  close,
  decide,
  extend,
  notAdmit,
  resolve,
  start,
  walkComplaint,
  withdraw,
} from '../helpers/walkComplaint'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { ReportDatabase } from '../../src/reports/database'
import type { Viewer } from '../../src/reports/viewer'
import type { TestUser } from '../helpers/users'

let payload: Payload
let database: ReportDatabase
let regulations: Record<SeedSlug, number>
let directie: TestUser
let admin: TestUser
let staff: TestUser
let handler: TestUser
const ids: Record<string, { id: number; deadlines: Record<string, unknown> }> = {}

/** The report is made on Monday 29 December 2025. */
const AS_OF = '2025-12-29'

const asDirectie = (): Viewer => ({ id: directie.id, sees: 'allButAboutThemselves' })

const report = (regulation: SeedSlug | null, viewer: Viewer = asDirectie()) =>
  yearlyReport(database, { viewer, regulation, year: 2025, asOf: AS_OF, listLimit: 50 })

beforeAll(async () => {
  payload = await startPayload()
  database = reportDatabaseOf(payload)
  regulations = await storeSeedRegulations(payload)
  ;[directie, admin, staff, handler] = await Promise.all([
    createLoggedInUser(payload, 'directie@reports.example', ['directie']),
    createLoggedInUser(payload, 'admin@reports.example', ['admin']),
    createLoggedInUser(payload, 'staff@reports.example', ['staff']),
    createLoggedInUser(payload, 'handler@reports.example', ['handler']),
  ])
  const [a, b] = await Promise.all(
    ['lid1', 'lid2'].map((name) =>
      createLoggedInUser(payload, `${name}@reports.example`, ['handler']),
    ),
  )
  const committee = (
    await payload.create({
      collection: 'committees',
      data: { name: 'Commissie', members: [a!.id, b!.id] },
    })
  ).id as number

  const walk = async (
    name: string,
    slug: SeedSlug,
    created: Record<string, unknown>,
    ...steps: Record<string, unknown>[]
  ) => {
    ids[name] = await walkComplaint(payload, regulations[slug], created, ...steps)
  }

  // IN FOCUS Samen: 4 weeks for the decision and for the notice of non-admission; a new date can be agreed.
  const inFocus = { committee, handler: handler.id }
  const mar3 = { receivedOn: '2025-03-03' }
  await walk(
    'A1 decided on the last day',
    'in-focus-samen',
    mar3,
    acknowledge('2025-03-05'),
    start(inFocus),
    decide('2025-03-31', 'founded', '2025-03-20'),
    close('2025-04-02', 4),
  )
  await walk(
    'A2 decided one day late',
    'in-focus-samen',
    {
      ...mar3,
      delayExplanation: 'Een commissielid was ziek.',
      escalations: [{ body: 'Arbeidsdeskundige UWV', date: '2025-04-10' }],
    },
    acknowledge('2025-03-05'),
    start(inFocus),
    decide('2025-04-01', 'unfounded', '2025-03-20'),
  )
  await walk(
    'A3 decided on the agreed new date',
    'in-focus-samen',
    mar3,
    acknowledge('2025-03-05'),
    start(inFocus),
    extend({
      kind: 'agreed',
      announcedOn: '2025-03-20',
      newDate: '2025-04-14',
      reason: 'Getuige op vakantie.',
    }),
    decide('2025-04-14', 'partlyFounded', '2025-04-01'),
    close('2025-04-16', 2),
  )
  await walk(
    'A4 decided a day after the agreed new date',
    'in-focus-samen',
    {
      ...mar3,
      escalations: [
        { body: 'Arbeidsdeskundige UWV', date: '2025-04-20' },
        { body: 'Geschillencommissie', date: '2025-05-01' },
      ],
    },
    acknowledge('2025-03-05'),
    start(inFocus),
    extend({
      kind: 'agreed',
      announcedOn: '2025-03-20',
      newDate: '2025-04-14',
      reason: 'Getuige op vakantie.',
    }),
    decide('2025-04-15', 'founded', '2025-04-01'),
  )
  await walk(
    'A5 not admitted on the last day',
    'in-focus-samen',
    mar3,
    acknowledge('2025-03-05'),
    notAdmit('2025-03-31'),
  )
  await walk(
    'A6 not admitted one day late',
    'in-focus-samen',
    mar3,
    acknowledge('2025-03-05'),
    notAdmit('2025-04-01'),
  )
  await walk(
    'A7 open, term ends on the report date',
    'in-focus-samen',
    { receivedOn: '2025-12-01' },
    acknowledge('2025-12-02'),
  )
  await walk(
    'A8 open after its term',
    'in-focus-samen',
    { receivedOn: '2025-11-03', delayExplanation: 'Wacht op het dossier van UWV.' },
    acknowledge('2025-11-04'),
  )
  await walk(
    'A9 withdrawn',
    'in-focus-samen',
    { receivedOn: '2025-05-12' },
    acknowledge('2025-05-13'),
    withdraw('2025-05-14'),
  )
  await walk(
    'A10 resolved informally',
    'in-focus-samen',
    { receivedOn: '2025-05-12' },
    resolve('2025-05-13'),
  )
  await walk(
    'A11 decided on the day after Whit Monday',
    'in-focus-samen',
    { receivedOn: '2025-05-12' },
    acknowledge('2025-05-13'),
    start(inFocus),
    decide('2025-06-10', 'unfounded', '2025-06-02'),
  )
  await walk(
    'A12 about the directie member',
    'in-focus-samen',
    { ...mar3, subjectEmployee: directie.id },
    acknowledge('2025-03-05'),
    start(inFocus),
    decide('2025-03-31', 'founded', '2025-03-20'),
  )
  await walk(
    'A13 received in 2024',
    'in-focus-samen',
    { receivedOn: '2024-12-31' },
    acknowledge('2025-01-02'),
    start(inFocus),
    decide('2025-01-20', 'founded', '2025-01-10'),
  )
  await walk(
    'A14 received in 2026',
    'in-focus-samen',
    { receivedOn: '2026-01-02' },
    acknowledge('2026-01-05'),
  )

  // IZW Arbeidscoaching: 4 weeks to decide, but the report counts against 6 weeks from the written complaint.
  await walk(
    'B1 decided in week 6',
    'izw-arbeidscoaching',
    mar3,
    acknowledge('2025-03-05'),
    start(),
    decide('2025-04-14', 'founded'),
    close('2025-04-20', 5),
  )
  await walk(
    'B2 decided a day after week 6',
    'izw-arbeidscoaching',
    { ...mar3, delayExplanation: 'De klager was twee weken op vakantie.' },
    acknowledge('2025-03-05'),
    start(),
    decide('2025-04-15', 'founded'),
    close('2025-04-20', 3),
  )
  await walk(
    'B3 oral, in writing a week later, decided after Easter Monday',
    'izw-arbeidscoaching',
    { ...mar3, channel: 'phone', officialOn: '2025-03-10' },
    acknowledge('2025-03-05'),
    start(),
    decide('2025-04-22', 'partlyFounded'),
    close('2025-04-25', 4),
  )
  await walk(
    'B4 oral, never put in writing',
    'izw-arbeidscoaching',
    { ...mar3, channel: 'phone' },
    { status: 'awaitingWrittenConfirmation' },
  )
  await walk(
    'B5 not admitted on the last day',
    'izw-arbeidscoaching',
    mar3,
    acknowledge('2025-03-05'),
    notAdmit('2025-03-31'),
  )

  // IZW Ambulant: 6 weeks, once extended by 4; the report still counts against the 6 weeks.
  await walk(
    'C1 extended and decided on the extended date',
    'izw-ambulant',
    mar3,
    acknowledge('2025-03-05'),
    start(),
    extend({ kind: 'fixed', announcedOn: '2025-04-07', reason: 'De coördinator was met verlof.' }),
    decide('2025-05-12', 'founded'),
  )
  await walk(
    'C2 decided on the last day',
    'izw-ambulant',
    mar3,
    acknowledge('2025-03-05'),
    start(),
    decide('2025-04-14', 'unfounded'),
  )
  await walk(
    'C3 about events over a year old, not admitted',
    'izw-ambulant',
    { ...mar3, eventsOn: '2024-01-15' },
    acknowledge('2025-03-05'),
    notAdmit('2025-04-14'),
  )
  await walk(
    'C4 open after its term',
    'izw-ambulant',
    { receivedOn: '2025-11-10', delayExplanation: 'Wacht op het verslag van de coördinator.' },
    acknowledge('2025-11-11'),
    start(),
  )

  // Krachtig Perspectief: 4 weeks, a new date can be agreed; founded or unfounded.
  await walk(
    'D1 decided on the last day',
    'krachtig-perspectief',
    mar3,
    acknowledge('2025-03-05'),
    start({ handler: handler.id }),
    decide('2025-03-31', 'founded'),
  )
  await walk(
    'D2 decided on the agreed new date',
    'krachtig-perspectief',
    mar3,
    acknowledge('2025-03-05'),
    start({ handler: handler.id }),
    extend({
      kind: 'agreed',
      announcedOn: '2025-03-28',
      newDate: '2025-04-11',
      reason: 'Extra gesprek met de opdrachtgever.',
    }),
    decide('2025-04-11', 'unfounded'),
  )
  await walk(
    'D3 decided one day late',
    'krachtig-perspectief',
    mar3,
    acknowledge('2025-03-05'),
    start({ handler: handler.id }),
    decide('2025-04-01', 'founded'),
  )

  // HSS: 6 weeks, no term of its own for non-admission, so that one counts against the 6 weeks too.
  await walk(
    'E1 decided in Q1',
    'hss',
    mar3,
    acknowledge('2025-03-05'),
    start(),
    decide('2025-04-14', 'founded', '2025-04-01'),
  )
  await walk(
    'E2 decided on the last day in Q3',
    'hss',
    { receivedOn: '2025-07-01' },
    acknowledge('2025-07-02'),
    start(),
    decide('2025-08-12', 'founded', '2025-08-01'),
  )
  await walk(
    'E3 about administration costs, not admitted on the last day',
    'hss',
    { receivedOn: '2025-10-01', excludedSubject: 'administrationCosts' },
    acknowledge('2025-10-02'),
    notAdmit('2025-11-12'),
  )
  await walk(
    'E4 not admitted a day late',
    'hss',
    { receivedOn: '2025-10-01', excludedSubject: 'administrationCosts' },
    acknowledge('2025-10-02'),
    notAdmit('2025-11-13'),
  )
}, 300_000)

afterAll(async () => {
  await stopPayload(payload)
})

const deadlinesOf = (name: string) => deadlineDates(ids[name] as never)

describe('the deadlines the report measures against, as the hooks stored them', () => {
  it('moves the IN FOCUS report date with an agreed extension, and past Whit Monday', () => {
    expect(deadlinesOf('A1 decided on the last day')).toMatchObject({
      decision: '2025-03-31',
      nonAdmission: '2025-03-31',
      reportThreshold: '2025-03-31',
    })
    expect(deadlinesOf('A3 decided on the agreed new date')).toMatchObject({
      decision: '2025-03-31',
      decisionExtended: '2025-04-14',
      reportThreshold: '2025-04-14',
    })
    expect(deadlinesOf('A11 decided on the day after Whit Monday').reportThreshold).toBe(
      '2025-06-10',
    )
  })

  it('keeps the IZW report at 6 weeks from the written complaint, also after an extension', () => {
    expect(deadlinesOf('B1 decided in week 6')).toMatchObject({
      decision: '2025-03-31',
      reportThreshold: '2025-04-14',
    })
    expect(
      deadlinesOf('B3 oral, in writing a week later, decided after Easter Monday').reportThreshold,
    ).toBe('2025-04-22')
    expect(deadlinesOf('B4 oral, never put in writing').reportThreshold).toBeNull()
    expect(deadlinesOf('C1 extended and decided on the extended date')).toMatchObject({
      decision: '2025-04-14',
      decisionExtended: '2025-05-12',
      reportThreshold: '2025-04-14',
    })
  })
})

describe('the five counts of IN FOCUS Samen', () => {
  it('counts total, not admitted (within term) and admitted (within term)', async () => {
    const { figures } = await report('in-focus-samen')
    expect(figures.year).toMatchObject({
      total: 11,
      notAdmitted: 2,
      notAdmittedWithinTerm: 1,
      admitted: 9,
      admittedWithinTerm: 5,
    })
  })

  it('splits the rest into late, pending and not handled', async () => {
    const { figures } = await report('in-focus-samen')
    expect(figures.year).toMatchObject({
      withinTerm: 6,
      late: 4,
      lateHandled: 3,
      lateOpen: 1,
      pending: 1,
      notHandled: 5,
      notHandledNotAdmitted: 2,
      notHandledWithdrawn: 1,
      notHandledOpen: 2,
      decided: 5,
      resolvedInformally: 1,
    })
    expect(figures.year.withinTerm + figures.year.late + figures.year.pending).toBe(
      figures.year.total,
    )
  })

  it('counts per quarter of receipt, with the year before in the trend', async () => {
    const { figures, trend } = await report('in-focus-samen')
    expect(
      trend.map(
        (point) =>
          `${point.year}-${point.quarter}:${point.total}/${point.withinTerm}/${point.late}`,
      ),
    ).toEqual([
      '2024-1:0/0/0',
      '2024-2:0/0/0',
      '2024-3:0/0/0',
      '2024-4:1/1/0',
      '2025-1:6/3/3',
      '2025-2:3/3/0',
      '2025-3:0/0/0',
      '2025-4:2/0/1',
    ])
    expect([1, 2, 3, 4].map((q) => figures.quarters[q as 1].total)).toEqual([6, 3, 0, 2])
    expect(figures.quarters[1]).toMatchObject({
      admittedWithinTerm: 2,
      notAdmittedWithinTerm: 1,
      late: 3,
    })
    expect(figures.quarters[2]).toMatchObject({ admittedWithinTerm: 3, late: 0 })
    expect(figures.quarters[4]).toMatchObject({ lateOpen: 1, pending: 1 })
  })

  it('gives outcomes, satisfaction, lead time and escalations', async () => {
    const { figures, escalations } = await report('in-focus-samen')
    expect(figures.year.outcomes).toEqual({ founded: 2, partlyFounded: 1, unfounded: 2 })
    expect(figures.year.satisfaction).toEqual({
      responses: 2,
      mean: 3,
      distribution: [0, 1, 0, 1, 0],
      handledWell: { yes: 0, no: 0 },
    })
    // Lead times 28, 29, 29, 42 and 43 days.
    expect(figures.year.leadTime).toEqual({ decided: 5, medianDays: 29, p90Days: 42.6 })
    expect(escalations).toEqual([
      { body: null, escalations: 3, complaints: 2 },
      { body: 'Arbeidsdeskundige UWV', escalations: 2, complaints: 2 },
      { body: 'Geschillencommissie', escalations: 1, complaints: 1 },
    ])
  })

  it('lists the late complaints with their explanation and the reason for the extension', async () => {
    const { late } = await report('in-focus-samen')
    expect(late.map(({ reference: _r, id: _i, ...rest }) => rest)).toEqual([
      {
        receivedOn: '2025-03-03',
        term: '2025-03-31',
        handledOn: '2025-04-01',
        daysLate: 1,
        delayExplanation: 'Een commissielid was ziek.',
        extensionReason: null,
      },
      {
        receivedOn: '2025-03-03',
        term: '2025-04-14',
        handledOn: '2025-04-15',
        daysLate: 1,
        delayExplanation: null,
        extensionReason: 'Getuige op vakantie.',
      },
      {
        receivedOn: '2025-03-03',
        term: '2025-03-31',
        handledOn: '2025-04-01',
        daysLate: 1,
        delayExplanation: null,
        extensionReason: null,
      },
      {
        receivedOn: '2025-11-03',
        term: '2025-12-01',
        handledOn: null,
        daysLate: 28,
        delayExplanation: 'Wacht op het dossier van UWV.',
        extensionReason: null,
      },
    ])
  })

  it('counts a complaint about the viewer only for someone else', async () => {
    const forAdmin = await report('in-focus-samen', { id: admin.id, sees: 'allButAboutThemselves' })
    expect(forAdmin.figures.year).toMatchObject({ total: 12, admittedWithinTerm: 6 })
  })
})

describe('the IZW report: not handled within 6 weeks, not handled, satisfaction', () => {
  it('counts IZW Arbeidscoaching against 6 weeks from the moment the complaint is in writing', async () => {
    const { figures, late, unhandled } = await report('izw-arbeidscoaching')
    expect(figures.year).toMatchObject({
      total: 5,
      withinTerm: 3,
      late: 1,
      lateHandled: 1,
      pending: 1,
      notHandled: 2,
      notHandledNotAdmitted: 1,
      notHandledOpen: 1,
    })
    expect(late.map((c) => [c.handledOn, c.daysLate, c.delayExplanation])).toEqual([
      ['2025-04-15', 1, 'De klager was twee weken op vakantie.'],
    ])
    expect(unhandled.map((c) => [c.reason, c.status, c.explanation])).toEqual([
      ['open', 'awaitingWrittenConfirmation', null],
      ['notAdmitted', 'notAdmitted', 'De klacht valt buiten de regeling.'],
    ])
    expect(figures.year.satisfaction).toEqual({
      responses: 3,
      mean: 4,
      distribution: [0, 0, 1, 1, 1],
      handledWell: { yes: 0, no: 0 },
    })
    // Lead times 42, 43 and 50 days.
    expect(figures.year.leadTime).toEqual({ decided: 3, medianDays: 43, p90Days: 48.6 })
  })

  it('counts an IZW Ambulant complaint decided on its extended date as not within 6 weeks', async () => {
    const { figures, late } = await report('izw-ambulant')
    expect(figures.year).toMatchObject({
      total: 4,
      notAdmitted: 1,
      notAdmittedWithinTerm: 1,
      admitted: 3,
      admittedWithinTerm: 1,
      late: 2,
      lateHandled: 1,
      lateOpen: 1,
      notHandled: 2,
    })
    expect(
      late.map((c) => [c.term, c.handledOn, c.daysLate, c.delayExplanation, c.extensionReason]),
    ).toEqual([
      ['2025-04-14', '2025-05-12', 28, null, 'De coördinator was met verlof.'],
      ['2025-12-22', null, 7, 'Wacht op het verslag van de coördinator.', null],
    ])
  })
})

describe('Krachtig Perspectief and HSS', () => {
  it('counts a Krachtig Perspectief decision on the agreed date as within term', async () => {
    const { figures } = await report('krachtig-perspectief')
    expect(figures.year).toMatchObject({
      total: 3,
      admittedWithinTerm: 2,
      late: 1,
      outcomes: { founded: 2, partlyFounded: 0, unfounded: 1 },
    })
  })

  it('gives HSS its quarterly inventory, measuring a non-admission against the 6 weeks', async () => {
    const { figures, trend } = await report('hss')
    expect([1, 2, 3, 4].map((q) => figures.quarters[q as 1].total)).toEqual([1, 0, 1, 2])
    expect(figures.year).toMatchObject({
      total: 4,
      notAdmitted: 2,
      notAdmittedWithinTerm: 1,
      admitted: 2,
      admittedWithinTerm: 2,
      late: 1,
    })
    expect(
      trend
        .filter((point) => point.year === 2025)
        .map((point) => [point.total, point.withinTerm, point.late]),
    ).toEqual([
      [1, 1, 0],
      [0, 0, 0],
      [1, 1, 0],
      [2, 1, 1],
    ])
  })

  it('adds every regulation up when none is chosen', async () => {
    const all = await report(null)
    expect(all.figures.year).toMatchObject({ total: 11 + 5 + 4 + 3 + 4, late: 4 + 1 + 2 + 1 + 1 })
  })
})

describe('the CSV export', () => {
  const csv = async (query: string, token?: string) => {
    const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request(`http://localhost/api/complaints-report.csv?${query}`, { headers }),
    })
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    }
  }

  it('gives directie the figures of the year and each quarter, Dutch style', async () => {
    const { status, type, text } = await csv('regulation=hss&year=2025', directie.token)
    expect(status).toBe(200)
    expect(type).toBe('text/csv; charset=utf-8')
    const rows = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(';'))
    expect(rows[0]?.slice(0, 8)).toEqual([
      'Regeling',
      'Jaar',
      'Periode',
      'Ingediende klachten',
      'Niet in behandeling genomen',
      'Niet in behandeling genomen en binnen de termijn afgehandeld',
      'In behandeling genomen',
      'In behandeling genomen en binnen de termijn afgehandeld',
    ])
    expect(rows.slice(1).map((row) => row.slice(0, 8))).toEqual([
      ['hss', '2025', 'Jaar', '4', '2', '1', '2', '2'],
      ['hss', '2025', 'K1', '1', '0', '0', '1', '1'],
      ['hss', '2025', 'K2', '0', '0', '0', '0', '0'],
      ['hss', '2025', 'K3', '1', '0', '0', '1', '1'],
      ['hss', '2025', 'K4', '2', '2', '1', '0', '0'],
    ])
  })

  it('lists every late complaint with its explanation, in English on request', async () => {
    const { text } = await csv(
      'regulation=izw-arbeidscoaching&year=2025&part=late&lang=en',
      admin.token,
    )
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe(
      'Reference,Received,Term up to and including,Handled on,Days late,Explanation,Reason for extension',
    )
    expect(lines[1]).toMatch(
      /^KL-2025-\d{4},2025-03-03,2025-04-14,2025-04-15,1,De klager was twee weken op vakantie\.,$/,
    )
  })

  it('refuses staff, handlers and anonymous callers, and a year that is none', async () => {
    expect((await csv('year=2025')).status).toBe(401)
    expect((await csv('year=2025', staff.token)).status).toBe(403)
    expect((await csv('year=2025', handler.token)).status).toBe(403)
    const bad = await csv('year=twenty', directie.token)
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.text).errors[0].message).toMatch(/jaar|year/i)
  })
})
