/**
 * What keeps the public endpoint safe: the origins allowed to use it, the rate limit per
 * address, size caps, attachments checked by type and content, and one transaction so that a
 * failure half-way leaves neither a complaint nor a file behind.
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { APIError, ValidationError } from 'payload'

import {
  callApi,
  filesMarked,
  formData,
  storedCounts,
  submitJson,
  submitMultipart,
  samples,
} from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'

import type { CollectionBeforeChangeHook, Payload } from 'payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await storeSeedRegulations(payload)
}, 60_000)

afterAll(async () => {
  const upload = payload.collections['complaint-attachments']?.config.upload
  const dir = upload && typeof upload === 'object' ? upload.staticDir : ''
  await Promise.all(
    (await filesMarked(payload, 'intake-ok-')).map((name) =>
      rm(path.join(dir ?? '', name), { force: true }),
    ),
  )
  await stopPayload(payload)
})

const valid = {
  regulation: 'hss',
  name: 'Kees de Vries',
  description: 'De rekening klopte niet en niemand belde terug.',
}
// The demo configuration allows the test page of the browser tests.
const allowed = 'http://127.0.0.1:3200'
const foreign = 'https://elders.example'

describe('origins', () => {
  it('answers the preflight of an allowed site with the methods and headers the form uses', async () => {
    const { status, headers } = await callApi(payload, 'OPTIONS', '/complaints/submit', {
      headers: {
        Origin: allowed,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    })
    expect(status).toBe(204)
    expect(headers.get('Access-Control-Allow-Origin')).toBe(allowed)
    expect(headers.get('Access-Control-Allow-Headers')).toMatch(/Idempotency-Key/)
    expect(headers.get('Access-Control-Allow-Methods')).toMatch(/POST/)
    expect(headers.get('Access-Control-Allow-Credentials')).toBeNull()
  })

  it('refuses the preflight and the submission of another site, and stores nothing', async () => {
    const before = await storedCounts(payload)
    const preflight = await callApi(payload, 'OPTIONS', '/complaints/submit', {
      headers: { Origin: foreign, 'Access-Control-Request-Method': 'POST' },
    })
    expect(preflight.status).toBe(403)
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull()
    const post = await submitJson(payload, valid, { Origin: foreign })
    expect(post.status).toBe(403)
    expect(post.body.message).toBe(
      'Dit formulier mag niet worden verstuurd vanaf https://elders.example.',
    )
    expect(await storedCounts(payload)).toEqual(before)
  })

  it('lets the form be read from an allowed site, and from another without the header its browser needs', async () => {
    const mine = await callApi(payload, 'GET', '/complaints/form/hss', {
      headers: { Origin: allowed },
    })
    expect(mine.headers.get('Access-Control-Allow-Origin')).toBe(allowed)
    const other = await callApi(payload, 'GET', '/complaints/form/hss', {
      headers: { Origin: foreign },
    })
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(other.headers.get('Vary')).toMatch(/Origin/)
  })

  it('accepts the hosted page on the app itself, at its configured address', async () => {
    const { status } = await submitJson(payload, valid, { Origin: 'http://localhost:3000' })
    expect(status).toBe(201)
  })

  it('takes no address of its own from the request: a forged Host is just another site', async () => {
    const forged = {
      Host: 'elders.example',
      'X-Forwarded-Host': 'elders.example',
      'X-Forwarded-Proto': 'https',
    }
    expect((await submitJson(payload, valid, { ...forged, Origin: foreign })).status).toBe(403)
  })

  it('builds the links of the cached form from configuration, whatever Host or X-Forwarded-Host say', async () => {
    const poisoned = await callApi(payload, 'GET', '/complaints/form/hss', {
      headers: {
        Host: 'elders.example',
        'X-Forwarded-Host': 'elders.example',
        'X-Forwarded-Proto': 'https',
      },
    })
    expect(poisoned.status).toBe(200)
    expect([poisoned.body.submitUrl, poisoned.body.formUrl, poisoned.body.regulationUrl]).toEqual([
      'http://localhost:3000/api/complaints/submit',
      'http://localhost:3000/klacht/hss',
      'http://localhost:3000/klacht/hss/regeling',
    ])
    const submitted = await submitJson(payload, valid, { 'X-Forwarded-Host': 'elders.example' })
    expect(submitted.body.statusUrl).toMatch(/^http:\/\/localhost:3000\/klacht\/status\//)
  })
})

describe('the rate limit', () => {
  it('gives 429 with Retry-After after ten submissions from one address, while others go on', async () => {
    const address = { 'X-Forwarded-For': '203.0.113.7, 198.51.100.20' }
    const statuses: number[] = []
    for (let attempt = 0; attempt < 11; attempt += 1)
      statuses.push((await submitJson(payload, { regulation: 'hss' }, address)).status)
    expect(statuses).toEqual([...Array(10).fill(422), 429])
    const limited = await submitJson(payload, valid, address)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(590)
    expect(limited.body.message).toMatch(
      /^Er zijn kort na elkaar te veel klachten verstuurd vanaf dit adres\. Probeer het over \d+ seconden opnieuw\.$/,
    )
    expect(
      (
        await submitJson(
          payload,
          { regulation: 'hss' },
          { 'X-Forwarded-For': '203.0.113.7, 198.51.100.21' },
        )
      ).status,
    ).toBe(422)
  })

  // The tests run as behind one proxy (trustProxy: 1): it appends the address it saw.
  it('is not bypassed by rotating the addresses a client writes in X-Forwarded-For itself', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < 11; attempt += 1)
      statuses.push(
        (
          await submitJson(
            payload,
            { regulation: 'hss' },
            { 'X-Forwarded-For': `192.0.2.${attempt}, 198.51.100.30` },
          )
        ).status,
      )
    expect(statuses).toEqual([...Array(10).fill(422), 429])
  })

  it('cannot be turned against a victim by writing their address in X-Forwarded-For', async () => {
    const victim = '198.51.100.40'
    for (let attempt = 0; attempt < 11; attempt += 1)
      await submitJson(
        payload,
        { regulation: 'hss' },
        { 'X-Forwarded-For': `${victim}, 198.51.100.41` },
      )
    expect(
      (
        await submitJson(
          payload,
          { regulation: 'hss' },
          { 'X-Forwarded-For': `${victim}, 198.51.100.41` },
        )
      ).status,
    ).toBe(429)
    expect((await submitJson(payload, valid, { 'X-Forwarded-For': victim })).status).toBe(201)
  })

  it('keeps its count in PostgreSQL, so every instance of the app shares it', async () => {
    const { docs } = await payload.find({
      collection: 'complaint-rate-limits',
      where: { key: { equals: 'intake:198.51.100.30' } },
      overrideAccess: true,
    })
    expect(docs.map((doc) => doc.hits)).toEqual([11])
  })
})

describe('size and shape of a request', () => {
  it('refuses JSON over 64 KB with 413, an unknown content type with 415, broken JSON with 400', async () => {
    expect((await submitJson(payload, { ...valid, description: 'x'.repeat(70_000) })).status).toBe(
      413,
    )
    expect(
      (
        await callApi(payload, 'POST', '/complaints/submit', {
          headers: { 'Content-Type': 'text/plain' },
          body: 'klacht',
        })
      ).status,
    ).toBe(415)
    const broken = await submitJson(payload, '{"regulation": "hss",')
    expect(broken.status).toBe(400)
    expect(broken.body.message).toBe('De inzending kon niet worden gelezen.')
    expect((await submitJson(payload, '[1,2,3]')).status).toBe(400)
  })

  it('refuses a declared Content-Length over the cap before reading the body', async () => {
    const { status } = await callApi(payload, 'POST', '/complaints/submit', {
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(10 ** 9) },
      body: '{}',
    })
    expect(status).toBe(413)
  })
})

describe('attachments', () => {
  it('stores a PDF, a PNG and a text file privately and links them to the complaint', async () => {
    const files = [
      { name: 'intake-ok-brief.pdf', type: 'application/pdf', data: samples.pdf() },
      { name: 'intake-ok-foto.png', type: 'image/png', data: samples.png() },
      { name: 'intake-ok-verslag.txt', type: 'text/plain', data: samples.text() },
    ]
    const { status, body } = await submitMultipart(payload, formData(valid, files))
    expect(status).toBe(201)
    const { docs } = await payload.find({
      collection: 'complaints',
      where: { reference: { equals: body.reference } },
      depth: 1,
      overrideAccess: true,
    })
    const attachments = (docs[0]?.attachments ?? []) as { filename: string; mimeType: string }[]
    expect(attachments.map((file) => file.mimeType)).toEqual([
      'application/pdf',
      'image/png',
      'text/plain',
    ])
    expect(await filesMarked(payload, 'intake-ok-')).toEqual(
      expect.arrayContaining(attachments.map((file) => file.filename)),
    )
    const anonymous = await callApi(
      payload,
      'GET',
      `/complaint-attachments/file/${encodeURIComponent(attachments[0]!.filename)}`,
    )
    expect(anonymous.status).toBe(403)
  })

  it.each([
    [
      'a program named .pdf',
      { name: 'intake-bad-a.pdf', type: 'application/pdf', data: samples.exe() },
      'fileContentMismatch',
    ],
    [
      'a PNG sent as JPEG',
      { name: 'intake-bad-b.jpg', type: 'image/jpeg', data: samples.png() },
      'fileContentMismatch',
    ],
    [
      'a web page',
      {
        name: 'intake-bad-c.html',
        type: 'text/html',
        data: new TextEncoder().encode('<script>alert(1)</script>'),
      },
      'fileTypeNotAllowed',
    ],
    [
      'text with NUL bytes',
      { name: 'intake-bad-d.txt', type: 'text/plain', data: Uint8Array.from([65, 0, 66]) },
      'fileContentMismatch',
    ],
    [
      'an empty file',
      { name: 'intake-bad-e.pdf', type: 'application/pdf', data: new Uint8Array() },
      'fileEmpty',
    ],
  ])('refuses %s, naming the file, and stores nothing', async (_what, file, rule) => {
    const before = await storedCounts(payload)
    const { status, body } = await submitMultipart(
      payload,
      formData(valid, [
        { name: 'intake-bad-ok.pdf', type: 'application/pdf', data: samples.pdf() },
        file,
      ]),
    )
    expect(status).toBe(422)
    expect(body.errors).toEqual([expect.objectContaining({ field: 'attachments', rule })])
    expect(body.errors[0].message).toContain(file.name)
    expect(await storedCounts(payload)).toEqual(before)
    expect(await filesMarked(payload, 'intake-bad-')).toEqual([])
  })

  it('refuses more files than allowed and a file over 10 MB', async () => {
    const six = Array.from({ length: 6 }, (_, index) => ({
      name: `intake-many-${index}.txt`,
      type: 'text/plain',
      data: samples.text(),
    }))
    expect((await submitMultipart(payload, formData(valid, six))).body.errors[0]).toMatchObject({
      rule: 'tooManyFiles',
      message: 'Bijlagen: hoogstens 5 bestanden; u koos er 6.',
    })
    const big = {
      name: 'intake-big.txt',
      type: 'text/plain',
      data: new Uint8Array(10 * 1024 * 1024 + 1).fill(65),
    }
    expect((await submitMultipart(payload, formData(valid, [big]))).body.errors[0]).toMatchObject({
      rule: 'fileTooLarge',
    })
  })
})

describe('one transaction', () => {
  const failWith =
    (error: () => Error): CollectionBeforeChangeHook =>
    ({ data }) => {
      if (String(data.description).includes('half-way')) throw error()
      return data
    }

  it.each([
    [
      'a refusal of the collection',
      () =>
        new ValidationError({
          collection: 'complaints',
          errors: [{ path: 'description', message: 'Omschrijving: geweigerd.' }],
        }),
      422,
    ],
    ['a fault of the server', () => new APIError('disk full', 500), 500],
  ])(
    'leaves no complaint, attachment or file behind after %s once the files are written',
    async (_what, error, expected) => {
      const hooks = payload.collections.complaints!.config.hooks.beforeChange
      const hook = failWith(error)
      hooks.push(hook)
      try {
        const before = await storedCounts(payload)
        const files = [
          { name: 'intake-half-1.pdf', type: 'application/pdf', data: samples.pdf() },
          { name: 'intake-half-2.png', type: 'image/png', data: samples.png() },
        ]
        const { status, body } = await submitMultipart(
          payload,
          formData({ ...valid, description: 'Afgebroken half-way' }, files),
        )
        expect(status).toBe(expected)
        if (expected === 422)
          expect(body.errors).toEqual([
            { field: 'description', rule: 'rejected', message: 'Uw klacht: geweigerd.' },
          ])
        else
          expect(body.message).toBe(
            'Er ging bij ons iets mis. Uw klacht is niet opgeslagen; probeer het later opnieuw.',
          )
        expect(await storedCounts(payload)).toEqual(before)
        expect(await filesMarked(payload, 'intake-half-')).toEqual([])
      } finally {
        hooks.splice(hooks.indexOf(hook), 1)
      }
    },
  )
})
