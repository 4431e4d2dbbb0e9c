/**
 * The public complaint form over its real endpoints (Payload's handleEndpoints with web
 * Requests): the form of the regulation in force, a submission stored through the collection
 * and its hooks, errors that name the field and the rule in Dutch and English, idempotent
 * retries, and the private status link.
 */
import { isoDateOf, todayInAmsterdam } from '../../src/complaints/storedDates'
import { formatDate } from '../../src/procedure/format'
import { withoutIds } from '../helpers/complaints'
import { callApi, storedCounts, submitJson } from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'

import type { Payload } from 'payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await storeSeedRegulations(payload)
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
})

const izw = {
  regulation: 'izw-arbeidscoaching',
  name: 'Fatima El Amrani',
  address: 'Dorpsstraat 1',
  city: 'Utrecht',
  phone: '030-1234567',
  description: 'Mijn coach kwam drie afspraken niet na.',
}

const stored = async (reference: string) => {
  const { docs } = await payload.find({
    collection: 'complaints',
    where: { reference: { equals: reference } },
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as unknown as Record<string, any>
}

describe('the form of a regulation', () => {
  it('gives the fields IZW Arbeidscoaching requires, with labels and help in Dutch and English', async () => {
    const { status, body } = await callApi(payload, 'GET', '/complaints/form/izw-arbeidscoaching')
    expect(status).toBe(200)
    expect(body.requiredFields).toEqual(['name', 'address', 'city', 'phone', 'description'])
    // The client's name is required only of someone complaining for a client (client-representative.test.ts).
    const required = body.fields
      .filter((field: { required: boolean; forClient: boolean }) => field.required)
      .map((field: { name: string; forClient: boolean }) =>
        field.forClient ? `${field.name} (for a client)` : field.name,
      )
    expect(required).toEqual([
      'name',
      'clientName (for a client)',
      'phone',
      'address',
      'city',
      'description',
    ])
    const name = body.fields.find((field: { name: string }) => field.name === 'name')
    expect(name.label).toEqual({ nl: 'Uw naam', en: 'Your name' })
    expect(name.help.nl).toBe('Voor- en achternaam.')
    expect(body.complainantRoles).toEqual(['client', 'legalRepresentative', 'survivingRelative'])
    expect(body.summary.nl).toMatch(/Begeleiding naar en bij werk/)
    expect(body.regulationUrl).toBe('http://localhost:3000/klacht/izw-arbeidscoaching/regeling')
    expect(body.fields.map((field: { name: string }) => field.name)).not.toContain('isUwvClient')
  })

  it('asks Krachtig Perspectief for contact details of any kind, and IN FOCUS whether the client comes through UWV', async () => {
    const kp = (await callApi(payload, 'GET', '/complaints/form/krachtig-perspectief')).body
    expect(kp.contactRequired).toBe(true)
    expect(
      kp.fields
        .filter((field: { contact: boolean }) => field.contact)
        .map((field: { name: string }) => field.name),
    ).toEqual(['email', 'phone', 'address'])
    expect(kp.complainantRoles).toContain('commissioningParty')
    const inFocus = (await callApi(payload, 'GET', '/complaints/form/in-focus-samen')).body
    expect(inFocus.fields.map((field: { name: string }) => field.name)).toContain('isUwvClient')
  })

  it('answers an unknown regulation with 404 in the language asked', async () => {
    const dutch = await callApi(payload, 'GET', '/complaints/form/bestaat-niet')
    expect(dutch.status).toBe(404)
    expect(dutch.body.message).toBe('Er is geen klachtenregeling met de code "bestaat-niet".')
    const english = await callApi(payload, 'GET', '/complaints/form/bestaat-niet?lang=en')
    expect(english.body.message).toBe(
      'There is no complaint regulation with the code "bestaat-niet".',
    )
  })

  it("leaves Payload's own /api/complaints/:id routes as they were", async () => {
    const byId = await callApi(payload, 'GET', '/complaints/1')
    expect(byId.status).toBe(403)
    const create = await callApi(payload, 'POST', '/complaints', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ description: 'x' }),
    })
    expect(create.status).toBe(403)
  })
})

describe('submitting a complaint', () => {
  it('stores it through the collection: bound to the version in force, web form, deadlines and a reference', async () => {
    const { status, body } = await submitJson(payload, {
      ...izw,
      eventsOn: '2026-01-15',
      email: 'fatima@example.nl',
      consentToContactOthers: true,
    })
    expect(status).toBe(201)
    expect(body.reference).toMatch(/^KL-\d{4}-\d{4}$/)
    expect(body.message).toBe(`Uw klacht is ontvangen onder kenmerk ${body.reference}.`)
    expect(body.statusUrl).toBe(`http://localhost:3000/klacht/status/${body.statusToken}`)
    expect(body.statusToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const complaint = await stored(body.reference)
    expect(complaint).toMatchObject({
      channel: 'webForm',
      status: 'received',
      statusToken: body.statusToken,
    })
    // The form's checkbox is consent given on receipt, through the form, for what the box says.
    expect(complaint.consent).toMatchObject({
      how: 'form',
      scope:
        'Ik geef toestemming om anderen over mijn klacht te benaderen als dat voor het onderzoek nodig is.',
    })
    expect(isoDateOf(complaint.consent.givenOn)).toBe(isoDateOf(complaint.receivedOn))
    expect(complaint.complainant).toMatchObject({
      name: izw.name,
      role: 'client',
      city: 'Utrecht',
      email: 'fatima@example.nl',
      language: 'nl',
    })
    expect(isoDateOf(complaint.receivedOn)).toBe(todayInAmsterdam())
    expect(isoDateOf(complaint.deadlines.acknowledgement)).toEqual(expect.any(String))
    const regulation = await payload.findByID({
      collection: 'regulations',
      id: complaint.regulation,
      depth: 0,
    })
    expect(regulation.slug).toBe('izw-arbeidscoaching')
  })

  it('names each missing field and the rule, in Dutch', async () => {
    const before = await storedCounts(payload)
    const { status, body } = await submitJson(payload, {
      regulation: 'izw-arbeidscoaching',
      name: 'Jan',
      description: 'Te laat',
    })
    expect(status).toBe(422)
    expect(body.errors).toEqual([
      {
        field: 'address',
        rule: 'required',
        message: 'Adres: vul dit veld in; de klachtenregeling vraagt het.',
      },
      {
        field: 'city',
        rule: 'required',
        message: 'Woonplaats: vul dit veld in; de klachtenregeling vraagt het.',
      },
      {
        field: 'phone',
        rule: 'required',
        message: 'Telefoonnummer: vul dit veld in; de klachtenregeling vraagt het.',
      },
    ])
    expect(await storedCounts(payload)).toEqual(before)
  })

  it('answers in English when the complainant chose English', async () => {
    const { status, body } = await submitJson(payload, {
      ...izw,
      lang: 'en',
      email: 'not-an-address',
      eventsOn: '2025-02-30',
    })
    expect(status).toBe(422)
    expect(body.errors.map((error: { message: string }) => error.message)).toEqual([
      'E-mail address: is not a valid e-mail address (such as name@example.com).',
      'Date of the events: is not a real date; write the date as YYYY-MM-DD.',
    ])
  })

  it('refuses a date in the future, a role the regulation does not know, and a filled honeypot', async () => {
    const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10)
    const { status, body } = await submitJson(payload, {
      ...izw,
      eventsOn: tomorrow,
      role: 'commissioningParty',
      leaveEmpty: 'http://spam.example',
    })
    expect(status).toBe(422)
    expect(
      body.errors.map((error: { field: string; rule: string }) => `${error.field}:${error.rule}`),
    ).toEqual(['eventsOn:dateInFuture', 'leaveEmpty:honeypot', 'role:roleNotAllowed'])
    expect(body.errors[2].message).toBe(
      'U dient de klacht in als: onder deze klachtenregeling kunnen alleen deze personen klagen: cliënt, wettelijk vertegenwoordiger, nabestaande.',
    )
  })

  it('takes any one way to reach the complainant where Krachtig Perspectief asks for contact details', async () => {
    const base = {
      regulation: 'krachtig-perspectief',
      name: 'Bureau Noord',
      role: 'commissioningParty',
      description: 'Rapportage kwam vier weken te laat.',
      eventsOn: '2026-03-02',
    }
    const without = await submitJson(payload, base)
    expect(without.body.errors).toEqual([
      {
        field: 'contact',
        rule: 'contactRequired',
        message:
          'Contactgegevens: vul ten minste een e-mailadres, telefoonnummer of adres in; de klachtenregeling vraagt contactgegevens.',
      },
    ])
    const withPhone = await submitJson(payload, { ...base, phone: '+31 6 1234 5678' })
    expect(withPhone.status).toBe(201)
  })

  it('asks Krachtig Perspectief complainants the date of the events (art. 4.1 "met vermelding van relevante feiten en data")', async () => {
    const answer = await submitJson(payload, {
      regulation: 'krachtig-perspectief',
      name: 'Bureau Noord',
      phone: '+31 6 1234 5678',
      description: 'Rapportage kwam te laat.',
    })
    expect(answer.status).toBe(422)
    expect(
      answer.body.errors.map((error: { field: string; rule: string }) => [error.field, error.rule]),
    ).toEqual([['eventsOn', 'required']])
  })

  it("uses the collection's own refusal for a regulation that is not in force yet", async () => {
    const seed = await payload.find({
      collection: 'regulations',
      where: { slug: { equals: 'hss' } },
      depth: 0,
    })
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...copy
    } = withoutIds(seed.docs[0]) as Record<string, unknown>
    await payload.create({
      collection: 'regulations',
      data: { ...copy, slug: 'toekomstig', effectiveFrom: '2099-01-01' } as never,
    })
    const { status, body } = await submitJson(payload, {
      regulation: 'toekomstig',
      name: 'A',
      description: 'B',
    })
    expect(status).toBe(422)
    expect(body.errors[0]).toMatchObject({ field: 'regulation', rule: 'rejected' })
    expect(body.errors[0].message).toBe(
      `Klachtenregeling: Er is geen versie van "toekomstig" die geldt op ${formatDate(todayInAmsterdam(), 'nl')}.`,
    )
  })
})

describe('a retried submission', () => {
  it('creates one complaint for the same key and content, and returns the same reference', async () => {
    const before = await storedCounts(payload)
    const key = 'b7b0d8f4-2c4e-4f1e-9b7a-retry-one'
    const first = await submitJson(
      payload,
      { ...izw, description: 'Dubbel geklikt' },
      { 'Idempotency-Key': key },
    )
    const again = await submitJson(payload, {
      ...izw,
      description: 'Dubbel geklikt',
      idempotencyKey: key,
    })
    expect(first.status).toBe(201)
    expect(again.status).toBe(200)
    expect(again.headers.get('Idempotent-Replayed')).toBe('true')
    expect(again.body.reference).toBe(first.body.reference)
    expect(again.body.statusUrl).toBe(first.body.statusUrl)
    expect((await storedCounts(payload)).complaints).toBe(before.complaints + 1)
  })

  it('creates one complaint when five identical requests arrive at once', async () => {
    const before = await storedCounts(payload)
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        submitJson(
          payload,
          { ...izw, description: 'Vijf keer tegelijk' },
          { 'Idempotency-Key': 'gelijktijdig-0123456789' },
        ),
      ),
    )
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 201])
    expect(new Set(answers.map((answer) => answer.body.reference)).size).toBe(1)
    expect((await storedCounts(payload)).complaints).toBe(before.complaints + 1)
  })

  it('never hands out another complaint for a known key with different content', async () => {
    const key = 'gedeelde-sleutel-0123456789'
    const mine = await submitJson(
      payload,
      { ...izw, description: 'Mijn klacht' },
      { 'Idempotency-Key': key },
    )
    const other = await submitJson(
      payload,
      { ...izw, description: 'Iets anders' },
      { 'Idempotency-Key': key },
    )
    expect(other.status).toBe(201)
    expect(other.body.reference).not.toBe(mine.body.reference)
    expect(other.body.statusToken).not.toBe(mine.body.statusToken)
  })

  it('refuses a malformed key', async () => {
    const { status, body } = await submitJson(payload, izw, { 'Idempotency-Key': 'kort' })
    expect(status).toBe(422)
    expect(body.errors[0]).toMatchObject({ field: 'idempotencyKey', rule: 'idempotencyKeyInvalid' })
  })
})

describe('the private status link', () => {
  it('shows the stage and the dates ahead with their explanation, and nothing the complainant did not write', async () => {
    const handler = await payload.create({
      collection: 'users',
      data: {
        email: 'behandelaar-status@example.com',
        password: 'geheim-wachtwoord',
        name: 'Henk Behandelaar',
        roles: ['handler'],
      } as never,
    })
    const { body: receipt } = await submitJson(payload, {
      ...izw,
      lang: 'en',
      email: 'fatima@example.nl',
    })
    const complaint = await stored(receipt.reference)
    await payload.update({
      collection: 'complaints',
      id: complaint.id,
      data: {
        handler: handler.id,
        measures: 'Interne notitie: coach aanspreken',
        hearings: [{ date: todayInAmsterdam(), party: 'coach', summary: 'Vertrouwelijk verslag' }],
      } as never,
      overrideAccess: true,
    })

    const { status, headers, body } = await callApi(
      payload,
      'GET',
      `/complaints/status/${receipt.statusToken}`,
    )
    expect(status).toBe(200)
    expect(headers.get('Cache-Control')).toBe('no-store')
    expect(body).toMatchObject({
      reference: receipt.reference,
      receivedOn: todayInAmsterdam(),
      language: 'en',
      status: { code: 'received', label: { nl: 'ontvangen', en: 'received' } },
    })
    expect(body.expected.map((item: { kind: string }) => item.kind)).toEqual([
      'acknowledgement',
      'decision',
    ])
    expect(body.expected[1].label.nl).toBe('Uitspraak op uw klacht uiterlijk op')
    expect(body.expected[1].explanation.nl).toMatch(/^4 weken na /)
    const text = JSON.stringify(body)
    for (const secret of [
      'Henk',
      'behandelaar-status',
      'Interne notitie',
      'Vertrouwelijk',
      'fatima@example.nl',
      'Dorpsstraat',
      String(handler.id) + ',',
    ])
      expect(text).not.toContain(secret)
  })

  it('finds nothing for an unknown or malformed token', async () => {
    expect((await callApi(payload, 'GET', `/complaints/status/${'A'.repeat(43)}`)).status).toBe(404)
    expect((await callApi(payload, 'GET', '/complaints/status/kort')).status).toBe(404)
  })
})
