/**
 * Two people saving the same complaint at once, as real users do it: parallel requests over
 * REST and GraphQL. Nothing is lost silently, a stale copy is refused, and of two conflicting
 * status changes only one succeeds.
 */
import { richTextOf } from '../../src/complaints/richText'
import { withRequiredData } from '../helpers/complaints'
import { graphql } from '../helpers/graphql'
import { startPayload, stopPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser } from '../helpers/users'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { TestUser } from '../helpers/users'

let payload: Payload
let regulations: Record<SeedSlug, number>
let handler: TestUser
let directie: TestUser

const ROUNDS = 8

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  handler = await createLoggedInUser(payload, 'behandelaar@organisatie.example', ['handler'])
  directie = await createLoggedInUser(payload, 'directie@organisatie.example', ['directie'])
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
})

/** A Krachtig Perspectief complaint in handling: both a decision and a withdrawal may come next. */
const inHandling = async () => {
  const complaint = await payload.create({
    collection: 'complaints',
    depth: 0,
    data: withRequiredData({
      regulation: regulations['krachtig-perspectief'],
      receivedOn: '2026-03-02',
      channel: 'email',
      description: 'Afspraak niet nagekomen',
      handler: handler.id,
    }) as never,
  })
  await payload.update({
    collection: 'complaints',
    id: complaint.id,
    data: { status: 'acknowledged', acknowledgedOn: '2026-03-03' } as never,
  })
  return payload.update({
    collection: 'complaints',
    id: complaint.id,
    depth: 0,
    data: { status: 'inProgress' } as never,
  })
}

const stored = async (id: number | string) =>
  (await payload.findByID({ collection: 'complaints', id, depth: 0 })) as unknown as Record<
    string,
    any
  >

const letterKinds = async (id: number | string) =>
  (
    await payload.find({
      collection: 'letters',
      where: { complaint: { equals: id } },
      depth: 0,
      pagination: false,
    })
  ).docs
    .map((letter) => letter.kind)
    .sort()

describe('two saves of different fields at once', () => {
  it.each(['REST', 'GraphQL'])(
    'keeps both changes over %s, every time',
    async (api) => {
      for (let round = 0; round < ROUNDS; round += 1) {
        const complaint = await inHandling()
        const change = (user: TestUser, field: 'desiredSolution' | 'measures', value: string) =>
          api === 'REST'
            ? rest(payload, 'PATCH', `/complaints/${complaint.id}`, {
                token: user.token,
                body: { [field]: value },
              }).then((answer) => answer.status)
            : graphql(
                payload,
                `mutation ($value: String) { updateComplaint(id: ${complaint.id}, data: { ${field}: $value }) { id } }`,
                { token: user.token, variables: { value } },
              ).then((answer) => (answer.errors ? 500 : 200))
        const statuses = await Promise.all([
          change(handler, 'desiredSolution', `Excuses, ronde ${round}`),
          change(directie, 'measures', `Rooster aangepast, ronde ${round}`),
        ])
        expect(statuses).toEqual([200, 200])
        const after = await stored(complaint.id)
        expect([after.desiredSolution, after.measures]).toEqual([
          `Excuses, ronde ${round}`,
          `Rooster aangepast, ronde ${round}`,
        ])
      }
    },
    120_000,
  )
})

describe('two conflicting status changes at once', () => {
  it('lets exactly one of "decided" and "withdrawn" succeed, and drafts letters for that one only', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const complaint = await inHandling()
      const decide = rest(payload, 'PATCH', `/complaints/${complaint.id}`, {
        token: handler.token,
        body: {
          status: 'decided',
          decidedOn: '2026-03-20',
          outcome: 'unfounded',
          reasoning: richTextOf('De afspraken zijn nagekeken.'),
        },
      })
      const withdraw = rest(payload, 'PATCH', `/complaints/${complaint.id}`, {
        token: directie.token,
        body: { status: 'withdrawn', withdrawnOn: '2026-03-20' },
      })
      const [decided, withdrawn] = await Promise.all([decide, withdraw])
      expect([decided.status, withdrawn.status].sort()).toEqual([200, 400])
      const after = await stored(complaint.id)
      const winner = decided.status === 200 ? 'decided' : 'withdrawn'
      expect(after.status).toBe(winner)
      expect(Boolean(after.decidedOn)).toBe(winner === 'decided')
      expect(Boolean(after.withdrawnOn)).toBe(winner === 'withdrawn')
      const loser = decided.status === 200 ? withdrawn : decided
      expect(loser.body.errors[0].data.errors[0].path).toBe('status')
      expect((await letterKinds(complaint.id)).includes('decision')).toBe(winner === 'decided')
    }
  }, 120_000)
})

describe('a save made from a stale copy', () => {
  it('is refused with 409 over REST when someone saved in between, and nothing of it is stored', async () => {
    const complaint = await inHandling()
    const copy = await rest(payload, 'GET', `/complaints/${complaint.id}?depth=0`, {
      token: handler.token,
    })
    const first = await rest(payload, 'PATCH', `/complaints/${complaint.id}`, {
      token: directie.token,
      body: { measures: 'Rooster aangepast', updatedAt: copy.body.updatedAt },
    })
    expect(first.status).toBe(200)
    const second = await rest(payload, 'PATCH', `/complaints/${complaint.id}`, {
      token: handler.token,
      body: { measures: 'Niets', desiredSolution: 'Excuses', updatedAt: copy.body.updatedAt },
    })
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toMatch(
      /^Iemand anders heeft dit document intussen bewaard \(\d{1,2} \w+ \d{4} om \d\d\.\d\d uur\); uw wijziging is niet opgeslagen/,
    )
    const after = await stored(complaint.id)
    expect([after.measures, after.desiredSolution]).toEqual(['Rooster aangepast', null])
  })

  it('is refused over GraphQL with the same message, and a save from the current copy passes', async () => {
    const complaint = await inHandling()
    const copy = await stored(complaint.id)
    await payload.update({
      collection: 'complaints',
      id: complaint.id,
      data: { measures: 'Eerst' } as never,
    })
    const stale = await graphql(
      payload,
      `mutation ($data: mutationComplaintUpdateInput!) { updateComplaint(id: ${complaint.id}, data: $data) { measures } }`,
      {
        token: handler.token,
        variables: { data: { measures: 'Later', updatedAt: copy.updatedAt } },
      },
    )
    expect(stale.errors?.[0]?.extensions?.statusCode).toBe(409)
    expect((await stored(complaint.id)).measures).toBe('Eerst')
    const current = await stored(complaint.id)
    const fresh = await graphql(
      payload,
      `mutation ($data: mutationComplaintUpdateInput!) { updateComplaint(id: ${complaint.id}, data: $data) { measures } }`,
      {
        token: handler.token,
        variables: { data: { measures: 'Later', updatedAt: current.updatedAt } },
      },
    )
    expect(fresh.errors).toBeUndefined()
    expect(fresh.data.updateComplaint.measures).toBe('Later')
  })
})

describe('a letter queued twice at once', () => {
  it('is queued once and sent once', async () => {
    const complaint = await inHandling()
    const { docs } = await payload.find({
      collection: 'letters',
      where: {
        and: [{ complaint: { equals: complaint.id } }, { kind: { equals: 'acknowledgement' } }],
      },
      depth: 0,
    })
    const letter = docs[0]!
    await payload.update({
      collection: 'letters',
      id: letter.id,
      data: { recipient: 'klager@example.com', channel: 'email' } as never,
    })
    const answers = await Promise.all(
      [handler, directie].map((user) =>
        rest(payload, 'PATCH', `/letters/${letter.id}`, {
          token: user.token,
          body: { status: 'queued' },
        }),
      ),
    )
    expect(answers.map((answer) => answer.status)).toEqual([200, 200])
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendLetter' } },
      depth: 0,
      pagination: false,
    })
    expect(
      jobs.docs.filter((job) => (job.input as { letter?: number }).letter === letter.id),
    ).toHaveLength(1)
  })
})
