/**
 * Confidentiality of the complaint procedure, checked over the real REST and GraphQL APIs:
 * a complaint is read only by those directly involved, the person complained about never,
 * the computed fields are the hooks' alone, and regulations, committees and letters follow
 * their own rules.
 */
import { regulationFromSeed } from '../../src/complaints/regulationFromSeed'
import { seedRegulations } from '../../src/procedure/seeds'
import { graphql } from '../helpers/graphql'
import { startPayload, stopPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser } from '../helpers/users'

import type { Payload } from 'payload'
import type { Role } from '../../src/access/roles'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { GraphqlAnswer } from '../helpers/graphql'
import type { TestUser } from '../helpers/users'

type Who =
  | 'anonymous'
  | 'admin'
  | 'directie'
  | 'assignedHandler'
  | 'unassignedHandler'
  | 'committeeMember'
  | 'appealReviewer'
  | 'staff'
  | 'personComplainedAbout'

type Fixture = 'handled' | 'aboutColleague' | 'byCommittee'

type Api = 'REST' | 'GraphQL'

const WHO: Record<Who, string> = {
  anonymous: 'an anonymous caller',
  admin: 'the administrator',
  directie: 'a directie member',
  assignedHandler: 'the handler assigned to the complaints',
  unassignedHandler: 'a handler assigned to none of them',
  committeeMember: 'a member of the handling committee',
  appealReviewer: 'the appeal reviewer',
  staff: 'a staff member',
  personComplainedAbout: 'the directie member a complaint is about',
}

const ROLES: Record<Exclude<Who, 'anonymous'>, Role[]> = {
  admin: ['admin'],
  directie: ['directie'],
  assignedHandler: ['handler'],
  unassignedHandler: ['handler'],
  committeeMember: ['handler'],
  appealReviewer: ['handler'],
  staff: ['staff'],
  // Directie reads every complaint, except one about themselves.
  personComplainedAbout: ['directie'],
}

const FIXTURE: Record<Fixture, string> = {
  handled: 'the complaint with a handler and an appeal reviewer',
  aboutColleague: 'the complaint about the directie member',
  byCommittee: 'the complaint a committee handles',
}

const FIXTURES = Object.keys(FIXTURE) as Fixture[]
const EVERYONE = Object.keys(WHO) as Who[]
const APIS: Api[] = ['REST', 'GraphQL']

/** Which of the stored complaints each caller may read (and, not being staff, update). */
const SEES: Record<Who, Fixture[]> = {
  anonymous: [],
  admin: ['handled', 'aboutColleague', 'byCommittee'],
  directie: ['handled', 'aboutColleague', 'byCommittee'],
  assignedHandler: ['handled', 'aboutColleague'],
  unassignedHandler: [],
  committeeMember: ['byCommittee'],
  appealReviewer: ['handled'],
  staff: [],
  personComplainedAbout: ['handled', 'byCommittee'],
}

const describeList = (fixtures: Fixture[]) =>
  fixtures.length === 0
    ? 'no complaint at all'
    : fixtures.map((fixture) => FIXTURE[fixture]).join(', ')

const RECEIVED_ON = '2026-03-02T12:00:00.000Z'

/** Values a caller might try to put in the fields the hooks compute. */
const FORGED = {
  reference: 'KL-1999-0001',
  deadlines: { decision: '2000-01-03T12:00:00.000Z' },
  nextDeadline: '2000-01-03T12:00:00.000Z',
  nextDeadlineKind: 'appealDecision',
  deadlineExplanations: { decision: { date: '2000-01-03' } },
}

const COMPUTED_FIELDS = [
  'deadlines',
  'nextDeadline',
  'nextDeadlineKind',
  'deadlineExplanations',
] as const

let payload: Payload
let regulations: Record<SeedSlug, number>
const users = {} as Record<Exclude<Who, 'anonymous'>, TestUser>
let committee: number
const complaintIds = {} as Record<Fixture, number>
const references = {} as Record<Fixture, string>

const tokenOf = (who: Who): string | undefined =>
  who === 'anonymous' ? undefined : users[who].token
const referencesOf = (fixtures: Fixture[]) => fixtures.map((fixture) => references[fixture]).sort()

const createComplaint = async (data: Record<string, unknown>) =>
  (await payload.create({
    collection: 'complaints',
    depth: 0,
    data: {
      regulation: regulations['krachtig-perspectief'],
      receivedOn: RECEIVED_ON,
      channel: 'email',
      description: 'Afspraak niet nagekomen',
      ...data,
    } as never,
  })) as unknown as Record<string, any>

/** The complaint as stored, read past every access rule. */
const stored = async (id: number) =>
  (await payload.findByID({ collection: 'complaints', id, depth: 0 })) as unknown as Record<
    string,
    any
  >
const complaintExists = async (id: number) =>
  (await payload.count({ collection: 'complaints', where: { id: { equals: id } } })).totalDocs === 1

const computedPartOf = (complaint: Record<string, any>) =>
  Object.fromEntries(COMPUTED_FIELDS.map((field) => [field, complaint[field]]))

/** A GraphQL answer that refused the one operation asked, with the given HTTP status in its error. */
const expectGraphqlRefusal = (answer: GraphqlAnswer, operation: string, statusCode: number) => {
  expect(answer.status).toBe(200)
  expect(answer.data).toEqual({ [operation]: null })
  expect(answer.errors?.map((error) => error.extensions?.statusCode)).toEqual([statusCode])
}

/** Both APIs' answer to reading a complaint one may not read: anonymous is forbidden, the rest find nothing. */
const refusedReadStatus = (who: Who) => (who === 'anonymous' ? 403 : 404)

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  for (const who of EVERYONE) {
    if (who !== 'anonymous')
      users[who] = await createLoggedInUser(
        payload,
        `${who.toLowerCase()}@organisatie.example`,
        ROLES[who],
      )
  }
  const secondMember = await createLoggedInUser(payload, 'second-member@organisatie.example', [
    'handler',
  ])
  committee = (
    await payload.create({
      collection: 'committees',
      data: { name: 'Klachtencommissie A', members: [users.committeeMember.id, secondMember.id] },
    })
  ).id as number

  const fixtures: Record<Fixture, Record<string, unknown>> = {
    handled: { handler: users.assignedHandler.id, appealReviewer: users.appealReviewer.id },
    aboutColleague: {
      handler: users.assignedHandler.id,
      subjectEmployee: users.personComplainedAbout.id,
    },
    byCommittee: { regulation: regulations['in-focus-samen'], committee },
  }
  for (const fixture of FIXTURES) {
    const complaint = await createComplaint(fixtures[fixture])
    complaintIds[fixture] = complaint.id
    references[fixture] = complaint.reference
  }
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
})

describe('the complaints fixture', () => {
  it('gives every stored complaint a reference of its own', () => {
    expect(Object.values(references).sort()).toEqual([
      'KL-2026-0001',
      'KL-2026-0002',
      'KL-2026-0003',
    ])
  })
})

describe('reading complaints: only those directly involved, never the person complained about', () => {
  const listRows = EVERYONE.flatMap((who) =>
    APIS.map((api) => ({
      who,
      api,
      title: `${WHO[who]} lists ${describeList(SEES[who])} over ${api}`,
    })),
  )

  it.each(listRows)('$title', async ({ who, api }) => {
    if (api === 'REST') {
      const answer = await rest(payload, 'GET', '/complaints?limit=100&depth=0', {
        token: tokenOf(who),
      })
      if (who === 'anonymous') {
        expect(answer.status).toBe(403)
        expect(answer.body.docs).toBeUndefined()
        return
      }
      expect(answer.status).toBe(200)
      expect(answer.body.docs.map((doc: { reference: string }) => doc.reference).sort()).toEqual(
        referencesOf(SEES[who]),
      )
      expect(answer.body.totalDocs).toBe(SEES[who].length)
      return
    }
    const answer = await graphql(
      payload,
      '{ Complaints(limit: 100) { totalDocs docs { reference } } }',
      { token: tokenOf(who) },
    )
    if (who === 'anonymous') return expectGraphqlRefusal(answer, 'Complaints', 403)
    expect(answer.errors).toBeUndefined()
    expect(
      answer.data.Complaints.docs.map((doc: { reference: string }) => doc.reference).sort(),
    ).toEqual(referencesOf(SEES[who]))
    expect(answer.data.Complaints.totalDocs).toBe(SEES[who].length)
  })

  const openRows = EVERYONE.flatMap((who) =>
    FIXTURES.flatMap((fixture) =>
      APIS.map((api) => ({
        who,
        fixture,
        api,
        allowed: SEES[who].includes(fixture),
        title: `${WHO[who]} ${SEES[who].includes(fixture) ? 'can' : 'cannot'} open ${FIXTURE[fixture]} over ${api}`,
      })),
    ),
  )

  it.each(openRows)('$title', async ({ who, fixture, api, allowed }) => {
    const id = complaintIds[fixture]
    if (api === 'REST') {
      const answer = await rest(payload, 'GET', `/complaints/${id}?depth=0`, {
        token: tokenOf(who),
      })
      expect(answer.status).toBe(allowed ? 200 : refusedReadStatus(who))
      expect(answer.body.reference).toBe(allowed ? references[fixture] : undefined)
      expect(answer.body.description).toEqual(allowed ? expect.any(String) : undefined)
      return
    }
    const answer = await graphql(payload, `{ Complaint(id: ${id}) { reference description } }`, {
      token: tokenOf(who),
    })
    if (!allowed) return expectGraphqlRefusal(answer, 'Complaint', refusedReadStatus(who))
    expect(answer.errors).toBeUndefined()
    expect(answer.data.Complaint.reference).toBe(references[fixture])
  })

  // The admin asks `/api/access` what to show; Payload leaves out whatever is denied.
  it.each([
    {
      who: 'anonymous' as Who,
      allowed: false,
      title: 'the admin shows an anonymous caller no complaints and no way in',
    },
    {
      who: 'admin' as Who,
      allowed: true,
      title: 'the admin shows the administrator the complaints',
    },
  ])('$title', async ({ who, allowed }) => {
    const answer = await rest(payload, 'GET', '/access', { token: tokenOf(who) })
    expect(answer.status).toBe(200)
    expect(answer.body.canAccessAdmin).toBe(allowed ? true : undefined)
    expect(answer.body.collections.complaints?.read).toEqual(
      allowed ? { permission: true, where: expect.any(Object) } : undefined,
    )
    expect(answer.body.collections.regulations.read).toBe(true)
  })

  // The history of a complaint says all the complaint says: it is as confidential.
  const hiddenSomewhere = EVERYONE.filter((who) => SEES[who].length < FIXTURES.length)
  const versionRows = hiddenSomewhere.flatMap((who) =>
    APIS.map((api) => ({
      who,
      api,
      title: `${WHO[who]} finds no earlier version of a complaint they cannot open, over ${api}`,
    })),
  )

  it.each(versionRows)('$title', async ({ who, api }) => {
    const hidden = FIXTURES.filter((fixture) => !SEES[who].includes(fixture)).map(
      (fixture) => references[fixture],
    )
    if (api === 'REST') {
      const answer = await rest(payload, 'GET', '/complaints/versions?limit=100&depth=0', {
        token: tokenOf(who),
      })
      const seen: string[] =
        answer.status === 200
          ? answer.body.docs.map((doc: { version: { reference: string } }) => doc.version.reference)
          : []
      if (who === 'anonymous') expect(answer.status).toBe(403)
      else expect([200, 403]).toContain(answer.status)
      expect(seen.filter((reference) => hidden.includes(reference))).toEqual([])
      return
    }
    const answer = await graphql(
      payload,
      '{ versionsComplaints(limit: 100) { docs { version { reference } } } }',
      { token: tokenOf(who) },
    )
    const seen: string[] =
      answer.data?.versionsComplaints?.docs.map(
        (doc: { version: { reference: string } }) => doc.version.reference,
      ) ?? []
    if (who === 'anonymous') expectGraphqlRefusal(answer, 'versionsComplaints', 403)
    expect(seen.filter((reference) => hidden.includes(reference))).toEqual([])
  })
})

describe('changing complaints', () => {
  // Staff read no complaint, so whoever reads a complaint here may also change it.
  const updateRows = EVERYONE.flatMap((who) =>
    FIXTURES.flatMap((fixture) =>
      APIS.map((api) => ({
        who,
        fixture,
        api,
        allowed: SEES[who].includes(fixture),
        title: `${WHO[who]} ${SEES[who].includes(fixture) ? 'can' : 'cannot'} change the description of ${FIXTURE[fixture]} over ${api}`,
      })),
    ),
  )

  it.each(updateRows)('$title', async ({ who, fixture, api, allowed }) => {
    const id = complaintIds[fixture]
    const before = (await stored(id)).description
    const description = `Beschrijving aangepast door ${who} via ${api}`
    if (api === 'REST') {
      const answer = await rest(payload, 'PATCH', `/complaints/${id}?depth=0`, {
        token: tokenOf(who),
        body: { description },
      })
      expect(answer.status).toBe(allowed ? 200 : 403)
    } else {
      const answer = await graphql(
        payload,
        `mutation ($description: String) { updateComplaint(id: ${id}, data: { description: $description }) { description } }`,
        {
          token: tokenOf(who),
          variables: { description },
        },
      )
      if (allowed) expect(answer.data).toEqual({ updateComplaint: { description } })
      else expectGraphqlRefusal(answer, 'updateComplaint', 403)
    }
    expect((await stored(id)).description).toBe(allowed ? description : before)
  })

  const deleteRows = EVERYONE.flatMap((who) =>
    APIS.map((api) => ({
      who,
      api,
      allowed: who === 'admin',
      title: `${WHO[who]} ${who === 'admin' ? 'can' : 'cannot'} delete a complaint over ${api}`,
    })),
  )

  it.each(deleteRows)('$title', async ({ who, api, allowed }) => {
    const victim = await createComplaint({
      handler: users.assignedHandler.id,
      appealReviewer: users.appealReviewer.id,
    })
    try {
      if (api === 'REST') {
        const answer = await rest(payload, 'DELETE', `/complaints/${victim.id}`, {
          token: tokenOf(who),
        })
        expect(answer.status).toBe(allowed ? 200 : 403)
      } else {
        const answer = await graphql(
          payload,
          `mutation { deleteComplaint(id: ${victim.id}) { id } }`,
          { token: tokenOf(who) },
        )
        if (allowed) expect(answer.data).toEqual({ deleteComplaint: { id: victim.id } })
        else expectGraphqlRefusal(answer, 'deleteComplaint', 403)
      }
      expect(await complaintExists(victim.id)).toBe(!allowed)
    } finally {
      if (await complaintExists(victim.id))
        await payload.delete({ collection: 'complaints', id: victim.id })
    }
  })

  const createRows = EVERYONE.flatMap((who) =>
    APIS.map((api) => ({
      who,
      api,
      allowed: who !== 'anonymous',
      title: `${WHO[who]} ${who === 'anonymous' ? 'cannot record' : 'can record'} a complaint over ${api}`,
    })),
  )

  it.each(createRows)('$title', async ({ who, api, allowed }) => {
    const description = `Vastgelegd door ${who} via ${api}`
    const before = await payload.count({ collection: 'complaints' })
    let created: number | undefined
    try {
      if (api === 'REST') {
        const answer = await rest(payload, 'POST', '/complaints?depth=0', {
          token: tokenOf(who),
          body: {
            regulation: regulations['krachtig-perspectief'],
            receivedOn: RECEIVED_ON,
            channel: 'phone',
            description,
          },
        })
        expect(answer.status).toBe(allowed ? 201 : 403)
        created = answer.body.doc?.id
      } else {
        const answer = await graphql(
          payload,
          `mutation ($description: String!) { createComplaint(data: { regulation: ${regulations['krachtig-perspectief']}, receivedOn: "${RECEIVED_ON}", channel: phone, status: received, description: $description }) { id } }`,
          { token: tokenOf(who), variables: { description } },
        )
        if (!allowed) expectGraphqlRefusal(answer, 'createComplaint', 403)
        else expect(answer.errors).toBeUndefined()
        created = answer.data?.createComplaint?.id
      }
      const found = await payload.find({
        collection: 'complaints',
        where: { description: { equals: description } },
        depth: 0,
      })
      expect(found.totalDocs).toBe(allowed ? 1 : 0)
      expect((await payload.count({ collection: 'complaints' })).totalDocs).toBe(
        before.totalDocs + (allowed ? 1 : 0),
      )
    } finally {
      if (created !== undefined && (await complaintExists(created)))
        await payload.delete({ collection: 'complaints', id: created })
    }
  })
})

describe('the reference and the stored deadlines are computed, whoever sends them', () => {
  it.each(APIS)(
    'a staff member recording an oral complaint over %s gets the computed reference and deadlines, and cannot open it afterwards',
    async (api) => {
      const data = {
        regulation: regulations['krachtig-perspectief'],
        receivedOn: RECEIVED_ON,
        channel: 'phone',
        status: 'received',
        description: `Telefonisch vastgelegd via ${api}`,
      }
      let id: number
      if (api === 'REST') {
        const answer = await rest(payload, 'POST', '/complaints?depth=0', {
          token: users.staff.token,
          body: { ...data, ...FORGED },
        })
        expect(answer.status).toBe(201)
        id = answer.body.doc.id
      } else {
        const answer = await graphql(
          payload,
          `
            mutation ($data: mutationComplaintInput!) {
              createComplaint(data: $data) {
                id
              }
            }
          `,
          { token: users.staff.token, variables: { data: { ...data, ...FORGED } } },
        )
        expect(answer.errors).toBeUndefined()
        id = answer.data.createComplaint.id
      }
      const twin = await createComplaint({
        channel: 'phone',
        description: 'Dezelfde klacht, zonder meegestuurde waarden',
      })
      try {
        const complaint = await stored(id)
        expect(complaint.reference).toMatch(/^KL-2026-\d{4}$/)
        expect(Number(complaint.reference.slice(-4))).toBe(Number(twin.reference.slice(-4)) - 1)
        expect(complaint.deadlines.decision).not.toBe(FORGED.deadlines.decision)
        expect(computedPartOf(complaint)).toEqual(computedPartOf(twin))

        const reopened = await rest(payload, 'GET', `/complaints/${id}`, {
          token: users.staff.token,
        })
        expect(reopened.status).toBe(404)
      } finally {
        await payload.delete({ collection: 'complaints', id })
        await payload.delete({ collection: 'complaints', id: twin.id })
      }
    },
  )

  const editors: Who[] = ['admin', 'directie', 'assignedHandler']
  const forgeRows = editors.flatMap((who) =>
    APIS.map((api) => ({
      who,
      api,
      title: `${WHO[who]} saving a complaint over ${api} keeps its computed reference and deadlines`,
    })),
  )

  it.each(forgeRows)('$title', async ({ who, api }) => {
    const id = complaintIds.handled
    const before = await stored(id)
    expect(before.nextDeadlineKind).not.toBe(FORGED.nextDeadlineKind)
    if (api === 'REST') {
      const answer = await rest(payload, 'PATCH', `/complaints/${id}?depth=0`, {
        token: tokenOf(who),
        body: FORGED,
      })
      expect(answer.status).toBe(200)
    } else {
      const answer = await graphql(
        payload,
        `mutation ($data: mutationComplaintUpdateInput!) { updateComplaint(id: ${id}, data: $data) { reference } }`,
        {
          token: tokenOf(who),
          variables: { data: FORGED },
        },
      )
      expect(answer.errors).toBeUndefined()
      expect(answer.data.updateComplaint.reference).toBe(references.handled)
    }
    const after = await stored(id)
    expect(after.reference).toBe(references.handled)
    expect(computedPartOf(after)).toEqual(computedPartOf(before))
  })

  it.each(APIS)(
    'a staff member cannot change the reference or deadlines of a complaint over %s',
    async (api) => {
      const id = complaintIds.handled
      const before = await stored(id)
      if (api === 'REST') {
        const answer = await rest(payload, 'PATCH', `/complaints/${id}`, {
          token: users.staff.token,
          body: FORGED,
        })
        expect(answer.status).toBe(403)
      } else {
        const answer = await graphql(
          payload,
          `mutation ($data: mutationComplaintUpdateInput!) { updateComplaint(id: ${id}, data: $data) { reference } }`,
          {
            token: users.staff.token,
            variables: { data: FORGED },
          },
        )
        expectGraphqlRefusal(answer, 'updateComplaint', 403)
      }
      const after = await stored(id)
      expect(after.reference).toBe(references.handled)
      expect(computedPartOf(after)).toEqual(computedPartOf(before))
    },
  )
})

describe('readers follow the people handling the complaint', () => {
  it('lets a new committee member read the committee’s complaints and shuts out the member who left', async () => {
    const staying = await createLoggedInUser(payload, 'staying@organisatie.example', ['handler'])
    const leaving = await createLoggedInUser(payload, 'leaving@organisatie.example', ['handler'])
    const joining = await createLoggedInUser(payload, 'joining@organisatie.example', ['handler'])
    const changing = (
      await payload.create({
        collection: 'committees',
        data: { name: 'Klachtencommissie B', members: [staying.id, leaving.id] },
      })
    ).id as number
    const complaint = await createComplaint({
      regulation: regulations['in-focus-samen'],
      committee: changing,
    })
    const opens = async (user: TestUser) =>
      (await rest(payload, 'GET', `/complaints/${complaint.id}`, { token: user.token })).status
    const lists = async (user: TestUser) =>
      (
        await graphql(payload, '{ Complaints(limit: 100) { docs { reference } } }', {
          token: user.token,
        })
      ).data.Complaints.docs.map((doc: { reference: string }) => doc.reference)
    try {
      expect([await opens(staying), await opens(leaving), await opens(joining)]).toEqual([
        200, 200, 404,
      ])

      const answer = await rest(payload, 'PATCH', `/committees/${changing}`, {
        token: users.directie.token,
        body: { members: [staying.id, joining.id] },
      })
      expect(answer.status).toBe(200)

      expect([await opens(staying), await opens(leaving), await opens(joining)]).toEqual([
        200, 404, 200,
      ])
      expect(await lists(joining)).toEqual([complaint.reference])
      expect(await lists(leaving)).toEqual([])
    } finally {
      await payload.delete({ collection: 'complaints', id: complaint.id })
    }
  })

  it('shuts a handler out of their complaint once it turns out to be about them', async () => {
    const complaint = await createComplaint({ handler: users.unassignedHandler.id })
    try {
      expect(
        (
          await rest(payload, 'GET', `/complaints/${complaint.id}`, {
            token: users.unassignedHandler.token,
          })
        ).status,
      ).toBe(200)

      const answer = await rest(payload, 'PATCH', `/complaints/${complaint.id}`, {
        token: users.directie.token,
        body: { subjectEmployee: users.unassignedHandler.id },
      })
      expect(answer.status).toBe(200)

      expect(
        (
          await rest(payload, 'GET', `/complaints/${complaint.id}`, {
            token: users.unassignedHandler.token,
          })
        ).status,
      ).toBe(404)
      const listed = await rest(payload, 'GET', '/complaints?limit=100&depth=0', {
        token: users.unassignedHandler.token,
      })
      expect(listed.body.docs).toEqual([])
    } finally {
      await payload.delete({ collection: 'complaints', id: complaint.id })
    }
  })
})

describe('nobody hands out roles but the administrator', () => {
  const climbers: Array<{ who: string; roles: Role[] }> = [
    { who: 'a staff member', roles: ['staff'] },
    { who: 'a handler', roles: ['handler'] },
    { who: 'a directie member', roles: ['directie'] },
  ]
  const escalationRows = climbers.flatMap(({ who, roles }) =>
    (['themselves', 'a colleague'] as const).map((target) => ({
      roles,
      target,
      title: `${who} cannot give ${target} the admin role`,
    })),
  )

  it.each(escalationRows)('$title', async ({ roles, target }) => {
    const climber = await createLoggedInUser(
      payload,
      `climber-${roles[0]}@organisatie.example`,
      roles,
    )
    const colleague = await createLoggedInUser(
      payload,
      `colleague-${roles[0]}@organisatie.example`,
      ['staff'],
    )
    const promoted = target === 'themselves' ? climber : colleague
    try {
      const answer = await rest(payload, 'PATCH', `/users/${promoted.id}`, {
        token: climber.token,
        body: { roles: ['admin'] },
      })
      // Refusing the save or ignoring the roles sent both keep the user as they were.
      expect([200, 403]).toContain(answer.status)
      expect((await payload.findByID({ collection: 'users', id: promoted.id })).roles).toEqual(
        target === 'themselves' ? roles : ['staff'],
      )
    } finally {
      await payload.delete({
        collection: 'users',
        where: { id: { in: [climber.id, colleague.id] } },
      })
    }
  })
})

describe('regulations are public, and only the administrator writes them', () => {
  it.each(APIS)('an anonymous caller reads all five regulations over %s', async (api) => {
    if (api === 'REST') {
      const answer = await rest(payload, 'GET', '/regulations?limit=100&depth=0')
      expect(answer.status).toBe(200)
      expect(answer.body.docs.map((doc: { slug: string }) => doc.slug).sort()).toEqual(
        Object.keys(regulations).sort(),
      )
      const one = await rest(payload, 'GET', `/regulations/${regulations['in-focus-samen']}`)
      expect(one.status).toBe(200)
      expect(one.body.slug).toBe('in-focus-samen')
      return
    }
    const answer = await graphql(payload, '{ Regulations(limit: 100) { docs { slug } } }')
    expect(answer.errors).toBeUndefined()
    expect(answer.data.Regulations.docs.map((doc: { slug: string }) => doc.slug).sort()).toEqual(
      Object.keys(regulations).sort(),
    )
  })

  const newVersion = () => ({
    ...regulationFromSeed(seedRegulations['krachtig-perspectief'], '2099-01-01'),
    slug: 'proefregeling',
    name: 'Proefregeling',
    effectiveFrom: '2099-01-01T12:00:00.000Z',
  })

  const nonAdmins: Who[] = ['anonymous', 'directie', 'assignedHandler', 'staff']
  const writeRows = nonAdmins.flatMap((who) =>
    (['add', 'rename', 'delete'] as const).map((operation) => ({
      who,
      operation,
      title: `${WHO[who]} cannot ${operation} a regulation`,
    })),
  )

  it.each(writeRows)('$title', async ({ who, operation }) => {
    const id = regulations.hss
    const countBefore = (await payload.count({ collection: 'regulations' })).totalDocs
    const answer =
      operation === 'add'
        ? await rest(payload, 'POST', '/regulations', { token: tokenOf(who), body: newVersion() })
        : operation === 'rename'
          ? await rest(payload, 'PATCH', `/regulations/${id}`, {
              token: tokenOf(who),
              body: { name: 'Hernoemd' },
            })
          : await rest(payload, 'DELETE', `/regulations/${id}`, { token: tokenOf(who) })
    expect(answer.status).toBe(403)
    expect((await payload.count({ collection: 'regulations' })).totalDocs).toBe(countBefore)
    expect((await payload.findByID({ collection: 'regulations', id })).name).toBe(
      seedRegulations.hss.name,
    )
  })

  it.each(
    nonAdmins.map((who) => ({ who, title: `${WHO[who]} cannot rename a regulation over GraphQL` })),
  )('$title', async ({ who }) => {
    const id = regulations.hss
    const answer = await graphql(
      payload,
      `mutation { updateRegulation(id: ${id}, data: { name: "Hernoemd" }) { name } }`,
      { token: tokenOf(who) },
    )
    expectGraphqlRefusal(answer, 'updateRegulation', 403)
    expect((await payload.findByID({ collection: 'regulations', id })).name).toBe(
      seedRegulations.hss.name,
    )
  })

  it('the administrator adds, renames and deletes a regulation version', async () => {
    const added = await rest(payload, 'POST', '/regulations', {
      token: users.admin.token,
      body: newVersion(),
    })
    expect(added.status).toBe(201)
    const id = added.body.doc.id
    const renamed = await rest(payload, 'PATCH', `/regulations/${id}`, {
      token: users.admin.token,
      body: { name: 'Proefregeling, gecorrigeerd' },
    })
    expect(renamed.status).toBe(200)
    expect((await payload.findByID({ collection: 'regulations', id })).name).toBe(
      'Proefregeling, gecorrigeerd',
    )
    const deleted = await rest(payload, 'DELETE', `/regulations/${id}`, {
      token: users.admin.token,
    })
    expect(deleted.status).toBe(200)
    expect(
      (await payload.count({ collection: 'regulations', where: { id: { equals: id } } })).totalDocs,
    ).toBe(0)
  })
})

describe('committees: read by admin, directie and handlers, written by admin and directie', () => {
  const readers: Who[] = ['admin', 'directie', 'assignedHandler', 'unassignedHandler']
  const readRows = (['anonymous', 'staff', ...readers] as Who[]).map((who) => ({
    who,
    allowed: readers.includes(who),
    title: `${WHO[who]} ${readers.includes(who) ? 'can' : 'cannot'} read a committee`,
  }))

  it.each(readRows)('$title', async ({ who, allowed }) => {
    const answer = await rest(payload, 'GET', `/committees/${committee}?depth=0`, {
      token: tokenOf(who),
    })
    expect(answer.status).toBe(allowed ? 200 : 403)
    expect(answer.body.name).toBe(allowed ? 'Klachtencommissie A' : undefined)
  })

  it.each(
    (['unassignedHandler', 'assignedHandler'] as Who[]).map((who) => ({
      who,
      title: `${WHO[who]}, not on the committee, does not see its complaints through it`,
    })),
  )('$title', async ({ who }) => {
    const answer = await rest(payload, 'GET', `/committees/${committee}?depth=1`, {
      token: tokenOf(who),
    })
    expect(answer.status).toBe(200)
    expect(answer.body.complaints.docs).toEqual([])
  })

  it('a committee member reading the committee sees the complaint it handles', async () => {
    const answer = await rest(payload, 'GET', `/committees/${committee}?depth=0`, {
      token: users.committeeMember.token,
    })
    expect(answer.status).toBe(200)
    expect(answer.body.complaints.docs).toEqual([complaintIds.byCommittee])
  })

  const writers: Who[] = ['admin', 'directie']
  const writeRows = (['anonymous', 'staff', 'assignedHandler', ...writers] as Who[]).map((who) => ({
    who,
    allowed: writers.includes(who),
    title: `${WHO[who]} ${writers.includes(who) ? 'can' : 'cannot'} set up and rename a committee`,
  }))

  it.each(writeRows)('$title', async ({ who, allowed }) => {
    const name = `Commissie van ${who}`
    const created = await rest(payload, 'POST', '/committees', {
      token: tokenOf(who),
      body: { name, members: [] },
    })
    expect(created.status).toBe(allowed ? 201 : 403)
    const renamed = await rest(payload, 'PATCH', `/committees/${committee}`, {
      token: tokenOf(who),
      body: { name: `${name}, hernoemd` },
    })
    expect(renamed.status).toBe(allowed ? 200 : 403)
    const now = await payload.findByID({ collection: 'committees', id: committee, depth: 0 })
    expect(now.name).toBe(allowed ? `${name}, hernoemd` : 'Klachtencommissie A')
    expect(
      (await payload.count({ collection: 'committees', where: { name: { equals: name } } }))
        .totalDocs,
    ).toBe(allowed ? 1 : 0)
    await payload.update({
      collection: 'committees',
      id: committee,
      data: { name: 'Klachtencommissie A' },
    })
    await payload.delete({ collection: 'committees', where: { name: { equals: name } } })
  })
})

describe('letters: admin, directie and handlers; a sent letter stays as it was sent', () => {
  // Every letter starts as a draft; the system records one as sent, as the outbox does.
  const letter = async (status: 'draft' | 'sent') => {
    const draft = await payload.create({
      collection: 'letters',
      data: { complaint: complaintIds.handled, kind: 'acknowledgement', channel: 'email' },
    })
    if (status === 'sent')
      await payload.update({
        collection: 'letters',
        id: draft.id,
        data: { status: 'sent', sentOn: '2026-03-03T12:00:00.000Z' },
      })
    return draft as unknown as { id: number }
  }

  const readers: Who[] = ['admin', 'directie', 'assignedHandler']
  const readRows = (['anonymous', 'staff', ...readers] as Who[]).map((who) => ({
    who,
    allowed: readers.includes(who),
    title: `${WHO[who]} ${readers.includes(who) ? 'can' : 'cannot'} read a letter`,
  }))

  it.each(readRows)('$title', async ({ who, allowed }) => {
    const { id } = await letter('draft')
    const answer = await rest(payload, 'GET', `/letters/${id}?depth=0`, { token: tokenOf(who) })
    expect(answer.status).toBe(allowed ? 200 : 403)
    expect(answer.body.kind).toBe(allowed ? 'acknowledgement' : undefined)
  })

  it.each([
    {
      who: 'assignedHandler' as Who,
      status: 200,
      title: 'a handler on the complaint reads its letter with the complaint',
    },
    {
      who: 'unassignedHandler' as Who,
      status: 404,
      title: 'a handler not on the complaint cannot read its letter',
    },
  ])('$title', async ({ who, status }) => {
    const { id } = await letter('draft')
    const answer = await rest(payload, 'GET', `/letters/${id}?depth=1`, { token: tokenOf(who) })
    expect(answer.status).toBe(status)
    if (status === 200)
      expect(answer.body.complaint).toEqual(
        expect.objectContaining({ reference: references.handled }),
      )
  })

  it('the person complained about cannot read a letter of that complaint, even as directie', async () => {
    const { id } = (await payload.create({
      collection: 'letters',
      data: {
        complaint: complaintIds.aboutColleague,
        kind: 'acknowledgement',
        channel: 'email',
        status: 'draft',
      },
    })) as unknown as { id: number }
    expect(
      (await rest(payload, 'GET', `/letters/${id}`, { token: users.personComplainedAbout.token }))
        .status,
    ).toBe(404)
    expect(
      (await rest(payload, 'GET', `/letters/${id}`, { token: users.directie.token })).status,
    ).toBe(200)
  })

  const sentRows = readers.flatMap((who) =>
    APIS.map((api) => ({ who, api, title: `${WHO[who]} cannot change a sent letter over ${api}` })),
  )

  it.each(sentRows)('$title', async ({ who, api }) => {
    const { id } = await letter('sent')
    if (api === 'REST') {
      const answer = await rest(payload, 'PATCH', `/letters/${id}`, {
        token: tokenOf(who),
        body: { channel: 'post' },
      })
      expect(answer.status).toBe(403)
    } else {
      const answer = await graphql(
        payload,
        `mutation { updateLetter(id: ${id}, data: { channel: post }) { channel } }`,
        { token: tokenOf(who) },
      )
      expectGraphqlRefusal(answer, 'updateLetter', 403)
    }
    expect((await payload.findByID({ collection: 'letters', id })).channel).toBe('email')
  })

  it('the handler can still change a draft letter, and no longer once it is sent', async () => {
    const { id } = await letter('draft')
    const edited = await rest(payload, 'PATCH', `/letters/${id}`, {
      token: users.assignedHandler.token,
      body: { channel: 'post' },
    })
    expect(edited.status).toBe(200)
    const sent = await rest(payload, 'PATCH', `/letters/${id}`, {
      token: users.assignedHandler.token,
      body: { status: 'sent', sentOn: '2026-03-04T12:00:00.000Z' },
    })
    expect(sent.status).toBe(200)
    const unsent = await rest(payload, 'PATCH', `/letters/${id}`, {
      token: users.assignedHandler.token,
      body: { status: 'draft' },
    })
    expect(unsent.status).toBe(403)
    expect((await payload.findByID({ collection: 'letters', id })).status).toBe('sent')
  })

  it('the administrator can delete a draft letter but not a sent one', async () => {
    const draft = await letter('draft')
    const sent = await letter('sent')
    expect(
      (await rest(payload, 'DELETE', `/letters/${draft.id}`, { token: users.admin.token })).status,
    ).toBe(200)
    expect(
      (await rest(payload, 'DELETE', `/letters/${sent.id}`, { token: users.admin.token })).status,
    ).toBe(403)
    const left = await payload.find({
      collection: 'letters',
      where: { id: { in: [draft.id, sent.id] } },
      depth: 0,
    })
    expect(left.docs.map((doc) => doc.id)).toEqual([sent.id])
  })
})
