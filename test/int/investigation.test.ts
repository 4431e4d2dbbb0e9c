/**
 * The investigation over the collections, their hooks and the case page's endpoint, with the
 * seed regulations: asking information (Krachtig Perspectief 4.3 "aanvullende informatie
 * opvragen"), inviting to a conversation ("uitnodigen voor een gesprek"), hoor en wederhoor before
 * the decision (IN FOCUS Samen step 5: "alle partijen horen"), and IZW's consent before anyone else
 * is asked ("altijd na toestemming van de betrokken partij").
 */
import { plainText, richTextOf } from '../../src/complaints/richText'
import { isoDateOf, todayInAmsterdam } from '../../src/complaints/storedDates'
import { loadCaseFile } from '../../src/casework/caseFile'
import { afterCommitSettled } from '../../src/database/afterCommit'
import { addDays } from '../../src/procedure/dates'
import { SEED_SLUGS } from '../../src/procedure/seeds'
import { COMPLAINANT, refusalsOf, withRequiredData } from '../helpers/complaints'
import { callApi, IZW_SUBMISSION, submitJson } from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser } from '../helpers/users'

import { createLocalReq } from 'payload'

import type { Payload, PayloadRequest } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { TestUser } from '../helpers/users'

let payload: Payload
let regulations: Record<SeedSlug, number>
let handler: TestUser
let employee: { id: number }

const today = todayInAmsterdam()
const inAWeek = addDays(today, 7)
const ago = (days: number) => addDays(today, -days)

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  handler = await createLoggedInUser(payload, 'anna@organisatie.example', ['handler'], 'Anna Smit')
  employee = await createLoggedInUser(
    payload,
    'carla@organisatie.example',
    ['staff'],
    'Carla Coach',
  )
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
})

const complainant = (language: 'nl' | 'en') => ({
  ...COMPLAINANT,
  name: 'J. de Vries',
  email: 'klager@example.com',
  language,
})

/** A complaint the handler works on, about Carla, received a while ago. */
const create = async (slug: SeedSlug, data: Record<string, unknown> = {}) => {
  const complaint = await payload.create({
    collection: 'complaints',
    depth: 0,
    data: withRequiredData({
      regulation: regulations[slug],
      channel: 'email',
      receivedOn: ago(10),
      description: 'Mijn coach kwam drie afspraken niet na.',
      complainant: complainant('nl'),
      handler: handler.id,
      subjectEmployee: employee.id,
      ...data,
    }) as never,
  })
  await afterCommitSettled()
  return complaint as unknown as { id: number; reference: string }
}

const update = (id: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'complaints', id, depth: 0, data: data as never })

const stored = (id: number) =>
  payload.findByID({ collection: 'complaints', id, depth: 0 }) as Promise<Record<string, any>>

/** One action of the case page's investigation, as the handler, in their admin language. */
const investigate = (
  id: number,
  action: string,
  values: Record<string, unknown>,
  lang: 'nl' | 'en' = 'nl',
) =>
  callApi(payload, 'POST', `/complaints/${id}/investigate`, {
    headers: {
      Authorization: `JWT ${handler.token}`,
      'Accept-Language': lang,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ action, values }),
  })

const lettersOf = async (complaint: number, kind: string) =>
  (
    await payload.find({
      collection: 'letters',
      where: { and: [{ complaint: { equals: complaint } }, { kind: { equals: kind } }] },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
  ).docs as Record<string, any>[]

const messagesOf = (answer: { body: any }): string[] =>
  (answer.body.errors ?? []).flatMap((error: any) =>
    (error.data?.errors ?? [error]).map((each: any) => each.message),
  )

const CONSENT_NL =
  'Toestemming van de klager om anderen te benaderen: De regeling benadert anderen dan de klager en de betrokken medewerker alleen na toestemming van de klager. Leg eerst die toestemming vast; nog niet ingevuld: de datum, hoe die is gegeven en waarvoor die geldt.'
const CONSENT_EN =
  'The complainant’s consent to consult others: The regulation contacts anyone other than the complainant and the employee concerned only with the complainant’s consent. Record that consent first; not filled in yet: the date, how it was given and what it covers.'

const ASK_OTHER = {
  to: 'other',
  name: 'P. Bakker',
  address: 'Werkplein 4\n3511 AB Utrecht',
  questions: 'Wat heeft u op 3 maart gezien bij de afspraak van de klager?',
}

describe('asking for information (Krachtig Perspectief 4.3: "kan aanvullende informatie opvragen bij de klager of de betrokken medewerker(s)")', () => {
  it('drafts the request to the complainant in Dutch, with the questions and the date to answer by', async () => {
    const complaint = await create('krachtig-perspectief')
    const answer = await investigate(complaint.id, 'requestInformation', {
      to: 'complainant',
      questions: 'Op welke dagen kwam uw coach niet?',
      answerBy: '2026-12-18',
    })
    expect(answer.status).toBe(201)
    const [letter] = await lettersOf(complaint.id, 'informationRequest')
    expect(letter).toMatchObject({
      status: 'draft',
      language: 'nl',
      channel: 'email',
      recipient: 'klager@example.com',
      addressee: { to: 'complainant' },
      subject: `Verzoek om informatie over klacht ${complaint.reference}`,
    })
    const body = plainText(letter!.body)
    expect(body).toContain('Beste J. de Vries,')
    expect(body).toContain('vragen wij u het volgende: Op welke dagen kwam uw coach niet?')
    expect(body).toContain('Wij ontvangen uw antwoord graag uiterlijk op vrijdag 18 december 2026.')
    expect(body).not.toMatch(/\{\{/)
  })

  it('writes it in English to a complainant who wrote in English, leaving out a date not given', async () => {
    const complaint = await create('krachtig-perspectief', { complainant: complainant('en') })
    expect(
      (
        await investigate(complaint.id, 'requestInformation', {
          to: 'complainant',
          questions: 'On which days did your coach not come?',
        })
      ).status,
    ).toBe(201)
    const [letter] = await lettersOf(complaint.id, 'informationRequest')
    expect(letter!.subject).toBe(`Request for information about complaint ${complaint.reference}`)
    const body = plainText(letter!.body)
    expect(body).toContain('Dear J. de Vries,')
    expect(body).toContain('we ask you the following: On which days did your coach not come?')
    expect(body).not.toMatch(/welcome your answer by/)
    expect(body).toContain('Please mention the reference')
  })

  it('asks the employee concerned by name and e-mail, without the complainant’s consent, even under IZW', async () => {
    const complaint = await create('izw-arbeidscoaching')
    const answer = await investigate(complaint.id, 'requestInformation', {
      to: 'employee',
      questions: 'Waarom vonden de afspraken niet plaats?',
    })
    expect(answer.status).toBe(201)
    const [letter] = await lettersOf(complaint.id, 'informationRequest')
    expect(letter).toMatchObject({
      addressee: { to: 'employee', name: 'Carla Coach' },
      recipient: 'carla@organisatie.example',
    })
    expect(plainText(letter!.body)).toContain('Beste Carla Coach,')
  })

  it.each<SeedSlug>(['izw-arbeidscoaching', 'izw-ambulant'])(
    '%s: refuses asking anyone else until the complainant’s consent is recorded, naming the field and the rule in Dutch and English; allows it after',
    async (slug) => {
      const complaint = await create(slug)
      const dutch = await investigate(complaint.id, 'requestInformation', ASK_OTHER)
      expect(dutch.status).toBe(400)
      expect(messagesOf(dutch)).toEqual([CONSENT_NL])
      const english = await investigate(complaint.id, 'requestInformation', ASK_OTHER, 'en')
      expect(messagesOf(english)).toEqual([CONSENT_EN])
      expect(await lettersOf(complaint.id, 'informationRequest')).toEqual([])

      // A date alone is no consent: how, and for what, are part of it.
      await update(complaint.id, { consent: { givenOn: ago(2) } })
      expect(messagesOf(await investigate(complaint.id, 'requestInformation', ASK_OTHER))).toEqual([
        expect.stringMatching(/nog niet ingevuld: hoe die is gegeven en waarvoor die geldt\.$/),
      ])

      await update(complaint.id, {
        consent: {
          givenOn: ago(2),
          how: 'email',
          scope: 'De klager vindt het goed dat P. Bakker van het werkplein wordt gevraagd.',
        },
      })
      const allowed = await investigate(complaint.id, 'requestInformation', ASK_OTHER)
      expect(allowed.status).toBe(201)
      const [letter] = await lettersOf(complaint.id, 'informationRequest')
      expect(letter).toMatchObject({
        channel: 'post',
        recipient: null,
        addressee: { to: 'other', name: 'P. Bakker', address: 'Werkplein 4\n3511 AB Utrecht' },
      })
      const body = plainText(letter!.body)
      expect(body).toContain('Beste P. Bakker,')
      // The letter to someone else does not name the complainant.
      expect(body).not.toContain('J. de Vries')
    },
  )

  it.each<SeedSlug>(['krachtig-perspectief', 'hss', 'in-focus-samen'])(
    '%s: asks someone else without a recorded consent, as the regulation does not ask for one',
    async (slug) => {
      const complaint = await create(slug)
      expect((await investigate(complaint.id, 'requestInformation', ASK_OTHER)).status).toBe(201)
      expect(await lettersOf(complaint.id, 'informationRequest')).toHaveLength(1)
    },
  )

  it('refuses the same letter written over REST, and turning a letter to the complainant into one to someone else', async () => {
    const complaint = await create('izw-ambulant')
    const written = await rest(payload, 'POST', '/letters', {
      token: handler.token,
      body: {
        complaint: complaint.id,
        kind: 'informationRequest',
        addressee: { to: 'other', name: 'P. Bakker', address: 'Werkplein 4' },
        channel: 'post',
      },
    })
    expect(written.status).toBe(400)
    expect(messagesOf(written)).toEqual([CONSENT_NL])
    await investigate(complaint.id, 'requestInformation', {
      to: 'complainant',
      questions: 'Wat is er gebeurd?',
    })
    const [letter] = await lettersOf(complaint.id, 'informationRequest')
    const turned = await rest(payload, 'PATCH', `/letters/${letter!.id}`, {
      token: handler.token,
      body: { addressee: { to: 'other', name: 'P. Bakker', address: 'Werkplein 4' } },
    })
    expect(turned.status).toBe(400)
    expect(messagesOf(turned)).toEqual([CONSENT_NL])
  })

  it('records the public form’s checkbox as consent given on receipt, through the form, for what the box says', async () => {
    const { status, body } = await submitJson(payload, {
      ...IZW_SUBMISSION,
      consentToContactOthers: true,
    })
    expect(status).toBe(201)
    const { docs } = await payload.find({
      collection: 'complaints',
      where: { reference: { equals: body.reference } },
      depth: 0,
    })
    const complaint = docs[0] as Record<string, any>
    expect(isoDateOf(complaint.consent.givenOn)).toBe(isoDateOf(complaint.receivedOn))
    expect(complaint.consent).toMatchObject({
      how: 'form',
      scope:
        'Ik geef toestemming om anderen over mijn klacht te benaderen als dat voor het onderzoek nodig is.',
    })
    // Without the box ticked, nothing is recorded.
    const without = await submitJson(payload, { ...IZW_SUBMISSION, name: 'Zonder Vinkje' })
    const other = (
      await payload.find({
        collection: 'complaints',
        where: { reference: { equals: without.body.reference } },
        depth: 0,
      })
    ).docs[0] as Record<string, any>
    expect(other.consent?.givenOn ?? null).toBeNull()
  })
})

describe('the request and the invitation under each regulation, in Dutch and English', () => {
  const WORDS = {
    nl: {
      request: 'Verzoek om informatie over klacht',
      invitation: 'Uitnodiging voor een gesprek over klacht',
      greeting: 'Beste J. de Vries,',
      lines: ['Tijd: 10:00 uur', 'Plaats: Kantoor', 'U mag iemand meenemen die u steunt'],
    },
    en: {
      request: 'Request for information about complaint',
      invitation: 'Invitation to a conversation about complaint',
      greeting: 'Dear J. de Vries,',
      lines: ['Time: 10:00', 'Place: Kantoor', 'You may bring someone who supports you'],
    },
  } as const

  it.each(
    SEED_SLUGS.flatMap((slug) => (['nl', 'en'] as const).map((lang) => [slug, lang] as const)),
  )(
    '%s, %s: both drafted for the complainant in their language, every merge field filled',
    async (slug, lang) => {
      const complaint = await create(slug, { complainant: complainant(lang) })
      const asked = await investigate(complaint.id, 'requestInformation', {
        to: 'complainant',
        questions: 'Welke afspraken gingen niet door?',
      })
      const invited = await investigate(complaint.id, 'invite', {
        to: 'complainant',
        date: inAWeek,
        time: '10:00',
        place: 'Kantoor',
      })
      expect([asked.status, invited.status]).toEqual([201, 201])
      const words = WORDS[lang]
      const [request] = await lettersOf(complaint.id, 'informationRequest')
      const [invitation] = await lettersOf(complaint.id, 'invitation')
      expect([request!.language, invitation!.language]).toEqual([lang, lang])
      expect(request!.subject).toBe(`${words.request} ${complaint.reference}`)
      expect(invitation!.subject).toBe(`${words.invitation} ${complaint.reference}`)
      for (const letter of [request!, invitation!]) {
        const body = plainText(letter.body)
        expect(body).toContain(words.greeting)
        expect(body).not.toMatch(/\{\{|undefined/)
      }
      expect(plainText(request!.body)).toContain('Welke afspraken gingen niet door?')
      for (const line of words.lines) expect(plainText(invitation!.body)).toContain(line)
    },
  )
})

describe('inviting to a conversation (Krachtig Perspectief 4.3: "de klager uitnodigen voor een gesprek")', () => {
  const INVITE = {
    to: 'complainant',
    date: inAWeek,
    time: '14.30',
    place: 'Stationsplein 1, Utrecht',
    attendees: 'Anna Smit (klachtbehandelaar)',
  }

  it('plans the conversation among the hearings and drafts the invitation: day, time, place, who attend, and that they may bring someone', async () => {
    const complaint = await create('krachtig-perspectief')
    expect((await investigate(complaint.id, 'invite', INVITE)).status).toBe(201)
    const hearings = (await stored(complaint.id)).hearings
    expect(hearings).toHaveLength(1)
    expect(hearings[0]).toMatchObject({
      heard: 'complainant',
      time: '14.30',
      place: 'Stationsplein 1, Utrecht',
      attendees: 'Anna Smit (klachtbehandelaar)',
      summary: null,
    })
    expect(isoDateOf(hearings[0].date)).toBe(inAWeek)
    const [letter] = await lettersOf(complaint.id, 'invitation')
    expect(letter!.subject).toBe(`Uitnodiging voor een gesprek over klacht ${complaint.reference}`)
    const body = plainText(letter!.body)
    const day = new Intl.DateTimeFormat('nl-NL', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    }).format(new Date(`${inAWeek}T12:00:00Z`))
    expect(body).toContain('Beste J. de Vries,')
    expect(body).toContain(`Datum: ${day}`)
    expect(body).toContain('Tijd: 14:30 uur')
    expect(body).toContain('Plaats: Stationsplein 1, Utrecht')
    expect(body).toContain('Aanwezig: Anna Smit (klachtbehandelaar)')
    expect(body).toContain('U mag iemand meenemen die u steunt')
  })

  it('invites in English, and both sides at once with a letter to each', async () => {
    const complaint = await create('in-focus-samen', { complainant: complainant('en') })
    expect(
      (await investigate(complaint.id, 'invite', { ...INVITE, to: 'complainantAndEmployee' }))
        .status,
    ).toBe(201)
    const letters = await lettersOf(complaint.id, 'invitation')
    expect(letters.map((letter) => [letter.addressee.to, letter.language])).toEqual([
      ['complainant', 'en'],
      ['employee', 'nl'],
    ])
    const english = plainText(letters[0]!.body)
    expect(english).toContain('Time: 14:30')
    expect(english).toContain('Place: Stationsplein 1, Utrecht')
    expect(english).toContain('Attending: Anna Smit (klachtbehandelaar)')
    expect(english).toContain('You may bring someone who supports you')
    expect(plainText(letters[1]!.body)).toContain('Beste Carla Coach,')
  })

  it('HSS (3.3 "in overleg met de klager"): the invitation alone is no consultation; the conversation recorded is', async () => {
    const complaint = await create('hss')
    await update(complaint.id, { status: 'acknowledged', acknowledgedOn: ago(9) })
    await update(complaint.id, { status: 'inProgress' })
    expect((await investigate(complaint.id, 'invite', INVITE)).status).toBe(201)
    const decide = {
      status: 'decided',
      decidedOn: today,
      reasoning: richTextOf('De afspraken zijn niet nagekomen.'),
    }
    expect(await refusalsOf(update(complaint.id, decide))).toEqual([
      [
        'hearings',
        'Hoor en wederhoor: De regeling behandelt de klacht in overleg met de klager: leg een gesprek met de klager vast, of dat de klager daarvan afzag.',
      ],
    ])
    // The conversation took place today after all: the planned one is recorded with its minutes.
    const [planned] = (await stored(complaint.id)).hearings
    expect(
      (
        await investigate(complaint.id, 'recordHearing', {
          row: planned.id,
          date: today,
          summary: 'Besproken wat er misging.',
        })
      ).status,
    ).toBe(201)
    expect((await update(complaint.id, decide)).status).toBe('decided')
  })

  it('refuses a conversation with someone else under IZW until the consent is recorded, and one planned before that consent', async () => {
    const complaint = await create('izw-ambulant')
    const other = { ...INVITE, to: 'other', name: 'P. Bakker', email: 'p.bakker@example.org' }
    const refused = await investigate(complaint.id, 'invite', other)
    expect(messagesOf(refused)).toEqual([CONSENT_NL])
    expect((await stored(complaint.id)).hearings).toEqual([])
    // Recorded over the API too: a conversation with someone else waits for consent.
    expect(
      await refusalsOf(update(complaint.id, { hearings: [{ date: ago(1), heard: 'other' }] })),
    ).toEqual([['consent', CONSENT_NL]])
    await update(complaint.id, {
      consent: { givenOn: ago(2), how: 'oral', scope: 'Het werkplein mag worden gehoord.' },
    })
    expect(
      await refusalsOf(update(complaint.id, { hearings: [{ date: ago(3), heard: 'other' }] })),
    ).toEqual([
      [
        'consent',
        expect.stringMatching(
          /^Toestemming van de klager om anderen te benaderen: Het gesprek met een ander op .+ ligt vóór de toestemming van de klager/,
        ),
      ],
    ])
    expect((await investigate(complaint.id, 'invite', other)).status).toBe(201)
    const [letter] = await lettersOf(complaint.id, 'invitation')
    expect(letter).toMatchObject({
      addressee: { to: 'other', name: 'P. Bakker' },
      recipient: 'p.bakker@example.org',
    })
    expect((await stored(complaint.id)).hearings[0]).toMatchObject({
      heard: 'other',
      party: 'P. Bakker',
    })
  })

  it('refuses a day that has passed, a time that is none, and a missing place, each by its field', async () => {
    const complaint = await create('krachtig-perspectief')
    expect(messagesOf(await investigate(complaint.id, 'invite', { ...INVITE, place: '' }))).toEqual(
      ['Plaats: vul dit in.'],
    )
    expect(
      messagesOf(await investigate(complaint.id, 'invite', { ...INVITE, date: ago(1) })),
    ).toEqual([expect.stringMatching(/^Datum: een uitnodiging is voor een gesprek dat nog komt/)])
    expect(
      messagesOf(await investigate(complaint.id, 'invite', { ...INVITE, time: 'middag' }, 'en')),
    ).toEqual(['Time: middag is not a time; write a time as 14:30.'])
    expect((await stored(complaint.id)).hearings).toEqual([])
  })
})

/** A request of the handler, for the case file as the case page reads it. */
const asHandler = async () =>
  (await createLocalReq(
    {
      user: {
        ...(await payload.findByID({ collection: 'users', id: handler.id })),
        collection: 'users',
      } as never,
    },
    payload,
  )) as PayloadRequest

describe('hoor en wederhoor before the decision (IN FOCUS Samen step 5: "alle partijen horen")', () => {
  const decide = {
    status: 'decided',
    decidedOn: today,
    outcome: 'unfounded',
    reasoning: richTextOf('Beide kanten gehoord.'),
  }

  const inFocusInHandling = async (data: Record<string, unknown> = {}) => {
    const anna = await payload.create({
      collection: 'users',
      data: {
        email: `lid-${Math.random()}@organisatie.example`,
        password: 'secret-password',
        roles: ['handler'],
      } as never,
    })
    const committee = await payload.create({
      collection: 'committees',
      data: { name: `Commissie ${Math.random()}`, members: [handler.id, anna.id] },
    })
    const complaint = await create('in-focus-samen', { committee: committee.id, ...data })
    await update(complaint.id, { status: 'acknowledged', acknowledgedOn: ago(9) })
    await update(complaint.id, { status: 'inProgress' })
    return complaint
  }

  it('refuses the decision until the complainant and the employee concerned were both heard, naming the field, in Dutch and English', async () => {
    const complaint = await inFocusInHandling()
    expect(await refusalsOf(update(complaint.id, decide))).toEqual([
      [
        'hearings',
        'Hoor en wederhoor: De regeling vraagt hoor en wederhoor vóór de uitspraak; nog niet gehoord: de klager en de betrokken medewerker. Leg het gesprek vast (op of vóór vandaag), of dat werd afgezien van horen.',
      ],
    ])
    // The complainant heard, the employee only invited for next week: the employee's side is still open.
    await update(complaint.id, {
      hearings: [
        { date: ago(2), heard: 'complainant', summary: 'Gesprek met de klager.' },
        { date: inAWeek, heard: 'employee', time: '10:00', place: 'Kantoor' },
      ],
    })
    const english = await callApi(payload, 'PATCH', `/complaints/${complaint.id}`, {
      headers: {
        Authorization: `JWT ${handler.token}`,
        'Accept-Language': 'en',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(decide),
    })
    expect(english.status).toBe(400)
    expect(messagesOf(english)).toEqual([
      'Hearings: The regulation requires hearing both sides before the decision; not heard yet: the employee concerned. Record the conversation (on or before today), or that the hearing was waived.',
    ])
    // The employee declined to be heard: both sides had their chance, and the decision is taken.
    const rows = (await stored(complaint.id)).hearings
    await update(complaint.id, {
      hearings: [rows[0], { ...rows[1], waived: true }],
    })
    expect((await update(complaint.id, decide)).status).toBe('decided')
  })

  it('takes the decision once the conversation with both took place', async () => {
    const complaint = await inFocusInHandling()
    await update(complaint.id, { hearings: [{ date: ago(1), heard: 'complainantAndEmployee' }] })
    expect((await update(complaint.id, decide)).status).toBe('decided')
  })

  it('hears the complainant alone where the complaint names no employee, and says so on the case page', async () => {
    const complaint = await inFocusInHandling({ subjectEmployee: null })
    expect(await refusalsOf(update(complaint.id, decide))).toEqual([
      [
        'hearings',
        'Hoor en wederhoor: De regeling vraagt hoor en wederhoor vóór de uitspraak; nog niet gehoord: de klager. Leg het gesprek vast (op of vóór vandaag), of dat werd afgezien van horen.',
      ],
    ])
    await update(complaint.id, { hearings: [{ date: ago(1), heard: 'complainant' }] })
    const file = await loadCaseFile(await asHandler(), complaint.id, 'nl')
    expect(file?.investigation?.hearing).toBe(
      'Hoor en wederhoor vóór de uitspraak: klager gehoord; de klacht noemt geen betrokken medewerker.',
    )
    expect((await update(complaint.id, decide)).status).toBe('decided')
  })

  it('asks no hearing where the regulation does not (Krachtig Perspectief: "waar nodig")', async () => {
    const complaint = await create('krachtig-perspectief')
    await update(complaint.id, { status: 'acknowledged', acknowledgedOn: ago(9) })
    await update(complaint.id, { status: 'inProgress' })
    expect((await update(complaint.id, { ...decide, outcome: 'founded' })).status).toBe('decided')
  })
})

describe('the investigation on the case page', () => {
  it('completes a planned conversation with its minutes, and shows who was heard and the consent', async () => {
    const complaint = await create('izw-arbeidscoaching')
    await investigate(complaint.id, 'invite', {
      to: 'complainant',
      date: today,
      time: '09:00',
      place: 'Kantoor Utrecht',
    })
    const planned = (await stored(complaint.id)).hearings[0]
    expect(
      (
        await investigate(complaint.id, 'recordHearing', {
          row: planned.id,
          date: today,
          summary: 'De klager lichtte de klacht toe.',
        })
      ).status,
    ).toBe(201)
    const [row] = (await stored(complaint.id)).hearings
    expect(row).toMatchObject({
      id: planned.id,
      heard: 'complainant',
      place: 'Kantoor Utrecht',
      summary: 'De klager lichtte de klacht toe.',
    })
    expect(
      (
        await investigate(complaint.id, 'recordConsent', {
          givenOn: today,
          how: 'oral',
          scope: 'Het werkplein mag worden gevraagd.',
        })
      ).status,
    ).toBe(201)
    const file = await loadCaseFile(await asHandler(), complaint.id, 'nl')
    expect(file?.investigation?.consent).toMatch(
      /^Toestemming van de klager om anderen te benaderen: gegeven op \w+dag \d+ \w+ 20\d\d \(mondeling\), voor: Het werkplein mag worden gevraagd\.$/,
    )
    expect(file?.investigation?.actions.map((action) => action.label)).toEqual([
      'Informatie opvragen',
      'Uitnodigen voor een gesprek',
      'Gesprek vastleggen',
      'Toestemming vastleggen',
      // IZW Arbeidscoaching has internal stages as well.
      'Opschalen naar de volgende fase',
    ])
    expect(file?.timeline.map((event) => event.text)).toEqual(
      expect.arrayContaining([
        'Hoor en wederhoor: klager',
        'Toestemming van de klager om anderen te benaderen (mondeling)',
        'Brief ‘uitnodiging voor een gesprek’ opgesteld',
      ]),
    )
  })

  it('shows an IN FOCUS handler which side is still to be heard', async () => {
    const complaint = await create('in-focus-samen', {
      hearings: [{ date: ago(1), heard: 'complainant' }],
    })
    const file = await loadCaseFile(await asHandler(), complaint.id, 'en')
    expect(file?.investigation?.hearing).toBe(
      'Hearing both sides before the decision: complainant heard, employee concerned not heard yet.',
    )
    expect(file?.investigation?.consent).toBeNull()
  })

  it('offers nothing to investigate once the complaint is decided, and refuses it', async () => {
    const complaint = await create('krachtig-perspectief')
    await update(complaint.id, { status: 'acknowledged', acknowledgedOn: ago(9) })
    await update(complaint.id, { status: 'inProgress' })
    await update(complaint.id, {
      status: 'decided',
      decidedOn: today,
      outcome: 'founded',
      reasoning: richTextOf('Zo is het.'),
    })
    expect((await loadCaseFile(await asHandler(), complaint.id, 'nl'))?.investigation).toBeNull()
    expect(
      messagesOf(
        await investigate(complaint.id, 'requestInformation', {
          to: 'complainant',
          questions: 'Nog iets?',
        }),
      ),
    ).toEqual([
      'Status: deze klacht is niet meer in behandeling; er valt niets meer te onderzoeken.',
    ])
  })
})
