/**
 * The case page's server side: taking a step through its endpoint (as the person, through the
 * hooks), a sent letter moving the stage, who moved it in the history, the letters in place, and
 * the printed letter as a Dutch business letter.
 */
import { createLocalReq, handleEndpoints } from 'payload'

import { loadCaseFile } from '../../src/casework/caseFile'
import { withRequiredData } from '../helpers/complaints'
import { startPayload, stopPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createPeople } from '../helpers/users'
import { todayInAmsterdam } from '../../src/procedure/zone'

import type { Payload, PayloadRequest } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { TestUser } from '../helpers/users'

let payload: Payload
let regulations: Record<SeedSlug, number>
let people: Record<'directie' | 'handler' | 'staff', TestUser>
const today = todayInAmsterdam()

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  people = await createPeople(payload, {
    directie: ['directie'],
    handler: ['handler'],
    staff: ['staff'],
  })
  await payload.update({ collection: 'users', id: people.handler.id, data: { name: 'Bea Bos' } })
  await payload.update({
    collection: 'regulations',
    id: regulations['krachtig-perspectief'],
    data: { letterhead: { address: 'Postbus 12\n3500 AA Utrecht', place: 'Utrecht' } } as never,
  })
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
})

/** A Krachtig Perspectief complaint recorded by staff, acknowledged, and in handling by the handler. */
const inHandling = async () => {
  const created = await rest(payload, 'POST', '/complaints', {
    token: people.staff.token,
    body: withRequiredData({
      regulation: regulations['krachtig-perspectief'],
      channel: 'letter',
      receivedOn: today,
      eventsOn: today,
      description: 'Het plan werd zonder overleg gewijzigd.',
      complainant: {
        name: 'Johan Visser',
        email: 'johan@example.com',
        address: 'Kerkstraat 4',
        city: '3581 AB Utrecht',
      },
    }),
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id as number
  // Staff see what they recorded in the answer: reference, stage and next deadline.
  expect(created.body.doc.reference).toMatch(/^KL-\d{4}-\d{4}$/)
  expect(created.body.doc.nextDeadlineKind).toBe('acknowledgement')
  const step = (to: string, values: Record<string, unknown> = {}) =>
    rest(payload, 'POST', `/complaints/${id}/step`, {
      token: people.directie.token,
      body: { to, values },
    })
  expect((await step('acknowledged', { acknowledgedOn: today })).status).toBe(200)
  expect((await step('inProgress', { handler: String(people.handler.id) })).status).toBe(200)
  return { id, reference: created.body.doc.reference as string }
}

const stepAs = (user: TestUser, id: number, body: Record<string, unknown>) =>
  rest(payload, 'POST', `/complaints/${id}/step`, { token: user.token, body })

describe('taking a step from the case page', () => {
  it('saves through the hooks as the person: refused with the field and rule in Dutch, then taken', async () => {
    const { id } = await inHandling()
    const refused = await stepAs(people.handler, id, {
      to: 'decided',
      values: { decidedOn: today, reasoning: 'Het plan is zonder overleg gewijzigd.' },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/gegrond|ongegrond/)
    const stored = await payload.findByID({ collection: 'complaints', id, depth: 0 })
    expect(stored.status).toBe('inProgress')
    const taken = await stepAs(people.handler, id, {
      to: 'decided',
      values: {
        decidedOn: today,
        reasoning: 'Het plan is zonder overleg gewijzigd.',
        outcome: 'founded',
      },
    })
    expect(taken.status).toBe(200)
    const decided = await payload.findByID({ collection: 'complaints', id, depth: 0 })
    expect(decided.status).toBe('decided')
    expect(decided.outcome).toBe('founded')
  })

  it('refuses a request that names no step, saying which field', async () => {
    const { id } = await inHandling()
    const refused = await stepAs(people.handler, id, { values: { withdrawnOn: today } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/status/i)
    expect((await payload.findByID({ collection: 'complaints', id, depth: 0 })).status).toBe(
      'inProgress',
    )
  })

  it('writes only the fields the step asks for', async () => {
    const { id, reference } = await inHandling()
    const taken = await stepAs(people.handler, id, {
      to: 'withdrawn',
      values: { withdrawnOn: today, reference: 'KL-1999-0001', handler: String(people.staff.id) },
    })
    expect(taken.status).toBe(200)
    const stored = await payload.findByID({ collection: 'complaints', id, depth: 0 })
    expect(stored.status).toBe('withdrawn')
    expect(stored.reference).toBe(reference)
    expect(stored.handler).toBe(people.handler.id)
  })

  it('refuses staff, who record complaints but do not handle them, and a stale copy', async () => {
    const { id } = await inHandling()
    expect(
      (await stepAs(people.staff, id, { to: 'withdrawn', values: { withdrawnOn: today } })).status,
    ).toBe(404)
    const stale = await stepAs(people.handler, id, {
      to: 'withdrawn',
      values: { withdrawnOn: today },
      updatedAt: '2020-01-01T00:00:00.000Z',
    })
    expect(stale.status).toBe(409)
  })
})

describe('appointing people', () => {
  it('chooses a handler from those who handle complaints, never staff who only record them', async () => {
    const { id } = await inHandling()
    const staffAsHandler = await rest(payload, 'PATCH', `/complaints/${id}`, {
      token: people.directie.token,
      body: { handler: people.staff.id },
    })
    expect(staffAsHandler.status).toBe(400)
    expect(JSON.stringify(staffAsHandler.body)).toMatch(/handler/)
    expect((await payload.findByID({ collection: 'complaints', id, depth: 0 })).handler).toBe(
      people.handler.id,
    )
  })
})

describe('the case file', () => {
  it('moves to the stage a sent letter records, and says who moved it before', async () => {
    const { id } = await inHandling()
    await stepAs(people.handler, id, {
      to: 'decided',
      values: { decidedOn: today, reasoning: 'Gegrond.', outcome: 'founded' },
    })
    const { docs } = await payload.find({
      collection: 'letters',
      where: { complaint: { equals: id }, kind: { equals: 'closure' } },
      depth: 0,
    })
    await payload.update({
      collection: 'letters',
      id: docs[0]!.id,
      data: { status: 'sent', sentOn: today, channel: 'post' },
    })
    const closed = await payload.findByID({ collection: 'complaints', id, depth: 0 })
    expect(closed.closedOn?.slice(0, 10)).toBe(today)
    expect(closed.status).toBe('closed')
    const req = (await createLocalReq(
      {
        user: {
          ...(await payload.findByID({ collection: 'users', id: people.directie.id })),
          collection: 'users',
        } as never,
      },
      payload,
    )) as PayloadRequest
    const file = (await loadCaseFile(req, id, 'nl'))!
    expect(file.stage).toBe('afgesloten')
    expect(file.handledBy).toBe('Bea Bos')
    const history = file.timeline.map((event) => `${event.text}${event.by ? ` (${event.by})` : ''}`)
    expect(history).toContain('Naar fase ‘uitspraak gedaan’ (door Bea Bos)')
    expect(history).toContain('Naar fase ‘afgesloten’ (automatisch)')
    expect(history).toContain('Vastgelegd in het systeem (door staff)')
    expect(file.letters.map((letter) => `${letter.kind}: ${letter.status}`)).toContain(
      'afsluiting: verstuurd',
    )
    expect(file.steps.map((step) => step.to)).toEqual(['appealed', 'reopened'])
  })

  it('does not move a reopened complaint back when a letter of an earlier act goes out', async () => {
    const { id } = await inHandling()
    await stepAs(people.handler, id, {
      to: 'decided',
      values: { decidedOn: today, reasoning: 'Ongegrond.', outcome: 'unfounded' },
    })
    await stepAs(people.handler, id, { to: 'reopened', values: { newInformationOn: today } })
    const { docs } = await payload.find({
      collection: 'letters',
      where: { complaint: { equals: id }, kind: { equals: 'decision' } },
      depth: 0,
    })
    await payload.update({
      collection: 'letters',
      id: docs[0]!.id,
      data: { status: 'sent', sentOn: today, channel: 'post' },
    })
    expect((await payload.findByID({ collection: 'complaints', id, depth: 0 })).status).toBe(
      'reopened',
    )
  })
})

describe('the printed letter', () => {
  it('is a Dutch business letter: letterhead, recipient block, place and date, our reference, subject', async () => {
    const { id, reference } = await inHandling()
    const { docs } = await payload.find({
      collection: 'letters',
      where: { complaint: { equals: id }, kind: { equals: 'acknowledgement' } },
      depth: 0,
    })
    // The print view answers HTML: read it as the browser does.
    const request = new Request(`http://localhost/api/letters-print/${docs[0]!.id}`, {
      headers: { Authorization: `JWT ${people.handler.token}` },
    })
    const html = await (await handleEndpoints({ config: payload.config, request })).text()
    const text = html.replace(/<[^>]+>/g, '\n')
    expect(text).toMatch(/Klachtenreglement Krachtig Perspectief|Krachtig Perspectief/)
    expect(text).toMatch(/Postbus 12\n+3500 AA Utrecht/)
    expect(text).toMatch(/Johan Visser\n+Kerkstraat 4\n+3581 AB Utrecht/)
    expect(text).toMatch(/Utrecht, \d{1,2} \w+ 20\d\d/)
    expect(text).toMatch(new RegExp(`Ons kenmerk\\n+${reference}`))
    expect(text).toMatch(/Onderwerp\n+\S/)
    // The letter points the complainant to the regulation's public page, not to the API.
    expect(html).toMatch(/\/klacht\/krachtig-perspectief\/regeling/)
    expect(html).not.toMatch(/\/api\/regulations\//)
  })
})
