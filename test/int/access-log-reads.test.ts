/**
 * Every read of a complaint, its letters and its attachments by a person is in the access log:
 * one row per document read, whatever the path (REST, GraphQL, the admin, print, download, the
 * Local API with a user), a list in one insert. What the system reads for itself is not.
 */
import { createLocalReq } from 'payload'

import { loadCaseFile } from '../../src/casework/caseFile'
import { afterCommitSettled } from '../../src/database/afterCommit'
import { runJobsOnce } from '../../src/jobs/worker'
import { insertsInto, readsDuring } from '../helpers/accessLog'
import { withRequiredData } from '../helpers/complaints'
import { graphql } from '../helpers/graphql'
import { callApi, formData, samples, submitMultipart } from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createPeople } from '../helpers/users'

import type { Payload } from 'payload'
import type { Read } from '../helpers/accessLog'
import type { TestUser } from '../helpers/users'

let payload: Payload
let people: Record<'directie' | 'handler', TestUser>
let regulation: number
/** A complaint from the public form with one attachment, handled by `handler`. */
let filed: { id: number; reference: string; attachment: number; filename: string; letter: number }

beforeAll(async () => {
  payload = await startPayload()
  regulation = (await storeSeedRegulations(payload))['krachtig-perspectief']
  people = await createPeople(payload, { directie: ['directie'], handler: ['handler'] })
  const sent = await submitMultipart(
    payload,
    formData(
      { regulation: 'hss', name: 'Kees de Vries', description: 'De rekening klopte niet.' },
      [{ name: 'rekening.pdf', type: 'application/pdf', data: samples.pdf('bijlage') }],
    ),
  )
  await afterCommitSettled()
  const complaint = (
    await payload.find({
      collection: 'complaints',
      where: { reference: { equals: sent.body.reference } },
      depth: 0,
    })
  ).docs[0]!
  await payload.update({
    collection: 'complaints',
    id: complaint.id,
    data: { handler: people.handler.id },
  })
  const attachment = (complaint.attachments as number[])[0]!
  const { filename } = await payload.findByID({
    collection: 'complaint-attachments',
    id: attachment,
    depth: 0,
  })
  const letter = (
    await payload.find({
      collection: 'letters',
      where: { complaint: { equals: complaint.id } },
      depth: 0,
    })
  ).docs[0]!.id
  filed = {
    id: complaint.id,
    reference: complaint.reference!,
    attachment,
    filename: filename!,
    letter,
  }
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
})

/** The row one read of `collection` `id` by `who` through `path` writes. */
const row = (collection: string, id: number, path: string, who: TestUser): Read => ({
  collection,
  id: String(id),
  complaint: String(filed.id),
  reference: filed.reference,
  path,
  email: who.email,
  user: who.id,
})

const moreComplaints = async (count: number) => {
  for (let index = 0; index < count; index += 1)
    await payload.create({
      collection: 'complaints',
      data: withRequiredData({
        regulation,
        receivedOn: '2026-03-02',
        channel: 'email',
        description: `Klacht ${index}`,
        handler: people.handler.id,
      }) as never,
    })
  await afterCommitSettled()
}

describe('a read by a person writes one row per document read', () => {
  it('REST: a complaint by its id', async () => {
    const reads = await readsDuring(payload, async () => {
      const answer = await rest(payload, 'GET', `/complaints/${filed.id}?depth=0`, {
        token: people.handler.token,
      })
      expect(answer.status).toBe(200)
    })
    expect(reads).toEqual([row('complaints', filed.id, 'rest', people.handler)])
  })

  it('REST: a complaint with its attachments in the answer records the attachments too', async () => {
    const reads = await readsDuring(payload, () =>
      rest(payload, 'GET', `/complaints/${filed.id}?depth=1`, { token: people.handler.token }),
    )
    expect(reads).toEqual([
      row('complaint-attachments', filed.attachment, 'rest', people.handler),
      row('complaints', filed.id, 'rest', people.handler),
    ])
  })

  it('REST: a list, in one insert, one row for each complaint in the answer', async () => {
    await moreComplaints(4)
    let ids: number[] = []
    let inserts = 0
    const reads = await readsDuring(payload, async () => {
      inserts = await insertsInto(payload, 'complaint_access_log', async () => {
        const answer = await rest(payload, 'GET', '/complaints?limit=100&depth=0', {
          token: people.directie.token,
        })
        ids = answer.body.docs.map((doc: { id: number }) => doc.id)
      })
    })
    expect(ids.length).toBeGreaterThanOrEqual(5)
    expect(inserts).toBe(1)
    expect(reads.map((read) => [read.collection, Number(read.id), read.path, read.email])).toEqual(
      expect.arrayContaining(ids.map((id) => ['complaints', id, 'rest', people.directie.email])),
    )
    expect(reads).toHaveLength(ids.length)
    expect(reads.every((read) => read.complaint === read.id && read.reference)).toBe(true)
  })

  it("REST called by the admin's own page (an upload field's files): as the admin panel", async () => {
    const reads = await readsDuring(payload, () =>
      callApi(payload, 'GET', `/complaint-attachments?where[id][in]=${filed.attachment}&depth=0`, {
        headers: {
          Authorization: `JWT ${people.handler.token}`,
          Referer: `http://localhost/admin/collections/complaints/${filed.id}`,
        },
      }),
    )
    expect(reads).toEqual([row('complaint-attachments', filed.attachment, 'admin', people.handler)])
  })

  it('REST: the versions of a complaint (its history) are a read of the complaint, once', async () => {
    const reads = await readsDuring(payload, async () => {
      const answer = await rest(
        payload,
        'GET',
        `/complaints/versions?where[parent][equals]=${filed.id}&depth=0`,
        { token: people.handler.token },
      )
      expect(answer.body.docs.length).toBeGreaterThan(1)
      const version = answer.body.docs[0].id
      await rest(payload, 'GET', `/complaints/versions/${version}?depth=0`, {
        token: people.directie.token,
      })
    })
    expect(reads).toEqual([
      row('complaints', filed.id, 'rest', people.handler),
      row('complaints', filed.id, 'rest', people.directie),
    ])
  })

  it('GraphQL: a complaint and its letters, each letter with its complaint', async () => {
    const reads = await readsDuring(payload, async () => {
      const answer = await graphql(
        payload,
        `{ Complaint(id: ${filed.id}) { reference } Letters(where: { complaint: { equals: ${filed.id} } }) { docs { kind } } }`,
        { token: people.handler.token },
      )
      expect(answer.errors).toBeUndefined()
    })
    expect(reads).toEqual(
      expect.arrayContaining([
        row('complaints', filed.id, 'graphql', people.handler),
        row('letters', filed.letter, 'graphql', people.handler),
      ]),
    )
    expect(reads.filter((read) => read.collection === 'complaints')).toHaveLength(1)
  })

  it('Local API with a user: letters read with their access checked', async () => {
    const user = await payload.findByID({ collection: 'users', id: people.handler.id })
    const reads = await readsDuring(payload, () =>
      payload.find({
        collection: 'letters',
        where: { complaint: { equals: filed.id } },
        depth: 0,
        user,
        overrideAccess: false,
      }),
    )
    expect(reads).toEqual([row('letters', filed.letter, 'local', people.handler)])
  })

  it('attachment download: the file, as a download', async () => {
    const reads = await readsDuring(payload, async () => {
      const answer = await callApi(
        payload,
        'GET',
        `/complaint-attachments/file/${encodeURIComponent(filed.filename)}`,
        { headers: { Authorization: `JWT ${people.handler.token}` } },
      )
      expect(answer.status).toBe(200)
    })
    expect(reads).toEqual([
      row('complaint-attachments', filed.attachment, 'download', people.handler),
    ])
  })

  it('print page: the letter, as a print', async () => {
    const reads = await readsDuring(payload, async () => {
      const answer = await callApi(payload, 'GET', `/letters-print/${filed.letter}`, {
        headers: { Authorization: `JWT ${people.directie.token}` },
      })
      expect(answer.status).toBe(200)
    })
    expect(reads).toEqual([row('letters', filed.letter, 'print', people.directie)])
  })

  it('records the complaint of a letter also when the reader asked for other fields only', async () => {
    const reads = await readsDuring(payload, () =>
      rest(payload, 'GET', `/letters/${filed.letter}?select[kind]=true`, {
        token: people.handler.token,
      }),
    )
    expect(reads).toEqual([row('letters', filed.letter, 'rest', people.handler)])
  })

  it('records a complaint once per request, also when a list of its letters brings it along', async () => {
    const reads = await readsDuring(payload, () =>
      rest(payload, 'GET', `/letters?where[complaint][equals]=${filed.id}&depth=1`, {
        token: people.handler.token,
      }),
    )
    const letters = (
      await payload.find({ collection: 'letters', where: { complaint: { equals: filed.id } } })
    ).docs
    expect(reads.filter((read) => read.collection === 'complaints')).toEqual([
      row('complaints', filed.id, 'rest', people.handler),
    ])
    expect(reads.filter((read) => read.collection === 'letters')).toHaveLength(letters.length)
  })

  it("the admin's document page and its case page read the complaint once, as the admin", async () => {
    const user = await payload.findByID({ collection: 'users', id: people.directie.id })
    const req = await createLocalReq(
      { user, urlSuffix: `/admin/collections/complaints/${filed.id}` },
      payload,
    )
    const reads = await readsDuring(payload, async () => {
      // Payload's document view reads the document through a copy of the page's request (with
      // a context of its own), then the case page above the tabs reads it with the request.
      const { transactionID: _none, ...copy } = req
      await payload.findByID({
        collection: 'complaints',
        id: filed.id,
        depth: 0,
        req: { ...copy },
        user,
        overrideAccess: false,
      })
      expect(await loadCaseFile(req, filed.id, 'nl')).not.toBeNull()
    })
    const letters = (
      await payload.find({ collection: 'letters', where: { complaint: { equals: filed.id } } })
    ).docs
    expect(reads).toEqual([
      row('complaints', filed.id, 'admin', people.directie),
      ...letters.map((letter) => row('letters', letter.id, 'admin', people.directie)),
    ])
  })
})

describe('what the system reads for itself is not recorded', () => {
  it('the Local API without a user, or overriding access', async () => {
    const user = await payload.findByID({ collection: 'users', id: people.handler.id })
    const reads = await readsDuring(payload, async () => {
      await payload.find({ collection: 'complaints', depth: 0 })
      await payload.findByID({ collection: 'letters', id: filed.letter })
      await payload.find({ collection: 'complaint-attachments', user })
    })
    expect(reads).toEqual([])
  })

  it("a person's save, whose hooks read the complaint and its letters, and the jobs after it", async () => {
    const reads = await readsDuring(payload, async () => {
      const answer = await rest(payload, 'PATCH', `/complaints/${filed.id}?depth=0`, {
        token: people.handler.token,
        body: { desiredSolution: 'Een gesprek met de teamleider' },
      })
      expect(answer.status).toBe(200)
      await afterCommitSettled()
      await runJobsOnce(payload)
    })
    expect(reads).toEqual([])
  })

  it('a read refused by access writes nothing', async () => {
    const [outsider] = Object.values(
      await createPeople(payload, { outsider: ['handler'] }),
    ) as TestUser[]
    const reads = await readsDuring(payload, async () => {
      expect(
        (await rest(payload, 'GET', `/complaints/${filed.id}`, { token: outsider!.token })).status,
      ).toBe(404)
      expect(
        (await rest(payload, 'GET', '/complaints', { token: outsider!.token })).body.docs,
      ).toEqual([])
    })
    expect(reads).toEqual([])
  })
})
