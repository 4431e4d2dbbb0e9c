import { sql } from '@payloadcms/db-postgres'

import { lastReferenceNumber } from '../../src/complaints/referenceNumber'
import { richTextOf } from '../../src/complaints/richText'
import { isoDateOf } from '../../src/complaints/storedDates'
import {
  createUser,
  deadlineDates,
  refusalsOf,
  withoutIds,
  withRequiredData,
} from '../helpers/complaints'
import { databaseOf, tableOf } from '../../src/database/sql'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { SqlExecutor } from '../../src/reports/database'

let payload: Payload
let regulations: Record<SeedSlug, number>
let handler: { id: number }

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  handler = await createUser(payload, 'handler@example.com', ['handler'])
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
})

const create = (slug: SeedSlug, data: Record<string, unknown>) =>
  payload.create({
    collection: 'complaints',
    depth: 0,
    data: withRequiredData({
      regulation: regulations[slug],
      channel: 'email',
      description: 'Afspraak niet nagekomen',
      ...data,
    }) as never,
  })

const update = (id: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'complaints', id, depth: 0, data: data as never })

describe('binding the regulation version in force on the receipt date', () => {
  let newVersion: number

  beforeAll(async () => {
    const current = await payload.findByID({
      collection: 'regulations',
      id: regulations['izw-ambulant'],
    })
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...copy
    } = withoutIds(current) as Record<string, unknown>
    const rules = copy.rules as Record<string, any>
    const created = await payload.create({
      collection: 'regulations',
      data: {
        ...copy,
        version: '2',
        effectiveFrom: '2026-06-01',
        rules: { ...rules, decision: { ...rules.decision, amount: 8 } },
      } as never,
    })
    newVersion = created.id as number
  })

  it.each([
    ['2026-05-29', 'the old version', () => regulations['izw-ambulant'], '2026-07-10'],
    ['2026-06-01', 'the new version from its first day', () => newVersion, '2026-07-27'],
  ])(
    'binds a complaint received on %s to %s, whichever version staff picked',
    async (receivedOn, _label, expected, decision) => {
      const complaint = await create('izw-ambulant', { receivedOn })
      expect(complaint.regulation).toBe(expected())
      expect(deadlineDates(complaint).decision).toBe(decision)
    },
  )

  it('refuses a complaint received before any version was in force, naming the field', async () => {
    const refusals = await refusalsOf(create('krachtig-perspectief', { receivedOn: '2024-09-30' }))
    expect(refusals).toEqual([
      [
        'regulation',
        'Klachtenregeling: Er is geen versie van "krachtig-perspectief" die geldt op ma 30 sep 2024.',
      ],
    ])
  })

  it('keeps the rules of a version that complaints are bound to', async () => {
    const bound = await payload.findByID({
      collection: 'regulations',
      id: regulations['izw-ambulant'],
    })
    const rules = bound.rules as Record<string, any>
    const refusals = await refusalsOf(
      payload.update({
        collection: 'regulations',
        id: bound.id,
        data: { rules: { ...rules, decision: { ...rules.decision, amount: 3 } } } as never,
      }),
    )
    expect(refusals[0]?.[0]).toBe('rules')
    expect(refusals[0]?.[1]).toMatch(/nieuwe versie/)
    const renamed = await payload.update({
      collection: 'regulations',
      id: bound.id,
      data: { name: 'IZW Ambulant (tekst verbeterd)' },
    })
    expect(renamed.name).toBe('IZW Ambulant (tekst verbeterd)')
  })
})

describe('deadlines stored on every save', () => {
  it('stores the acknowledgement past Koningsdag and the decision of Krachtig Perspectief', async () => {
    const complaint = await create('krachtig-perspectief', { receivedOn: '2026-04-24' })
    expect(deadlineDates(complaint)).toMatchObject({
      acknowledgement: '2026-05-04',
      decision: '2026-05-22',
      appeal: null,
    })
    expect(complaint.nextDeadlineKind).toBe('acknowledgement')
    expect(isoDateOf(complaint.nextDeadline)).toBe('2026-05-04')
    expect(
      (complaint.deadlineExplanations as Record<string, { nl: string }>).acknowledgement.nl,
    ).toBe('5 werkdagen na vr 24 apr 2026; ma 27 apr (Koningsdag) telt niet mee')
  })

  it('finds complaints by a stored deadline column', async () => {
    const { docs } = await payload.find({
      collection: 'complaints',
      where: { 'deadlines.acknowledgement': { equals: '2026-05-04T10:00:00.000Z' } },
    })
    expect(docs.map((doc) => isoDateOf(doc.receivedOn))).toContain('2026-04-24')
  })

  it('starts the decision term of an oral IZW complaint only once it is in writing, and recomputes it', async () => {
    const oral = await create('izw-arbeidscoaching', { receivedOn: '2026-03-02', channel: 'phone' })
    expect(deadlineDates(oral)).toMatchObject({
      acknowledgement: '2026-03-09',
      decision: null,
      reportThreshold: null,
    })
    const written = await update(oral.id, { officialOn: '2026-03-05' })
    expect(deadlineDates(written)).toMatchObject({
      decision: '2026-04-02',
      reportThreshold: '2026-04-16',
    })
  })

  it('ignores deadlines and a reference sent by a caller', async () => {
    const complaint = await create('hss', {
      receivedOn: '2026-03-02',
      reference: 'KL-1999-9999',
      deadlines: { decision: '2030-01-01' },
    })
    expect(complaint.reference).toMatch(/^KL-2026-\d{4}$/)
    expect(deadlineDates(complaint).decision).toBe('2026-04-13')
  })
})

describe('the procedure of each seed regulation', () => {
  const acknowledge = (id: number, on: string) =>
    update(id, { status: 'acknowledged', acknowledgedOn: on })

  it('extends the IZW Ambulant decision once by 4 weeks, to 10 weeks at most', async () => {
    const complaint = await create('izw-ambulant', { receivedOn: '2026-03-02' })
    await acknowledge(complaint.id, '2026-03-05')
    await update(complaint.id, { status: 'inProgress' })
    expect(await refusalsOf(update(complaint.id, { status: 'extended' }))).toEqual([
      [
        'extensions',
        'Verlengingen: Leg de verlenging vast: wanneer de klager is bericht, en zo nodig de nieuwe datum en de reden.',
      ],
    ])
    const late = await refusalsOf(
      update(complaint.id, { extensions: [{ kind: 'fixed', announcedOn: '2026-04-14' }] }),
    )
    expect(late).toEqual([
      [
        'extensions.0.announcedOn',
        'Aangekondigd op: De verlenging is gemeld op di 14 apr 2026, na het verlopen van de termijn op ma 13 apr 2026.',
      ],
    ])
    const beyond = await refusalsOf(
      update(complaint.id, {
        extensions: [{ kind: 'fixed', announcedOn: '2026-04-10', newDate: '2026-05-18' }],
      }),
    )
    expect(beyond[0]?.[0]).toBe('extensions.0.newDate')

    const extended = await update(complaint.id, {
      status: 'extended',
      extensions: [{ kind: 'fixed', announcedOn: '2026-04-10', reason: 'Getuige op vakantie' }],
    })
    expect(deadlineDates(extended)).toMatchObject({
      decision: '2026-04-13',
      decisionExtended: '2026-05-11',
    })
    expect(extended.nextDeadlineKind).toBe('decisionExtended')

    const twice = await refusalsOf(
      update(complaint.id, {
        extensions: [...(extended.extensions ?? []), { kind: 'fixed', announcedOn: '2026-04-20' }],
      }),
    )
    expect(twice[0]).toEqual([
      'extensions.1',
      'Verlengingen: De termijn mag maar één keer worden verlengd; er zijn 2 verlengingen vastgelegd.',
    ])
  })

  it('accepts an appeal to Krachtig Perspectief only within 2 weeks of the decision, judged by someone else', async () => {
    const complaint = await create('krachtig-perspectief', { receivedOn: '2026-04-24' })
    await acknowledge(complaint.id, '2026-04-28')
    await update(complaint.id, { status: 'inProgress', handler: handler.id })
    const decided = await update(complaint.id, {
      status: 'decided',
      decidedOn: '2026-05-20',
      outcome: 'unfounded',
      reasoning: richTextOf('De afspraak is nagekomen.'),
    })
    expect(deadlineDates(decided).appeal).toBe('2026-06-03')

    const tooLate = await refusalsOf(
      update(complaint.id, { status: 'appealed', appealedOn: '2026-06-04' }),
    )
    expect(tooLate).toEqual([
      [
        'appealedOn',
        'Beroep ingesteld op: Het beroep is ingesteld op do 4 jun 2026, na het einde van de beroepstermijn op wo 3 jun 2026.',
      ],
    ])
    await update(complaint.id, { status: 'appealed', appealedOn: '2026-06-03' })

    const sameHandler = await refusalsOf(
      update(complaint.id, {
        status: 'appealDecided',
        appealDecidedOn: '2026-06-10',
        appealReviewer: handler.id,
      }),
    )
    expect(sameHandler[0]?.[0]).toBe('appealReviewer')
    const directie = await createUser(payload, 'directie@example.com', ['directie'])
    const appealDecided = await update(complaint.id, {
      status: 'appealDecided',
      appealDecidedOn: '2026-06-10',
      appealReviewer: directie.id,
    })
    expect(appealDecided.status).toBe('appealDecided')
  })

  it('refuses a decision of Krachtig Perspectief without reasons or a verdict', async () => {
    const complaint = await create('krachtig-perspectief', { receivedOn: '2026-04-24' })
    await acknowledge(complaint.id, '2026-04-28')
    await update(complaint.id, { status: 'inProgress', handler: handler.id })
    const refusals = await refusalsOf(
      update(complaint.id, { status: 'decided', decidedOn: '2026-05-20' }),
    )
    expect(refusals.map(([path]) => path)).toEqual(['reasoning', 'outcome'])
  })

  it('keeps the IN FOCUS committee at 2 members, none of them involved in the complaint', async () => {
    const [a, b, subject] = await Promise.all(
      ['a', 'b', 'subject'].map((name) =>
        createUser(payload, `${name}@infocus.example`, ['handler']),
      ),
    )
    const complaint = await create('in-focus-samen', {
      receivedOn: '2026-03-02',
      subjectEmployee: subject!.id,
    })
    const withSubject = await payload.create({
      collection: 'committees',
      data: { name: 'Commissie 1', members: [a!.id, subject!.id] },
    })
    const tooSmall = await payload.create({
      collection: 'committees',
      data: { name: 'Commissie 2', members: [a!.id] },
    })
    const good = await payload.create({
      collection: 'committees',
      data: { name: 'Commissie 3', members: [a!.id, b!.id] },
    })

    const involved = await refusalsOf(update(complaint.id, { committee: withSubject.id }))
    // Named by their name, not their user id.
    expect(involved).toEqual([
      [
        'committee',
        'Klachtencommissie: subject is bij de klacht betrokken en kan niet in de klachtencommissie zitten.',
      ],
    ])
    expect((await refusalsOf(update(complaint.id, { committee: tooSmall.id })))[0]?.[1]).toMatch(
      /2/,
    )
    expect((await update(complaint.id, { committee: good.id })).committee).toBe(good.id)

    const later = await refusalsOf(
      payload.update({
        collection: 'committees',
        id: good.id,
        data: { members: [a!.id, subject!.id] },
      }),
    )
    expect(later[0]?.[0]).toBe('members')
    expect(await refusalsOf(payload.delete({ collection: 'committees', id: good.id }))).toEqual([
      [
        'complaints',
        'Behandelde klachten: Deze commissie behandelt 1 klacht(en) en kan niet worden verwijderd.',
      ],
    ])
  })

  it('marks an IZW Ambulant complaint about events over a year old for non-admission, with a motivation', async () => {
    const complaint = await create('izw-ambulant', {
      receivedOn: '2026-03-02',
      eventsOn: '2025-02-27',
    })
    expect(
      (complaint.admissibilityIssues as { rule: string }[]).map((issue) => issue.rule),
    ).toEqual(['eventsTooOld'])
    expect(deadlineDates(complaint).nonAdmission).toBe('2026-04-13')
    await acknowledge(complaint.id, '2026-03-04')
    expect((await refusalsOf(update(complaint.id, { status: 'inProgress' })))[0]?.[0]).toBe(
      'eventsOn',
    )
    const unmotivated = await refusalsOf(
      update(complaint.id, { status: 'notAdmitted', nonAdmittedOn: '2026-03-10' }),
    )
    expect(unmotivated).toEqual([
      [
        'nonAdmissionMotivation',
        'Motivering niet in behandeling: Geef de motivatie waarom de klacht niet in behandeling wordt genomen.',
      ],
    ])
    const notAdmitted = await update(complaint.id, {
      status: 'notAdmitted',
      nonAdmittedOn: '2026-03-10',
      nonAdmissionMotivation: 'De gebeurtenis was in februari 2025.',
    })
    expect(notAdmitted.nextDeadline).toBeNull()
  })

  it('admits a complaint of the same age when it is within the year', async () => {
    const complaint = await create('izw-ambulant', {
      receivedOn: '2026-03-02',
      eventsOn: '2025-03-02',
    })
    expect(complaint.admissibilityIssues).toBeNull()
  })

  it('does not take up an HSS complaint about administration costs as such', async () => {
    const complaint = await create('hss', {
      receivedOn: '2026-03-02',
      excludedSubject: 'administrationCosts',
    })
    expect(complaint.admissibilityIssues).toEqual([
      {
        rule: 'subjectExcluded',
        nl: 'Klachten over administratiekosten vallen niet onder deze regeling.',
        en: 'Complaints about administration costs are not covered by this regulation.',
      },
    ])
  })

  it('refuses a status change the transitions table does not list', async () => {
    const complaint = await create('hss', { receivedOn: '2026-03-02' })
    const refusals = await refusalsOf(update(complaint.id, { status: 'closed' }))
    expect(refusals[0]?.[0]).toBe('status')
  })
})

describe('references', () => {
  it('gives 50 concurrent creates unique, gapless references', async () => {
    const created = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        create('hss', { receivedOn: '2024-12-02', description: `Klacht ${i}` }),
      ),
    )
    const numbers = created
      .map((complaint) => Number(String(complaint.reference).slice(-4)))
      .sort((a, b) => a - b)
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    expect(new Set(created.map((complaint) => complaint.reference)).size).toBe(50)
  }, 60_000)

  it('counts on past 9999, passing over a reference of another form', async () => {
    const receivedOn = '2019-05-06'
    const earlier = [await create('hss', { receivedOn }), await create('hss', { receivedOn })]
    // As a year with ten thousand complaints, and one imported under a number of its own, leave it.
    for (const [complaint, reference] of [
      [earlier[0]!, 'KL-2019-9999'],
      [earlier[1]!, 'KL-2019-oud-17'],
    ] as const)
      await payload.db.updateOne({
        collection: 'complaints',
        id: complaint.id,
        data: { reference },
      })
    const next = [await create('hss', { receivedOn }), await create('hss', { receivedOn })]
    expect(next.map((complaint) => complaint.reference)).toEqual(['KL-2019-10000', 'KL-2019-10001'])
  })

  it("reads a year's last number from its index, not from every reference of the year", async () => {
    const table = tableOf(payload, 'complaints')
    const db = databaseOf(payload) as unknown as {
      transaction: <T>(work: (tx: SqlExecutor) => Promise<T>) => Promise<T>
    }
    // With sequential scans ruled out, PostgreSQL still scans when no index fits the query.
    const plan = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`)
      const { rows } = await tx.execute(
        sql`explain (format json) ${lastReferenceNumber(table, 2026)}`,
      )
      return JSON.stringify(rows)
    })
    expect(plan).toContain('"Index Name":"complaints_reference_number_idx"')
    expect(plan).toContain('"Scan Direction":"Backward"')
    expect(plan).not.toContain('Seq Scan')
  })
})
