/**
 * The overdue view's SQL: which open deadlines it lists up to the horizon of N working days,
 * that it agrees with the next deadline the hooks store, and that it shows each viewer only the
 * complaints they may read.
 */
import { isoDateOf } from '../../src/complaints/storedDates'
import { reportDatabaseOf } from '../../src/reports/database'
import {
  dueSoonHorizon,
  earliestOwedDeadlines,
  overdueCounts,
  overduePage,
  overdueRows,
} from '../../src/reports/overdue'
import { overdueOverview } from '../../src/reports/overdueOverview'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser } from '../helpers/users'
import { acknowledge, close, decide, extend, start, walkComplaint } from '../helpers/walkComplaint'

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
let ownHandler: TestUser
let kindsHandler: TestUser
let otherHandler: TestUser
const names = new Map<number, string>()

/** Monday 29 December 2025; five working days on (1 January is a holiday) is Tuesday 6 January. */
const TODAY = '2025-12-29'
const HORIZON = '2026-01-06'

const own = (user: TestUser): Viewer => ({ id: user.id, sees: 'ownCases' })
const all = (user: TestUser): Viewer => ({ id: user.id, sees: 'allButAboutThemselves' })
const listed = async (viewer: Viewer) =>
  (await overdueRows(database, { viewer, today: TODAY, horizon: HORIZON })).map((row) => [
    names.get(row.id),
    row.kind,
    row.due,
    row.daysLate,
  ])

beforeAll(async () => {
  payload = await startPayload()
  database = reportDatabaseOf(payload)
  regulations = await storeSeedRegulations(payload)
  ;[directie, admin, ownHandler, kindsHandler, otherHandler] = await Promise.all([
    createLoggedInUser(payload, 'directie@overdue.example', ['directie']),
    createLoggedInUser(payload, 'admin@overdue.example', ['admin']),
    createLoggedInUser(payload, 'eigen@overdue.example', ['handler'], 'Eigen Behandelaar'),
    createLoggedInUser(payload, 'soorten@overdue.example', ['handler'], 'Soorten Behandelaar'),
    createLoggedInUser(payload, 'ander@overdue.example', ['handler'], 'Andere Behandelaar'),
  ])
  const walk = async (
    name: string,
    slug: SeedSlug,
    created: Record<string, unknown>,
    ...steps: Record<string, unknown>[]
  ) => {
    const complaint = await walkComplaint(payload, regulations[slug], created, ...steps)
    names.set(complaint.id, name)
  }
  const hss = { handler: ownHandler.id }
  // HSS: acknowledgement within 7 working days, a decision within 6 weeks.
  await walk('G1 acknowledgement passed', 'hss', { ...hss, receivedOn: '2025-12-15' })
  await walk('G2 acknowledgement due after Christmas', 'hss', { ...hss, receivedOn: '2025-12-18' })
  await walk(
    'G3 decision due 5 January',
    'hss',
    { ...hss, receivedOn: '2025-11-24' },
    acknowledge('2025-11-26'),
  )
  await walk(
    'G4 decision due on the horizon',
    'hss',
    { ...hss, receivedOn: '2025-11-25' },
    acknowledge('2025-11-26'),
  )
  await walk(
    'G5 decision due a day past the horizon',
    'hss',
    { ...hss, receivedOn: '2025-11-26' },
    acknowledge('2025-11-27'),
  )
  await walk('G6 acknowledgement passed, decision due today', 'hss', {
    ...hss,
    receivedOn: '2025-11-17',
  })
  await walk(
    'G7 decided and closed',
    'hss',
    { ...hss, receivedOn: '2025-11-17' },
    acknowledge('2025-11-18'),
    start(),
    decide('2025-12-01', 'founded', '2025-11-25'),
    close('2025-12-02'),
  )
  await walk('G8 about the directie member, no handler yet', 'hss', {
    receivedOn: '2025-12-01',
    subjectEmployee: directie.id,
  })

  // IZW Ambulant: 6 weeks, once extended by 4; notice of non-admission within 6 weeks.
  const kinds = { handler: kindsHandler.id }
  await walk(
    'K1 extended, the original decision date passed',
    'izw-ambulant',
    { ...kinds, receivedOn: '2025-10-27' },
    acknowledge('2025-10-28'),
    start(),
    extend({ kind: 'fixed', announcedOn: '2025-12-01', reason: 'Verlof.' }),
  )
  await walk(
    'K2 about events over a year old',
    'izw-ambulant',
    { ...kinds, receivedOn: '2025-11-17', eventsOn: '2024-10-01' },
    acknowledge('2025-11-18'),
  )
  await walk(
    'K3 admissible',
    'izw-ambulant',
    { ...kinds, receivedOn: '2025-11-17', eventsOn: '2025-10-01' },
    acknowledge('2025-11-18'),
  )
}, 300_000)

afterAll(async () => {
  await stopPayload(payload)
})

describe('the overdue view', () => {
  it('looks 5 working days ahead, skipping New Year', () => {
    expect(dueSoonHorizon(TODAY, 5)).toBe(HORIZON)
  })

  it('lists every open deadline passed or due up to the horizon, earliest first', async () => {
    expect(await listed(own(ownHandler))).toEqual([
      ['G6 acknowledgement passed, decision due today', 'acknowledgement', '2025-11-26', 33],
      ['G1 acknowledgement passed', 'acknowledgement', '2025-12-24', 5],
      ['G6 acknowledgement passed, decision due today', 'decision', '2025-12-29', 0],
      ['G2 acknowledgement due after Christmas', 'acknowledgement', '2025-12-31', -2],
      ['G3 decision due 5 January', 'decision', '2026-01-05', -7],
      ['G4 decision due on the horizon', 'decision', '2026-01-06', -8],
    ])
  })

  it('counts passed and due soon per kind and handler', async () => {
    const counts = await overdueCounts(database, {
      viewer: own(ownHandler),
      today: TODAY,
      horizon: HORIZON,
    })
    expect(
      counts
        .map(({ kind, passed, count, handlerName }) => [kind, passed, count, handlerName])
        .sort(),
    ).toEqual([
      ['acknowledgement', false, 1, 'Eigen Behandelaar'],
      ['acknowledgement', true, 2, 'Eigen Behandelaar'],
      ['decision', false, 3, 'Eigen Behandelaar'],
    ])
  })

  it('shows the extended decision date instead of the original, and the notice of non-admission only when it is owed', async () => {
    expect(await listed(own(kindsHandler))).toEqual([
      ['K2 about events over a year old', 'nonAdmission', '2025-12-29', 0],
      ['K2 about events over a year old', 'decision', '2025-12-29', 0],
      ['K3 admissible', 'decision', '2025-12-29', 0],
      ['K1 extended, the original decision date passed', 'decisionExtended', '2026-01-05', -7],
    ])
  })

  it('sorts by handler, kind or reference on request, and pages', async () => {
    const byKind = await overdueRows(database, {
      viewer: all(admin),
      today: TODAY,
      horizon: HORIZON,
      sort: 'kind',
      direction: 'desc',
    })
    expect(byKind[0]?.kind).toBe('nonAdmission')
    expect(byKind.map((row) => row.kind)).toEqual(
      [...byKind.map((row) => row.kind)].sort().reverse(),
    )
    const byHandler = await overdueRows(database, {
      viewer: all(admin),
      today: TODAY,
      horizon: HORIZON,
      sort: 'handler',
    })
    expect(byHandler.map((row) => row.handlerName)).toEqual(
      [...byHandler.map((row) => row.handlerName)].sort(),
    )
    const pageTwo = await overdueOverview(database, {
      viewer: all(admin),
      today: TODAY,
      workingDays: 5,
      sort: 'due',
      direction: 'asc',
      page: 2,
      limit: 4,
    })
    expect(pageTwo.totals).toEqual({ passed: 3, dueSoon: 8 })
    expect(pageTwo.pages).toBe(3)
    expect(pageTwo.rows.map((row) => row.due)).toEqual([
      '2025-12-29',
      '2025-12-29',
      '2025-12-29',
      '2025-12-31',
    ])
  })

  it('counts the same in the page statement as in the dashboard count', async () => {
    const query = { viewer: all(admin), today: TODAY, horizon: HORIZON }
    const key = (count: {
      kind: string
      handlerId: number | null
      passed: boolean
      count: number
    }) => `${count.kind} ${count.handlerId} ${count.passed} ${count.count}`
    const page = await overduePage(database, query)
    expect(page.counts.map(key).sort()).toEqual(
      (await overdueCounts(database, query)).map(key).sort(),
    )
    expect(page.rows).toEqual(await overdueRows(database, query))
  })

  it('leaves out a complaint about the viewer, and everything a handler does not handle', async () => {
    const aboutDirectie = [...names].find(([, name]) => name.startsWith('G8'))![0]
    const forDirectie = await overdueRows(database, {
      viewer: all(directie),
      today: TODAY,
      horizon: HORIZON,
    })
    const forAdmin = await overdueRows(database, {
      viewer: all(admin),
      today: TODAY,
      horizon: HORIZON,
    })
    expect(forDirectie.some((row) => row.id === aboutDirectie)).toBe(false)
    expect(forAdmin.filter((row) => row.id === aboutDirectie).map((row) => row.kind)).toEqual([
      'acknowledgement',
    ])
    expect(forAdmin).toHaveLength(forDirectie.length + 1)
    expect(await listed(own(otherHandler))).toEqual([])
  })

  it('agrees with the next deadline the hooks stored on every complaint', async () => {
    const earliest = await earliestOwedDeadlines(database, all(admin))
    const { docs } = await payload.find({ collection: 'complaints', pagination: false, depth: 0 })
    expect(docs.length).toBe(names.size)
    for (const doc of docs) {
      const found = earliest.find((entry) => entry.id === doc.id)
      expect([names.get(doc.id as number), found?.kind ?? null, found?.due ?? null]).toEqual([
        names.get(doc.id as number),
        doc.nextDeadlineKind ?? null,
        isoDateOf(doc.nextDeadline as string),
      ])
    }
  })
})
