/**
 * The case file is exactly as confidential as its complaint and nothing of it is lost: its
 * attachments, its letters (which meet deadlines only when they really went out), its deletion.
 * Tried as an attacker and a careless user would, over the real REST and GraphQL APIs.
 */
import { afterCommitSettled } from '../../src/database/afterCommit'
import { withRequiredData } from '../helpers/complaints'
import { graphql } from '../helpers/graphql'
import { callApi, formData, samples, submitMultipart } from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createPeople } from '../helpers/users'
import { isoDateOf, todayInAmsterdam } from '../../src/complaints/storedDates'
import { addDays } from '../../src/procedure/dates'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { TestUser } from '../helpers/users'

let payload: Payload
let regulations: Record<SeedSlug, number>
const ROLES = {
  admin: ['admin'],
  directie: ['directie'],
  handler: ['handler'],
  otherHandler: ['handler'],
  staff: ['staff'],
  otherStaff: ['staff'],
  subjectAdmin: ['admin'],
  subjectDirectie: ['directie'],
} as const
let people: Record<keyof typeof ROLES, TestUser>

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  people = await createPeople(payload, ROLES)
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
})

/** A stored complaint, with the letters drafted after its commit. */
const complaint = async (data: Record<string, unknown> = {}) => {
  const created = await payload.create({
    collection: 'complaints',
    depth: 0,
    data: withRequiredData({
      regulation: regulations['krachtig-perspectief'],
      receivedOn: '2026-03-02',
      channel: 'email',
      description: 'Afspraak niet nagekomen',
      handler: people.handler.id,
      ...data,
    }) as never,
  })
  await afterCommitSettled()
  return created as unknown as Record<string, any>
}

const draftOf = async (complaintId: number, kind = 'acknowledgement') =>
  (
    await payload.find({
      collection: 'letters',
      where: { and: [{ complaint: { equals: complaintId } }, { kind: { equals: kind } }] },
      depth: 0,
    })
  ).docs[0] as unknown as Record<string, any>

const stored = async (id: number) =>
  (await payload.findByID({ collection: 'complaints', id, depth: 0 })) as unknown as Record<
    string,
    any
  >

/** A complaint from the public form with one PDF, handled by `handler`, about `subject` when given. */
const withAttachment = async (subject?: TestUser) => {
  const sent = await submitMultipart(
    payload,
    formData(
      { regulation: 'hss', name: 'Kees de Vries', description: 'De rekening klopte niet.' },
      [{ name: 'rekening.pdf', type: 'application/pdf', data: samples.pdf('bijlage') }],
    ),
  )
  expect(sent.status).toBe(201)
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
      handler: people.handler.id,
      ...(subject ? { subjectEmployee: subject.id } : {}),
    } as never,
  })
  const attachmentId = (docs[0]!.attachments as number[])[0]!
  const attachment = await payload.findByID({
    collection: 'complaint-attachments',
    id: attachmentId,
    depth: 0,
  })
  return { id, attachmentId, filename: String(attachment.filename) }
}

const download = (filename: string, user?: TestUser) =>
  callApi(payload, 'GET', `/complaint-attachments/file/${encodeURIComponent(filename)}`, {
    headers: user ? { Authorization: `JWT ${user.token}` } : {},
  })

describe('attachments are exactly as confidential as their complaint', () => {
  it('are stored under a name nobody can guess, linked to their complaint', async () => {
    const { id, filename, attachmentId } = await withAttachment()
    expect(filename).toMatch(/^[0-9a-f]{32}-rekening\.pdf$/)
    expect(
      (await payload.findByID({ collection: 'complaint-attachments', id: attachmentId, depth: 0 }))
        .complaint,
    ).toBe(id)
  })

  it.each([
    ['the handler of the complaint', 'handler', true],
    ['directie', 'directie', true],
    ['a handler of other complaints', 'otherHandler', false],
    ['staff', 'staff', false],
    ['directie who is the person complained about', 'subjectDirectie', false],
    ['an admin who is the person complained about', 'subjectAdmin', false],
  ] as const)('%s: list, GraphQL and file download all agree (%s)', async (_who, who, allowed) => {
    const subject = who === 'subjectAdmin' ? people.subjectAdmin : people.subjectDirectie
    const { attachmentId, filename } = await withAttachment(subject)
    const user = people[who]
    const listed = await rest(payload, 'GET', '/complaint-attachments?limit=1000&depth=0', {
      token: user.token,
    })
    expect(listed.status).toBe(200)
    expect(listed.body.docs.some((doc: { id: number }) => doc.id === attachmentId)).toBe(allowed)
    const viaGraphql = await graphql(
      payload,
      '{ ComplaintAttachments(limit: 1000) { docs { id } } }',
      { token: user.token },
    )
    expect(
      viaGraphql.data.ComplaintAttachments.docs.some(
        (doc: { id: number }) => doc.id === attachmentId,
      ),
    ).toBe(allowed)
    const one = await rest(payload, 'GET', `/complaint-attachments/${attachmentId}`, {
      token: user.token,
    })
    expect(one.status).toBe(allowed ? 200 : 404)
    const file = await download(filename, user)
    expect(file.status).toBe(allowed ? 200 : 403)
    if (allowed) expect(String(file.body)).toContain('%PDF-1.4')
  })

  it('are never served to an anonymous caller, and by a guessed name to nobody', async () => {
    const { filename } = await withAttachment()
    expect((await download(filename)).status).toBe(403)
    expect((await download('rekening.pdf', people.directie)).status).toBe(403)
  })

  it('are served as a download that no browser renders or sniffs, never cached', async () => {
    const { filename } = await withAttachment()
    const file = await download(filename, people.handler)
    expect(file.status).toBe(200)
    expect(file.headers.get('Content-Disposition')).toBe(
      `attachment; filename*=UTF-8''rekening.pdf`,
    )
    expect(file.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(file.headers.get('Cache-Control')).toBe('private, no-store')
    expect(file.headers.get('Content-Security-Policy')).toMatch(/sandbox/)
  })

  it('answers 404 that says so when the file is gone from disk, not a server error', async () => {
    const { filename } = await withAttachment()
    const upload = payload.collections['complaint-attachments'].config.upload
    const { rm } = await import('node:fs/promises')
    await rm(`${typeof upload === 'object' ? upload.staticDir : ''}/${filename}`)
    const file = await download(filename, people.handler)
    expect(file.status).toBe(404)
    expect(file.body.errors[0].message).toBe(
      'Het bestand van deze bijlage is niet (meer) aanwezig.',
    )
  })

  it('lets staff see what they uploaded while recording a complaint, and nobody else see it', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([samples.pdf('telefoonnotitie') as BlobPart], { type: 'application/pdf' }),
      'notitie.pdf',
    )
    form.append('_payload', '{}')
    const uploaded = await callApi(payload, 'POST', '/complaint-attachments', {
      headers: { Authorization: `JWT ${people.staff.token}` },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const id = uploaded.body.doc.id
    expect(
      (await rest(payload, 'GET', `/complaint-attachments/${id}`, { token: people.staff.token }))
        .status,
    ).toBe(200)
    expect(
      (
        await rest(payload, 'GET', `/complaint-attachments/${id}`, {
          token: people.otherStaff.token,
        })
      ).status,
    ).toBe(404)
    // Recording the complaint with it makes it the complaint's: staff no longer read it.
    const recorded = await rest(payload, 'POST', '/complaints', {
      token: people.staff.token,
      body: {
        regulation: regulations.hss,
        receivedOn: '2026-03-02',
        channel: 'phone',
        description: 'Telefonisch',
        attachments: [id],
      },
    })
    expect(recorded.status).toBe(201)
    expect(
      (await payload.findByID({ collection: 'complaint-attachments', id, depth: 0 })).complaint,
    ).toBe(recorded.body.doc.id)
    expect(
      (await rest(payload, 'GET', `/complaint-attachments/${id}`, { token: people.staff.token }))
        .status,
    ).toBe(404)
  })

  it('cannot be pulled into another complaint to read it there', async () => {
    const victim = await withAttachment()
    const mine = await complaint()
    const answer = await rest(payload, 'PATCH', `/complaints/${mine.id}`, {
      token: people.otherHandler.token,
      body: { attachments: [victim.attachmentId] },
    })
    expect(answer.status).toBe(403)
    const own = await complaint({ handler: people.otherHandler.id })
    const pulled = await rest(payload, 'PATCH', `/complaints/${own.id}`, {
      token: people.otherHandler.token,
      body: { attachments: [victim.attachmentId] },
    })
    expect(pulled.status).toBe(400)
    expect(pulled.body.errors[0].data.errors[0]).toEqual({
      path: 'attachments',
      message: `Bijlagen: Bijlage ${victim.attachmentId} hoort bij een andere klacht of is door iemand anders geüpload.`,
    })
    expect((await stored(own.id)).attachments).toEqual([])
  })

  it('refuses a program named .pdf uploaded in the admin, naming the file', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([samples.exe() as BlobPart], { type: 'application/pdf' }),
      'factuur.pdf',
    )
    form.append('_payload', '{}')
    const answer = await callApi(payload, 'POST', '/complaint-attachments', {
      headers: { Authorization: `JWT ${people.staff.token}` },
      body: form,
    })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].data.errors[0].message).toBe(
      'Bestand: "factuur.pdf" is niet wat het zegt te zijn: de inhoud past niet bij het bestandstype.',
    )
  })
})

describe('letters cannot be forged', () => {
  it('refuses a handler writing a letter on a complaint they do not handle, over REST and GraphQL', async () => {
    const other = await complaint({ handler: people.otherHandler.id })
    const before = await payload.count({ collection: 'letters' })
    const viaRest = await rest(payload, 'POST', '/letters', {
      token: people.handler.token,
      body: { complaint: other.id, kind: 'decision', status: 'sent', sentOn: '2026-03-03' },
    })
    expect(viaRest.status).toBe(403)
    const viaGraphql = await graphql(
      payload,
      `mutation { createLetter(data: { complaint: ${other.id}, kind: decision }) { id } }`,
      { token: people.handler.token },
    )
    expect(viaGraphql.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await payload.count({ collection: 'letters' })).totalDocs).toBe(before.totalDocs)
    expect((await stored(other.id)).decidedOn).toBeNull()
  })

  it('refuses directie writing a letter on a complaint about themselves', async () => {
    const about = await complaint({ subjectEmployee: people.subjectDirectie.id })
    const answer = await rest(payload, 'POST', '/letters', {
      token: people.subjectDirectie.token,
      body: { complaint: about.id, kind: 'acknowledgement' },
    })
    expect(answer.status).toBe(403)
  })

  it('creates every letter as a draft, whatever status and date are sent along', async () => {
    const mine = await complaint()
    const answer = await rest(payload, 'POST', '/letters', {
      token: people.handler.token,
      body: {
        complaint: mine.id,
        kind: 'extension',
        channel: 'post',
        status: 'sent',
        sentOn: '2026-02-01',
      },
    })
    expect(answer.status).toBe(201)
    expect([answer.body.doc.status, answer.body.doc.sentOn]).toEqual(['draft', null])
    expect((await stored(mine.id)).acknowledgedOn).toBeNull()
  })

  it('sends e-mail only through the outbox: a person cannot mark an e-mail letter sent', async () => {
    const mine = await complaint()
    const letter = await draftOf(mine.id)
    await payload.update({
      collection: 'letters',
      id: letter.id,
      data: { channel: 'email', recipient: 'klager@example.com' } as never,
    })
    const answer = await rest(payload, 'PATCH', `/letters/${letter.id}`, {
      token: people.handler.token,
      body: { status: 'sent', sentOn: '2026-03-03' },
    })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].data.errors[0].message).toBe(
      'Status: Een brief per e-mail wordt verstuurd door hem in de wachtrij te zetten; alleen een brief per post legt u zelf vast als verstuurd.',
    )
    expect((await stored(mine.id)).acknowledgedOn).toBeNull()
  })

  it.each([
    [
      'before the complaint was received',
      '2026-02-27',
      'Verstuurd op: De verzenddatum vr 27 feb 2026 ligt vóór de ontvangst van de klacht op ma 2 mrt 2026.',
    ],
    ['in the future', addDays(todayInAmsterdam(), 3), null],
  ])('refuses a letter by post recorded as sent %s', async (_case, sentOn, message) => {
    const mine = await complaint()
    const letter = await draftOf(mine.id)
    await payload.update({
      collection: 'letters',
      id: letter.id,
      data: { channel: 'post' } as never,
    })
    const answer = await rest(payload, 'PATCH', `/letters/${letter.id}`, {
      token: people.handler.token,
      body: { status: 'sent', sentOn },
    })
    expect(answer.status).toBe(400)
    const refusal = answer.body.errors[0].data.errors[0]
    expect(refusal.path).toBe('sentOn')
    if (message) expect(refusal.message).toBe(message)
    expect((await payload.findByID({ collection: 'letters', id: letter.id })).status).toBe('draft')
    expect((await stored(mine.id)).acknowledgedOn).toBeNull()
  })

  it('records a letter by post sent on a real day, and only that meets the deadline', async () => {
    const mine = await complaint()
    const letter = await draftOf(mine.id)
    await payload.update({
      collection: 'letters',
      id: letter.id,
      data: { channel: 'post' } as never,
    })
    const answer = await rest(payload, 'PATCH', `/letters/${letter.id}`, {
      token: people.handler.token,
      body: { status: 'sent', sentOn: '2026-03-04' },
    })
    expect(answer.status).toBe(200)
    expect(isoDateOf((await stored(mine.id)).acknowledgedOn)).toBe('2026-03-04')
  })

  it('keeps a letter with its complaint and kind', async () => {
    const mine = await complaint()
    const other = await complaint()
    const letter = await draftOf(mine.id)
    const answer = await rest(payload, 'PATCH', `/letters/${letter.id}`, {
      token: people.directie.token,
      body: { complaint: other.id, kind: 'decision' },
    })
    expect(answer.status).toBe(200)
    const after = await payload.findByID({ collection: 'letters', id: letter.id, depth: 0 })
    expect([after.complaint, after.kind]).toEqual([mine.id, 'acknowledgement'])
  })
})

describe('deleting: the same scope as reading, never a decided complaint, always recorded', () => {
  it('does not let an admin delete a complaint about themselves, not even by a query, and returns nothing of it', async () => {
    const about = await complaint({ subjectEmployee: people.subjectAdmin.id })
    const answer = await rest(payload, 'DELETE', `/complaints?where[id][equals]=${about.id}`, {
      token: people.subjectAdmin.token,
    })
    expect(JSON.stringify(answer.body)).not.toContain('Afspraak niet nagekomen')
    expect(answer.body.docs ?? []).toEqual([])
    expect(
      (await payload.count({ collection: 'complaints', where: { id: { equals: about.id } } }))
        .totalDocs,
    ).toBe(1)
    const letter = await draftOf(about.id)
    const letterAnswer = await rest(payload, 'DELETE', `/letters?where[id][equals]=${letter.id}`, {
      token: people.subjectAdmin.token,
    })
    expect(letterAnswer.body.docs ?? []).toEqual([])
    expect(
      (await payload.count({ collection: 'letters', where: { id: { equals: letter.id } } }))
        .totalDocs,
    ).toBe(1)
  })

  it.each([
    [
      'decided',
      async (id: number) =>
        payload.update({
          collection: 'complaints',
          id,
          data: {
            status: 'notAdmitted',
            nonAdmittedOn: '2026-03-05',
            nonAdmissionMotivation: 'Buiten de regeling.',
          } as never,
        }),
      'Status: Over deze klacht is beslist; zij wordt niet verwijderd maar bewaard tot het einde van de bewaartermijn.',
    ],
    [
      'sent a letter to its complainant',
      async (id: number) => {
        const letter = await draftOf(id)
        await payload.update({
          collection: 'letters',
          id: letter.id,
          data: { channel: 'post', status: 'sent', sentOn: '2026-03-03' } as never,
        })
      },
      'Brieven: De klager heeft al 1 brief/brieven over deze klacht ontvangen; de klacht wordt niet verwijderd. Leg een intrekking vast als de klager dat vraagt.',
    ],
  ])(
    'refuses anyone, also the admin and trusted code, deleting a complaint that was %s',
    async (_case, makeRecord, message) => {
      const kept = await complaint()
      await makeRecord(kept.id)
      const answer = await rest(payload, 'DELETE', `/complaints/${kept.id}`, {
        token: people.admin.token,
      })
      expect(answer.status).toBe(400)
      expect(answer.body.errors[0].data.errors[0].message).toBe(message)
      await expect(payload.delete({ collection: 'complaints', id: kept.id })).rejects.toThrow()
      expect(
        (await payload.count({ collection: 'complaints', where: { id: { equals: kept.id } } }))
          .totalDocs,
      ).toBe(1)
    },
  )

  it('deletes a complaint entered by mistake with its drafts and attachments, and records who did it', async () => {
    const { id, attachmentId } = await withAttachment()
    const { reference } = await stored(id)
    const answer = await rest(payload, 'DELETE', `/complaints/${id}`, { token: people.admin.token })
    expect(answer.status).toBe(200)
    expect(
      (await payload.count({ collection: 'letters', where: { complaint: { equals: id } } }))
        .totalDocs,
    ).toBe(0)
    expect(
      (
        await payload.count({
          collection: 'complaint-attachments',
          where: { id: { equals: attachmentId } },
        })
      ).totalDocs,
    ).toBe(0)
    const log = await rest(
      payload,
      'GET',
      `/complaint-audit-log?where[documentId][equals]=${id}&where[documentCollection][equals]=complaints`,
      { token: people.admin.token },
    )
    expect(
      log.body.docs.map((entry: Record<string, unknown>) => [
        entry.action,
        entry.reference,
        entry.userEmail,
      ]),
    ).toEqual([['deleted', reference, people.admin.email]])
  })

  it('lets a handler delete a draft letter of their own complaint, and records it', async () => {
    const mine = await complaint()
    const letter = await draftOf(mine.id)
    expect(
      (await rest(payload, 'DELETE', `/letters/${letter.id}`, { token: people.otherHandler.token }))
        .status,
    ).toBe(403)
    expect(
      (await rest(payload, 'DELETE', `/letters/${letter.id}`, { token: people.handler.token }))
        .status,
    ).toBe(200)
    const { docs } = await payload.find({
      collection: 'complaint-audit-log',
      where: { documentId: { equals: String(letter.id) } },
    })
    expect(docs.map((entry) => [entry.documentCollection, entry.userEmail])).toEqual([
      ['letters', people.handler.email],
    ])
  })
})

describe('the audit log', () => {
  it('is read by the administrator only, and changed or deleted by nobody, over any path', async () => {
    const mine = await complaint()
    await rest(payload, 'DELETE', `/letters/${(await draftOf(mine.id)).id}`, {
      token: people.handler.token,
    })
    const entry = (
      await payload.find({ collection: 'complaint-audit-log', sort: '-createdAt', limit: 1 })
    ).docs[0]!
    for (const who of ['directie', 'handler', 'staff'] as const)
      expect(
        (await rest(payload, 'GET', '/complaint-audit-log', { token: people[who].token })).status,
      ).toBe(403)
    expect(
      (
        await rest(payload, 'PATCH', `/complaint-audit-log/${entry.id}`, {
          token: people.admin.token,
          body: { userEmail: 'iemand@anders.example' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest(payload, 'DELETE', `/complaint-audit-log/${entry.id}`, {
          token: people.admin.token,
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest(payload, 'POST', '/complaint-audit-log', {
          token: people.admin.token,
          body: { action: 'deleted', documentCollection: 'x', documentId: '1' },
        })
      ).status,
    ).toBe(403)
    const viaGraphql = await graphql(
      payload,
      `mutation { deleteComplaintAuditLog(id: ${entry.id}) { id } }`,
      { token: people.admin.token },
    )
    expect(viaGraphql.errors?.[0]?.extensions?.statusCode).toBe(403)
    await expect(
      payload.update({
        collection: 'complaint-audit-log',
        id: entry.id,
        data: { userEmail: 'x@y.example' },
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection: 'complaint-audit-log', id: entry.id }),
    ).rejects.toThrow()
    expect(
      (await payload.findByID({ collection: 'complaint-audit-log', id: entry.id })).userEmail,
    ).toBe(people.handler.email)
  })
})
