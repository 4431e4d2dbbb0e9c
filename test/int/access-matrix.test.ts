/**
 * The access matrix: every collection the plugin adds, every operation (list, read, create,
 * update, delete, versions, file download, lock), every role, and the person a complaint is about
 * in each role, over REST and GraphQL. Each cell states who may, and checks what happened to
 * the data, not only the status code.
 */
import { graphql } from '../helpers/graphql'
import { callApi, formData, samples, submitMultipart } from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser } from '../helpers/users'
import { regulationFromSeed } from '../../src/complaints/regulationFromSeed'
import { seedRegulations } from '../../src/procedure/seeds'

import type { Payload, Where } from 'payload'
import type { Role } from '../../src/access/roles'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { TestUser } from '../helpers/users'

const ROLES = {
  staff: ['staff'],
  handler: ['handler'],
  otherHandler: ['handler'],
  committeeMember: ['handler'],
  appealReviewer: ['handler'],
  directie: ['directie'],
  admin: ['admin'],
  subjectStaff: ['staff'],
  subjectHandler: ['handler'],
  subjectDirectie: ['directie'],
  subjectAdmin: ['admin'],
} as const satisfies Record<string, Role[]>

type Person = keyof typeof ROLES
type Who = Person | 'anonymous'
type Api = 'REST' | 'GraphQL'

const EVERYONE: Who[] = ['anonymous', ...(Object.keys(ROLES) as Person[])]
const APIS: Api[] = ['REST', 'GraphQL']

/** One complaint about each subject, handled by the same handler, committee and appeal reviewer. */
const FIXTURES = ['aboutStaff', 'aboutHandler', 'aboutDirectie', 'aboutAdmin'] as const
type Fixture = (typeof FIXTURES)[number]
const SUBJECT: Record<Fixture, Person> = {
  aboutStaff: 'subjectStaff',
  aboutHandler: 'subjectHandler',
  aboutDirectie: 'subjectDirectie',
  aboutAdmin: 'subjectAdmin',
}

const has = (who: Who, ...roles: Role[]) =>
  who !== 'anonymous' && roles.some((role) => (ROLES[who] as readonly Role[]).includes(role))
/** Those involved in the complaint read it: directie and admin, and who handles it; never its subject. */
const involved = (who: Who, fixture: Fixture) =>
  who !== SUBJECT[fixture] &&
  (has(who, 'admin', 'directie') || ['handler', 'committeeMember', 'appealReviewer'].includes(who))
/** Of those, all but staff change it, and write and send its letters. */
const editor = (who: Who, fixture: Fixture) =>
  involved(who, fixture) && has(who, 'admin', 'directie', 'handler')

let payload: Payload
let regulations: Record<SeedSlug, number>
const users = {} as Record<Person, TestUser>
const complaints = {} as Record<
  Fixture,
  { id: number; reference: string; attachment: number; filename: string; letter: number }
>
let committee: number

const token = (who: Who) => (who === 'anonymous' ? undefined : users[who].token)

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  for (const who of Object.keys(ROLES) as Person[])
    users[who] = await createLoggedInUser(payload, `${who.toLowerCase()}@matrix.example`, [
      ...ROLES[who],
    ])
  const second = await createLoggedInUser(payload, 'tweede-lid@matrix.example', ['handler'])
  committee = (
    await payload.create({
      collection: 'committees',
      data: { name: 'Commissie', members: [users.committeeMember.id, second.id] },
    })
  ).id as number
  for (const fixture of FIXTURES) {
    const sent = await submitMultipart(
      payload,
      formData(
        {
          regulation: 'in-focus-samen',
          name: 'Kees de Vries',
          email: 'kees@example.com',
          description: `Klacht ${fixture}`,
        },
        [{ name: `${fixture}.pdf`, type: 'application/pdf', data: samples.pdf(fixture) }],
      ),
    )
    const { docs } = await payload.find({
      collection: 'complaints',
      where: { reference: { equals: sent.body.reference } },
      depth: 0,
    })
    const id = docs[0]!.id as number
    await payload.update({
      collection: 'complaints',
      id,
      data: {
        handler: users.handler.id,
        committee,
        appealReviewer: users.appealReviewer.id,
        subjectEmployee: users[SUBJECT[fixture]].id,
      } as never,
    })
    const attachment = (docs[0]!.attachments as number[])[0]!
    const filename = String(
      (await payload.findByID({ collection: 'complaint-attachments', id: attachment })).filename,
    )
    const letter = (
      await payload.find({ collection: 'letters', where: { complaint: { equals: id } }, depth: 0 })
    ).docs[0]!.id as number
    complaints[fixture] = { id, reference: sent.body.reference, attachment, filename, letter }
  }
}, 180_000)

afterAll(async () => {
  await stopPayload(payload)
})

/** Whether a GraphQL answer carried out the operation (no error, data present). */
const done = (answer: { errors?: unknown[]; data: any }, operation: string) =>
  !answer.errors && answer.data?.[operation] !== null && answer.data?.[operation] !== undefined
const count = async (
  collection:
    | 'complaints'
    | 'letters'
    | 'committees'
    | 'regulations'
    | 'complaint-attachments'
    | 'complaint-audit-log'
    | 'complaint-access-log'
    | 'payload-locked-documents',
  where = {},
) => (await payload.count({ collection, where, overrideAccess: true })).totalDocs

/** The logs: the administrator reads them, nobody writes them (the plugin does, by itself). */
const LOGS = [
  [
    'complaint-audit-log',
    'ComplaintAuditLog',
    { action: 'deleted', documentCollection: 'complaints', documentId: '1' },
  ],
  [
    'complaint-access-log',
    'ComplaintAccessLog',
    { documentCollection: 'complaints', documentId: '1', path: 'rest' },
  ],
] as const

type Cell = { title: string; expected: boolean; attempt: () => Promise<boolean> }
const cells: Cell[] = []
const cell = (
  collection: string,
  operation: string,
  who: Who,
  api: Api,
  expected: boolean,
  attempt: () => Promise<boolean>,
  on = '',
) =>
  cells.push({
    title: `${collection} ${operation}${on ? ` ${on}` : ''} by ${who} over ${api}: ${expected ? 'allowed' : 'refused'}`,
    expected,
    attempt,
  })

// Complaints: list, read, update, versions, per fixture; create; delete of a fresh complaint about the subject admin.
for (const who of EVERYONE) {
  for (const api of APIS) {
    for (const fixture of FIXTURES) {
      cell(
        'complaints',
        'list',
        who,
        api,
        involved(who, fixture),
        async () => {
          const { reference } = complaints[fixture]
          if (api === 'REST')
            return (
              (await rest(payload, 'GET', '/complaints?limit=100&depth=0', { token: token(who) }))
                .body.docs ?? []
            ).some((doc: any) => doc.reference === reference)
          return (
            (
              await graphql(payload, '{ Complaints(limit: 100) { docs { reference } } }', {
                token: token(who),
              })
            ).data?.Complaints?.docs ?? []
          ).some((doc: any) => doc.reference === reference)
        },
        fixture,
      )
      cell(
        'complaints',
        'read',
        who,
        api,
        involved(who, fixture),
        async () => {
          const { id } = complaints[fixture]
          if (api === 'REST')
            return (
              (await rest(payload, 'GET', `/complaints/${id}?depth=0`, { token: token(who) }))
                .status === 200
            )
          return done(
            await graphql(payload, `{ Complaint(id: ${id}) { reference } }`, { token: token(who) }),
            'Complaint',
          )
        },
        fixture,
      )
      cell(
        'complaints',
        'versions',
        who,
        api,
        involved(who, fixture),
        async () => {
          const { id } = complaints[fixture]
          if (api === 'REST')
            return (
              (
                await rest(payload, 'GET', `/complaints/versions?limit=500&depth=0`, {
                  token: token(who),
                })
              ).body.docs ?? []
            ).some((doc: any) => doc.parent === id)
          return (
            (
              await graphql(
                payload,
                '{ versionsComplaints(limit: 500) { docs { parent { id } } } }',
                { token: token(who) },
              )
            ).data?.versionsComplaints?.docs ?? []
          ).some((doc: any) => doc.parent?.id === id)
        },
        fixture,
      )
      cell(
        'complaints',
        'update',
        who,
        api,
        editor(who, fixture),
        async () => {
          const { id } = complaints[fixture]
          const measures = `Maatregel van ${who} via ${api}`
          if (api === 'REST')
            await rest(payload, 'PATCH', `/complaints/${id}`, {
              token: token(who),
              body: { measures },
            })
          else
            await graphql(
              payload,
              `mutation ($m: String) { updateComplaint(id: ${id}, data: { measures: $m }) { id } }`,
              { token: token(who), variables: { m: measures } },
            )
          return (
            (await payload.findByID({ collection: 'complaints', id, depth: 0 })).measures ===
            measures
          )
        },
        fixture,
      )
      cell(
        'letters',
        'read',
        who,
        api,
        editor(who, fixture),
        async () => {
          const { letter } = complaints[fixture]
          if (api === 'REST')
            return (
              (await rest(payload, 'GET', `/letters/${letter}?depth=0`, { token: token(who) }))
                .status === 200
            )
          return done(
            await graphql(payload, `{ Letter(id: ${letter}) { kind } }`, { token: token(who) }),
            'Letter',
          )
        },
        fixture,
      )
      cell(
        'letters',
        'create',
        who,
        api,
        editor(who, fixture),
        async () => {
          const { id } = complaints[fixture]
          const before = await count('letters', { complaint: { equals: id } })
          if (api === 'REST')
            await rest(payload, 'POST', '/letters', {
              token: token(who),
              body: { complaint: id, kind: 'referral' },
            })
          else
            await graphql(
              payload,
              `mutation { createLetter(data: { complaint: ${id}, kind: referral }) { id } }`,
              { token: token(who) },
            )
          return (await count('letters', { complaint: { equals: id } })) > before
        },
        fixture,
      )
      cell(
        'letters',
        'update',
        who,
        api,
        editor(who, fixture),
        async () => {
          const { letter } = complaints[fixture]
          const subject = `Onderwerp van ${who} via ${api}`
          if (api === 'REST')
            await rest(payload, 'PATCH', `/letters/${letter}`, {
              token: token(who),
              body: { subject },
            })
          else
            await graphql(
              payload,
              `mutation ($s: String) { updateLetter(id: ${letter}, data: { subject: $s }) { id } }`,
              { token: token(who), variables: { s: subject } },
            )
          return (
            (await payload.findByID({ collection: 'letters', id: letter, depth: 0 })).subject ===
            subject
          )
        },
        fixture,
      )
      cell(
        'letters',
        'delete a draft',
        who,
        api,
        editor(who, fixture),
        async () => {
          const draft = await payload.create({
            collection: 'letters',
            data: { complaint: complaints[fixture].id, kind: 'satisfactionSurvey' } as never,
          })
          if (api === 'REST')
            await rest(payload, 'DELETE', `/letters/${draft.id}`, { token: token(who) })
          else
            await graphql(payload, `mutation { deleteLetter(id: ${draft.id}) { id } }`, {
              token: token(who),
            })
          const gone = (await count('letters', { id: { equals: draft.id } })) === 0
          if (!gone) await payload.delete({ collection: 'letters', id: draft.id })
          return gone
        },
        fixture,
      )
      cell(
        'complaint-attachments',
        'read',
        who,
        api,
        involved(who, fixture),
        async () => {
          const { attachment } = complaints[fixture]
          if (api === 'REST')
            return (
              (
                await rest(payload, 'GET', `/complaint-attachments/${attachment}`, {
                  token: token(who),
                })
              ).status === 200
            )
          return done(
            await graphql(payload, `{ ComplaintAttachment(id: ${attachment}) { filename } }`, {
              token: token(who),
            }),
            'ComplaintAttachment',
          )
        },
        fixture,
      )
      cell(
        'complaint-attachments',
        'delete',
        who,
        api,
        false,
        async () => {
          const { attachment } = complaints[fixture]
          if (api === 'REST')
            await rest(payload, 'DELETE', `/complaint-attachments/${attachment}`, {
              token: token(who),
            })
          else
            await graphql(
              payload,
              `mutation { deleteComplaintAttachment(id: ${attachment}) { id } }`,
              { token: token(who) },
            )
          return (await count('complaint-attachments', { id: { equals: attachment } })) === 0
        },
        fixture,
      )
      cell(
        'payload-locked-documents',
        'lock',
        who,
        api,
        editor(who, fixture),
        async () => {
          const { id } = complaints[fixture]
          const where: Where = {
            and: [
              { 'document.relationTo': { equals: 'complaints' } },
              { 'document.value': { equals: id } },
            ],
          }
          await payload.delete({
            collection: 'payload-locked-documents',
            where,
            overrideAccess: true,
          })
          const document = { relationTo: 'complaints', value: id }
          if (api === 'REST')
            await rest(payload, 'POST', '/payload-locked-documents', {
              token: token(who),
              body: { document, user: { relationTo: 'users', value: users.admin.id } },
            })
          else
            await graphql(
              payload,
              'mutation ($data: mutationPayloadLockedDocumentInput!) { createPayloadLockedDocument(data: $data) { id } }',
              {
                token: token(who),
                variables: {
                  data: { document, user: { relationTo: 'users', value: users.admin.id } },
                },
              },
            )
          const locked = (await count('payload-locked-documents', where)) === 1
          // A lock left behind would refuse the next caller's save of this complaint.
          await payload.delete({
            collection: 'payload-locked-documents',
            where,
            overrideAccess: true,
          })
          return locked
        },
        fixture,
      )
    }
    if (api === 'REST') {
      for (const fixture of FIXTURES) {
        cell(
          'complaint-attachments',
          'file download',
          who,
          api,
          involved(who, fixture),
          async () => {
            const headers: Record<string, string> =
              who === 'anonymous' ? {} : { Authorization: `JWT ${token(who)}` }
            return (
              (
                await callApi(
                  payload,
                  'GET',
                  `/complaint-attachments/file/${encodeURIComponent(complaints[fixture].filename)}`,
                  { headers },
                )
              ).status === 200
            )
          },
          fixture,
        )
      }
      cell(
        'complaint-attachments',
        'upload',
        who,
        api,
        has(who, 'admin', 'directie', 'handler', 'staff'),
        async () => {
          const before = await count('complaint-attachments')
          const form = new FormData()
          form.append(
            'file',
            new Blob([samples.pdf(who) as BlobPart], { type: 'application/pdf' }),
            'notitie.pdf',
          )
          form.append('_payload', '{}')
          await callApi(payload, 'POST', '/complaint-attachments', {
            headers: who === 'anonymous' ? {} : { Authorization: `JWT ${token(who)}` },
            body: form,
          })
          return (await count('complaint-attachments')) > before
        },
      )
    }
    cell(
      'complaints',
      'create',
      who,
      api,
      has(who, 'admin', 'directie', 'handler', 'staff'),
      async () => {
        const description = `Vastgelegd door ${who} via ${api}`
        const data = {
          regulation: regulations.hss,
          receivedOn: '2026-03-02',
          channel: 'phone',
          description,
        }
        if (api === 'REST')
          await rest(payload, 'POST', '/complaints', { token: token(who), body: data })
        else
          await graphql(
            payload,
            'mutation ($data: mutationComplaintInput!) { createComplaint(data: $data) { id } }',
            {
              token: token(who),
              variables: {
                data: { ...data, receivedOn: '2026-03-02T12:00:00.000Z', status: 'received' },
              },
            },
          )
        return (await count('complaints', { description: { equals: description } })) === 1
      },
    )
    cell(
      'complaints',
      'delete',
      who,
      api,
      who === 'admin',
      async () => {
        const victim = await payload.create({
          collection: 'complaints',
          data: {
            regulation: regulations.hss,
            receivedOn: '2026-03-02',
            channel: 'phone',
            description: 'Per vergissing',
            handler: users.handler.id,
            subjectEmployee: users.subjectAdmin.id,
          } as never,
        })
        if (api === 'REST')
          await rest(payload, 'DELETE', `/complaints/${victim.id}`, { token: token(who) })
        else
          await graphql(payload, `mutation { deleteComplaint(id: ${victim.id}) { id } }`, {
            token: token(who),
          })
        const gone = (await count('complaints', { id: { equals: victim.id } })) === 0
        if (!gone) await payload.delete({ collection: 'complaints', id: victim.id })
        return gone
      },
      'about the subject admin',
    )
    cell('committees', 'read', who, api, has(who, 'admin', 'directie', 'handler'), async () => {
      if (api === 'REST')
        return (
          (await rest(payload, 'GET', `/committees/${committee}?depth=0`, { token: token(who) }))
            .status === 200
        )
      return done(
        await graphql(payload, `{ Committee(id: ${committee}) { name } }`, { token: token(who) }),
        'Committee',
      )
    })
    cell('committees', 'create and update', who, api, has(who, 'admin', 'directie'), async () => {
      const name = `Commissie van ${who} via ${api}`
      if (api === 'REST')
        await rest(payload, 'POST', '/committees', { token: token(who), body: { name } })
      else
        await graphql(
          payload,
          `
            mutation ($n: String!) {
              createCommittee(data: { name: $n }) {
                id
              }
            }
          `,
          { token: token(who), variables: { n: name } },
        )
      return (await count('committees', { name: { equals: name } })) === 1
    })
    cell('committees', 'delete', who, api, has(who, 'admin'), async () => {
      const spare = await payload.create({ collection: 'committees', data: { name: 'Reserve' } })
      if (api === 'REST')
        await rest(payload, 'DELETE', `/committees/${spare.id}`, { token: token(who) })
      else
        await graphql(payload, `mutation { deleteCommittee(id: ${spare.id}) { id } }`, {
          token: token(who),
        })
      const gone = (await count('committees', { id: { equals: spare.id } })) === 0
      if (!gone) await payload.delete({ collection: 'committees', id: spare.id })
      return gone
    })
    cell('regulations', 'read', who, api, true, async () => {
      if (api === 'REST')
        return (
          (
            await rest(payload, 'GET', `/regulations/${regulations.hss}?depth=0`, {
              token: token(who),
            })
          ).status === 200
        )
      return done(
        await graphql(payload, `{ Regulation(id: ${regulations.hss}) { slug } }`, {
          token: token(who),
        }),
        'Regulation',
      )
    })
    cell('regulations', 'create, update and delete', who, api, has(who, 'admin'), async () => {
      const slug = `proef-${who.toLowerCase()}-${api.toLowerCase()}`
      const data = { ...regulationFromSeed(seedRegulations.hss, '2099-01-01'), slug, name: slug }
      if (api === 'REST')
        await rest(payload, 'POST', '/regulations', { token: token(who), body: data })
      else
        await graphql(
          payload,
          'mutation ($data: mutationRegulationInput!) { createRegulation(data: $data) { id } }',
          { token: token(who), variables: { data } },
        )
      const created = (await count('regulations', { slug: { equals: slug } })) === 1
      const name = 'Hernoemd'
      if (api === 'REST')
        await rest(payload, 'PATCH', `/regulations/${regulations['izw-ambulant']}`, {
          token: token(who),
          body: { name },
        })
      else
        await graphql(
          payload,
          `mutation { updateRegulation(id: ${regulations['izw-ambulant']}, data: { name: "${name}" }) { id } }`,
          { token: token(who) },
        )
      const renamed =
        (await payload.findByID({ collection: 'regulations', id: regulations['izw-ambulant'] }))
          .name === name
      await payload.update({
        collection: 'regulations',
        id: regulations['izw-ambulant'],
        data: { name: seedRegulations['izw-ambulant'].name },
      })
      await payload.delete({ collection: 'regulations', where: { slug: { equals: slug } } })
      if (created !== renamed)
        throw new Error(
          `creating (${created}) and renaming (${renamed}) a regulation disagree for ${who}`,
        )
      return created
    })
    for (const [slug, name, data] of LOGS) {
      cell(slug, 'read', who, api, has(who, 'admin'), async () => {
        if (api === 'REST')
          return (await rest(payload, 'GET', `/${slug}`, { token: token(who) })).status === 200
        return done(
          await graphql(payload, `{ ${name}s { totalDocs } }`, { token: token(who) }),
          `${name}s`,
        )
      })
      cell(slug, 'write', who, api, false, async () => {
        const before = await count(slug)
        if (api === 'REST')
          await rest(payload, 'POST', `/${slug}`, { token: token(who), body: data })
        else
          await graphql(
            payload,
            `mutation ($data: mutation${name}Input!) { create${name}(data: $data) { id } }`,
            { token: token(who), variables: { data } },
          )
        return (await count(slug)) > before
      })
    }
  }
  cell(
    'complaint-rate-limits',
    'read',
    who,
    'REST',
    false,
    async () =>
      (await rest(payload, 'GET', '/complaint-rate-limits', { token: token(who) })).status === 200,
  )
}

describe('the access matrix', () => {
  it(`covers every collection the plugin adds, in ${cells.length} cells`, () => {
    const covered = new Set(cells.map((entry) => entry.title.split(' ')[0]))
    expect([...covered].sort()).toEqual([
      'committees',
      'complaint-access-log',
      'complaint-attachments',
      'complaint-audit-log',
      'complaint-rate-limits',
      'complaints',
      'letters',
      'payload-locked-documents',
      'regulations',
    ])
  })

  it.each(cells)('$title', async ({ expected, attempt }) => {
    expect(await attempt()).toBe(expected)
  })
})
