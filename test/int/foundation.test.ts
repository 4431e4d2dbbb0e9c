import { isoDateOf, todayInAmsterdam } from '../../src/complaints/storedDates'
import { demoAdmin, seedIfEmpty } from '../../src/demo/seed'
import { COMPLAINT_STATUSES } from '../../src/procedure/lifecycle'
import { startPayload, stopPayload } from '../helpers/payload'

import type { Payload } from 'payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
})

describe('the plugin on a real PostgreSQL', () => {
  it('registers the four collections of the complaint procedure', () => {
    const slugs = payload.config.collections.map((collection) => collection.slug)
    expect(slugs).toEqual(
      expect.arrayContaining(['regulations', 'complaints', 'committees', 'letters']),
    )
  })

  it('lets the demo admin log in after seeding an empty database, and seeds only once', async () => {
    // Two instances starting together on an empty database, then a restart.
    await Promise.all([seedIfEmpty(payload), seedIfEmpty(payload)])
    await seedIfEmpty(payload)
    expect((await payload.count({ collection: 'regulations' })).totalDocs).toBe(5)
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: demoAdmin.email } },
    })
    expect(totalDocs).toBe(1)
    const login = await payload.login({ collection: 'users', data: demoAdmin })
    expect(login.token).toEqual(expect.any(String))
    expect(login.user?.roles).toEqual(['admin'])
  }, 180_000)

  it('seeds at least 40 complaints, in every state of the procedure, some of them overdue', async () => {
    const { docs } = await payload.find({
      collection: 'complaints',
      limit: 0,
      pagination: false,
      depth: 0,
    })
    expect(docs.length).toBeGreaterThanOrEqual(40)
    expect(new Set(docs.map((complaint) => complaint.status))).toEqual(new Set(COMPLAINT_STATUSES))
    const today = todayInAmsterdam()
    const overdue = docs.filter(
      (complaint) => complaint.nextDeadline && isoDateOf(complaint.nextDeadline)! < today,
    )
    expect(overdue.length).toBeGreaterThan(0)
    const years = new Set(docs.map((complaint) => isoDateOf(complaint.receivedOn)!.slice(0, 4)))
    expect([...years].sort()).toEqual(expect.arrayContaining(['2025', '2026']))
  })

  it('seeds the letters the complaints owe: sent where the act was done, drafts where it is due', async () => {
    const letters = await payload.find({
      collection: 'letters',
      limit: 0,
      pagination: false,
      depth: 0,
    })
    const kinds = new Set(letters.docs.map((letter) => letter.kind))
    expect([...kinds]).toEqual(
      expect.arrayContaining([
        'acknowledgement',
        'decision',
        'nonAdmission',
        'extension',
        'closure',
        'appealAcknowledgement',
        'appealDecision',
      ]),
    )
    const decided = await payload.find({
      collection: 'complaints',
      where: { decidedOn: { exists: true } },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    for (const complaint of decided.docs) {
      const decision = letters.docs.find(
        (letter) => letter.kind === 'decision' && letter.complaint === complaint.id,
      )
      expect([decision?.status, isoDateOf(decision?.sentOn)]).toEqual([
        'sent',
        isoDateOf(complaint.decidedOn),
      ])
    }
    const open = await payload.find({
      collection: 'complaints',
      where: { status: { equals: 'received' } },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    const drafts = letters.docs.filter((letter) =>
      open.docs.some((complaint) => complaint.id === letter.complaint),
    )
    expect(drafts.map((letter) => [letter.kind, letter.status])).toContainEqual([
      'acknowledgement',
      'draft',
    ])
  })

  it('stores data in PostgreSQL itself', async () => {
    const result = await payload.db.drizzle.execute('select version() as version')
    expect(String(result.rows[0]?.version)).toMatch(/^PostgreSQL 1\d/)
  })
})
