import { plainText, richTextOf } from '../../src/complaints/richText'
import { isoDateOf, todayInAmsterdam } from '../../src/complaints/storedDates'
import { afterCommitSettled } from '../../src/database/afterCommit'
import { createUser, refusalsOf, COMPLAINANT, withRequiredData } from '../helpers/complaints'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { smtpSink } from '../helpers/smtpSink'
import { createLoggedInUser } from '../helpers/users'

import { handleEndpoints } from 'payload'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'

const mail = smtpSink(2625)
let payload: Payload
let regulations: Record<SeedSlug, number>
let handler: { id: number }

beforeAll(async () => {
  await mail.start()
  process.env.SMTP_URL = mail.url
  process.env.LETTER_RETRY_DELAY_MS = '0'
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  handler = await createUser(payload, 'behandelaar@example.com', ['handler'])
  await createUser(payload, 'directie@example.com', ['directie'])
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
  await mail.stop()
  delete process.env.SMTP_URL
})

const complainant = (language: 'nl' | 'en', email: string | null = 'klager@example.com') => ({
  ...COMPLAINANT,
  name: 'J. de Vries',
  email,
  language,
})

/** A new complaint, once the letters drafted after its commit are there. */
const create = (slug: SeedSlug, data: Record<string, unknown>) =>
  payload
    .create({
      collection: 'complaints',
      depth: 0,
      data: withRequiredData({
        regulation: regulations[slug],
        channel: 'email',
        description: 'Afspraak niet nagekomen',
        complainant: complainant('nl'),
        ...data,
      }) as never,
    })
    .then(async (complaint) => {
      await afterCommitSettled()
      return complaint
    })

const update = (id: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'complaints', id, depth: 0, data: data as never })

const lettersOf = async (complaint: number) =>
  (
    await payload.find({
      collection: 'letters',
      where: { complaint: { equals: complaint } },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
  ).docs

const letterOf = async (complaint: number, kind: string) => {
  const letter = (await lettersOf(complaint)).find((candidate) => candidate.kind === kind)
  if (!letter) throw new Error(`no ${kind} letter drafted`)
  return letter
}

const runQueue = () => payload.jobs.run({ queue: 'default', limit: 100 })

describe('letters drafted as the procedure goes', () => {
  it('drafts the acknowledgement with the procedure and the date of the answer, in Dutch', async () => {
    const complaint = await create('krachtig-perspectief', { receivedOn: '2026-04-24' })
    const letters = await lettersOf(complaint.id)
    expect(letters.map((letter) => [letter.kind, letter.status, letter.channel])).toEqual([
      ['acknowledgement', 'draft', 'email'],
    ])
    const body = plainText(letters[0]!.body)
    expect(letters[0]!.subject).toBe(`Ontvangstbevestiging van uw klacht ${complaint.reference}`)
    expect(body).toContain('Beste J. de Vries,')
    expect(body).toContain('Op vrijdag 24 april 2026 hebben wij uw klacht ontvangen.')
    expect(body).toContain('U ontvangt ons antwoord uiterlijk op vrijdag 22 mei 2026.')
    expect(body).not.toMatch(/\{\{/)
  })

  it('writes the letter in English for a complainant who wrote in English', async () => {
    const complaint = await create('hss', {
      receivedOn: '2026-04-24',
      complainant: complainant('en'),
    })
    const body = plainText((await letterOf(complaint.id, 'acknowledgement')).body)
    expect(body).toContain('Dear J. de Vries,')
    expect(body).toContain('We received your complaint on Friday 24 April 2026.')
    expect(body).toContain('You will receive our answer on Friday 5 June 2026 at the latest.')
  })

  it('acknowledges an oral IZW complaint within its term and asks for the written confirmation ("Binnen vijf werkdagen na ontvangst van een klacht ontvangt de klager een ontvangstbevestiging")', async () => {
    const complaint = await create('izw-arbeidscoaching', {
      receivedOn: '2026-03-02',
      channel: 'phone',
    })
    expect((await lettersOf(complaint.id)).map((letter) => letter.kind).sort()).toEqual([
      'acknowledgement',
      'writtenConfirmationRequest',
    ])
    const stored = await payload.findByID({ collection: 'complaints', id: complaint.id, depth: 0 })
    expect(isoDateOf((stored.deadlines as Record<string, string>).acknowledgement)).toBe(
      '2026-03-09',
    )
    // Sent in time, the acknowledgement meets its deadline although the complaint is not official yet.
    const acknowledgement = await letterOf(complaint.id, 'acknowledgement')
    await payload.update({
      collection: 'letters',
      id: acknowledgement.id,
      data: { channel: 'post', status: 'sent', sentOn: '2026-03-05' },
    })
    expect(await update(complaint.id, { status: 'acknowledged' })).toMatchObject({
      status: 'acknowledged',
    })
    // Handling starts once it is on the form.
    expect(await refusalsOf(update(complaint.id, { status: 'inProgress' }))).toEqual([
      ['officialOn', expect.stringContaining('De klacht is nog niet officieel')],
    ])
  })

  it('asks an oral IN FOCUS complainant to put it in writing too, though an oral complaint counts there (step 2: "zal worden verzocht dit alsnog te doen")', async () => {
    const complaint = await create('in-focus-samen', { receivedOn: '2026-03-02', channel: 'phone' })
    expect((await lettersOf(complaint.id)).map((letter) => letter.kind).sort()).toEqual([
      'acknowledgement',
      'writtenConfirmationRequest',
    ])
  })

  it('drafts the notice of non-admission once its motivation is written, with that motivation', async () => {
    const complaint = await create('izw-ambulant', {
      receivedOn: '2026-03-02',
      eventsOn: '2024-11-01',
    })
    expect((await lettersOf(complaint.id)).map((letter) => letter.kind)).toEqual([])
    await update(complaint.id, {
      nonAdmissionMotivation:
        'De gebeurtenis was in november 2024, meer dan een jaar voor uw klacht.',
    })
    const body = plainText((await letterOf(complaint.id, 'nonAdmission')).body)
    expect(body).toContain('De gebeurtenis was in november 2024, meer dan een jaar voor uw klacht.')
    expect(body).toContain('Klachtenportaal Zorg')
  })

  it('drafts an extension letter with the new date of IZW Ambulant', async () => {
    const complaint = await create('izw-ambulant', { receivedOn: '2026-03-02' })
    await update(complaint.id, {
      extensions: [
        {
          kind: 'fixed',
          announcedOn: '2026-04-10',
          reason: 'Een getuige is tot half april afwezig.',
        },
      ],
    })
    const body = plainText((await letterOf(complaint.id, 'extension')).body)
    expect(body).toContain('Een getuige is tot half april afwezig.')
    expect(body).toContain('U ontvangt ons antwoord nu uiterlijk op maandag 11 mei 2026.')
  })

  it('drafts the committee composition for IN FOCUS with the members’ names', async () => {
    const [a, b] = await Promise.all(
      ['Anna', 'Bram'].map((name) =>
        createUser(payload, `${name.toLowerCase()}@infocus.example`, ['handler']),
      ),
    )
    await payload.update({ collection: 'users', id: a!.id, data: { name: 'Anna Smit' } })
    await payload.update({ collection: 'users', id: b!.id, data: { name: 'Bram Kok' } })
    const committee = await payload.create({
      collection: 'committees',
      data: { name: 'Commissie', members: [a!.id, b!.id] },
    })
    const complaint = await create('in-focus-samen', {
      receivedOn: '2026-03-02',
      committee: committee.id,
    })
    expect(plainText((await letterOf(complaint.id, 'committeeComposition')).body)).toContain(
      'klachtencommissie van Anna Smit en Bram Kok',
    )
  })
})

describe('sending a letter meets its deadline', () => {
  it('sends the acknowledgement by e-mail through the outbox, once, and records it as the acknowledgement', async () => {
    const complaint = await create('krachtig-perspectief', { receivedOn: '2026-04-24' })
    const letter = await letterOf(complaint.id, 'acknowledgement')
    const before = mail.received.length
    await payload.update({ collection: 'letters', id: letter.id, data: { status: 'queued' } })
    await runQueue()
    await runQueue()
    const sent = mail.received
      .slice(before)
      .filter((message) => message.to.includes('klager@example.com'))
    expect(sent.map((message) => [message.to, message.subject])).toEqual([
      [['klager@example.com'], `Ontvangstbevestiging van uw klacht ${complaint.reference}`],
    ])
    const stored = await payload.findByID({ collection: 'letters', id: letter.id })
    expect([stored.status, isoDateOf(stored.sentOn)]).toEqual(['sent', todayInAmsterdam()])
    const met = await payload.findByID({ collection: 'complaints', id: complaint.id, depth: 0 })
    expect(isoDateOf(met.acknowledgedOn)).toBe(todayInAmsterdam())
    expect(met.nextDeadlineKind).toBe('decision')
  })

  it('refuses any change to a sent letter, naming the rule', async () => {
    const complaint = await create('hss', { receivedOn: '2026-04-24' })
    const letter = await letterOf(complaint.id, 'acknowledgement')
    await payload.update({
      collection: 'letters',
      id: letter.id,
      data: { status: 'sent', channel: 'post' },
    })
    expect(
      await refusalsOf(
        payload.update({ collection: 'letters', id: letter.id, data: { subject: 'Anders' } }),
      ),
    ).toEqual([['status', 'Status: Deze brief is verstuurd en blijft zoals hij is verstuurd.']])
  })

  it('lets the decision letter, sent by post, carry the complaint to decided, and drafts the closing letters', async () => {
    const complaint = await create('krachtig-perspectief', { receivedOn: '2026-04-24' })
    await update(complaint.id, { status: 'acknowledged', acknowledgedOn: '2026-04-27' })
    await update(complaint.id, {
      status: 'inProgress',
      handler: handler.id,
      outcome: 'partlyFounded',
      reasoning: richTextOf('De begeleider was twee keer te laat.'),
    })
    const decision = await letterOf(complaint.id, 'decision')
    const body = plainText(decision.body)
    expect(body).toContain('Wij vinden uw klacht deels gegrond.')
    expect(body).toContain('De begeleider was twee keer te laat.')
    expect(body).toContain('U kunt binnen 2 weken na de datum van deze brief in beroep gaan.')
    expect(body).not.toMatch(/\n\s*\n/)

    await payload.update({
      collection: 'letters',
      id: decision.id,
      data: { status: 'sent', channel: 'post' },
    })
    const decided = await update(complaint.id, { status: 'decided' })
    expect(isoDateOf(decided.decidedOn)).toBe(todayInAmsterdam())
    // Krachtig Perspectief confirms the handling in writing; it asks no satisfaction score.
    expect((await lettersOf(complaint.id)).map((letter) => letter.kind).sort()).toEqual([
      'acknowledgement',
      'closure',
      'decision',
    ])
  })
})

describe('printing a letter to send by post', () => {
  const print = async (id: number, token?: string) => {
    const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request(`http://localhost/api/letters-print/${id}`, { headers }),
    })
    return { status: response.status, text: await response.text() }
  }

  it('shows the letter as a printable page to its handler, and to nobody else', async () => {
    const assigned = await createLoggedInUser(payload, 'print-handler@example.com', ['handler'])
    const other = await createLoggedInUser(payload, 'other-handler@example.com', ['handler'])
    const complaint = await create('krachtig-perspectief', {
      receivedOn: '2026-04-24',
      handler: assigned.id,
      complainant: complainant('nl', null),
    })
    const letter = await letterOf(complaint.id, 'acknowledgement')
    expect(letter.channel).toBe('post')
    const page = await print(letter.id as number, assigned.token)
    expect(page.status).toBe(200)
    expect(page.text).toContain(
      `<title>Ontvangstbevestiging van uw klacht ${complaint.reference}</title>`,
    )
    expect(page.text).toContain('vrijdag 22 mei 2026')
    expect((await print(letter.id as number, other.token)).status).toBe(404)
    expect((await print(letter.id as number)).status).toBe(404)
  })
})

describe('the outbox when the mail server is unreachable', () => {
  it('keeps letters queued and visibly failed, then sends each exactly once after recovery', async () => {
    const complaints = await Promise.all(
      [1, 2, 3].map((n) =>
        create('hss', {
          receivedOn: '2026-04-24',
          complainant: complainant('nl', `klager${n}@example.com`),
        }),
      ),
    )
    const letters = await Promise.all(
      complaints.map((complaint) => letterOf(complaint.id, 'acknowledgement')),
    )
    await mail.stop()
    const before = mail.received.length
    for (const letter of letters)
      await payload.update({ collection: 'letters', id: letter.id, data: { status: 'queued' } })
    await runQueue()

    const failed = await Promise.all(
      letters.map((letter) => payload.findByID({ collection: 'letters', id: letter.id })),
    )
    expect(failed.map((letter) => [letter.status, letter.attempts])).toEqual([
      ['failed', 1],
      ['failed', 1],
      ['failed', 1],
    ])
    expect(failed.every((letter) => /ECONNREFUSED|connect/i.test(String(letter.lastError)))).toBe(
      true,
    )
    expect(mail.received.length).toBe(before)

    await mail.start()
    await runQueue()
    await runQueue()
    const sent = await Promise.all(
      letters.map((letter) => payload.findByID({ collection: 'letters', id: letter.id })),
    )
    expect(sent.map((letter) => letter.status)).toEqual(['sent', 'sent', 'sent'])
    const delivered = mail.received
      .slice(before)
      .flatMap((message) => message.to)
      .sort()
    expect(delivered).toEqual(['klager1@example.com', 'klager2@example.com', 'klager3@example.com'])
  }, 60_000)
})

describe('notifications', () => {
  it.each([
    ['izw-ambulant', 'directie', ['directie@example.com']],
    ['in-focus-samen', 'the UWV labour expert of a UWV client', ['arbeidsdeskundige@uwv.example']],
    ['krachtig-perspectief', 'nobody beyond those handling it', []],
  ] as const)('announces a new %s complaint to %s', async (slug, _who, expected) => {
    await runQueue()
    const before = mail.received.length
    await create(slug, {
      receivedOn: '2026-04-24',
      uwv: {
        isUwvClient: true,
        labourExpertName: 'P. Jansen',
        labourExpertEmail: 'arbeidsdeskundige@uwv.example',
      },
    })
    await runQueue()
    expect(
      mail.received
        .slice(before)
        .flatMap((message) => message.to)
        .sort(),
    ).toEqual(expected)
  })

  it('sends each handler a digest of the deadlines coming up', async () => {
    const today = todayInAmsterdam()
    await create('krachtig-perspectief', { receivedOn: today, handler: handler.id })
    await runQueue()
    const before = mail.received.length
    await payload.jobs.queue({ task: 'deadlineDigest', input: {} })
    await runQueue()
    const digest = mail.received
      .slice(before)
      .filter((message) => message.to.includes('behandelaar@example.com'))
    expect(digest).toHaveLength(1)
    expect(digest[0]!.raw).toMatch(/KL-\d{4}-\d{4}/)
  })
})
