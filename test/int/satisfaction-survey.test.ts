/**
 * The satisfaction survey online (src/survey), for each regulation that asks for satisfaction
 * (both IZW: "de mate van tevredenheid over de afhandeling", and "een overzicht van de
 * klanttevredenheid" in the yearly report): the rule in the regulation's data, a complaint taken
 * to closure whose closure letter carries the private link in Dutch and English, the answer
 * through the public endpoint landing on the complaint, a second answer and a wrong token
 * refused, bad input refused per field in both languages, the rate limit, and the yearly report.
 * A regulation without the rule offers no link.
 */
import { plainText } from '../../src/complaints/richText'
import { isoDateOf, todayInAmsterdam } from '../../src/complaints/storedDates'
import { afterCommitSettled } from '../../src/database/afterCommit'
import { reportDatabaseOf } from '../../src/reports/database'
import { yearlyReport } from '../../src/reports/report'
import { COMPLAINANT } from '../helpers/complaints'
import { callApi, IZW_SUBMISSION, submitJson } from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { figuresCsvOf } from '../helpers/reportCsv'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser } from '../helpers/users'
import { acknowledge, close, decide, start, walkComplaint } from '../helpers/walkComplaint'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { TestUser } from '../helpers/users'

let payload: Payload
let regulations: Record<SeedSlug, number>
let admin: TestUser
let directie: TestUser
let staff: TestUser

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  ;[admin, directie, staff] = await Promise.all([
    createLoggedInUser(payload, 'admin@survey.example', ['admin']),
    createLoggedInUser(payload, 'directie@survey.example', ['directie']),
    createLoggedInUser(payload, 'staff@survey.example', ['staff']),
  ])
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
})

const LINK = /http:\/\/localhost:3000\/klacht\/tevredenheid\/([A-Za-z0-9_-]{43})/

type Stored = Record<string, any>

/** A complaint of `slug` received in March, acknowledged, decided and closed, as staff would. */
const closedComplaint = async (slug: SeedSlug, language: 'nl' | 'en' = 'nl') => {
  const walked = await walkComplaint(
    payload,
    regulations[slug],
    { receivedOn: '2026-03-02', complainant: { ...COMPLAINANT, language } },
    acknowledge('2026-03-04'),
    start(),
    decide('2026-03-23', 'partlyFounded'),
    close('2026-03-27'),
  )
  await afterCommitSettled()
  return stored(walked.id)
}

const stored = async (id: number): Promise<Stored> =>
  (await payload.findByID({ collection: 'complaints', id, depth: 0 })) as Stored

const letterText = async (complaint: number, kind: string): Promise<string> => {
  const { docs } = await payload.find({
    collection: 'letters',
    where: { and: [{ complaint: { equals: complaint } }, { kind: { equals: kind } }] },
    depth: 0,
  })
  if (!docs[0]) throw new Error(`no ${kind} letter`)
  return `${docs[0].subject}\n${plainText(docs[0].body)}`
}

const answer = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  callApi(payload, 'POST', `/complaints/survey/${token}`, {
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

const surveyOf = (token: string, query = '') =>
  callApi(payload, 'GET', `/complaints/survey/${token}${query}`)

/** The errors of a refused answer, as `[field, message]` pairs. */
const errorsOf = (body: { errors?: { field: string; message: string }[] }) =>
  (body.errors ?? []).map(({ field, message }) => [field, message])

describe.each(['izw-arbeidscoaching', 'izw-ambulant'] as const)(
  'the satisfaction survey of %s',
  (slug) => {
    let dutch: Stored
    let english: Stored
    const address = slug === 'izw-ambulant' ? '203.0.113.81' : '203.0.113.80'

    beforeAll(async () => {
      dutch = await closedComplaint(slug, 'nl')
      english = await closedComplaint(slug, 'en')
    }, 60_000)

    it('is asked for by the regulation’s data', async () => {
      const regulation = await payload.findByID({
        collection: 'regulations',
        id: regulations[slug],
        depth: 0,
      })
      expect((regulation.rules as Stored).askSatisfaction).toBe(true)
    })

    it('puts a private link of its own in the closure letter and the survey letter, in Dutch and in English', async () => {
      expect(dutch.status).toBe('closed')
      expect(dutch.surveyToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(english.surveyToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(english.surveyToken).not.toBe(dutch.surveyToken)

      const closureNl = await letterText(dutch.id, 'closure')
      expect(closureNl).toContain(
        `Wij horen graag hoe tevreden u bent over de behandeling van uw klacht; u beantwoordt drie korte vragen via deze persoonlijke link, die alleen voor uw klacht werkt: http://localhost:3000/klacht/tevredenheid/${dutch.surveyToken}`,
      )
      const closureEn = await letterText(english.id, 'closure')
      expect(closureEn).toContain('Your complaint')
      expect(closureEn).toContain(
        `you answer three short questions through this private link, which works for your complaint only: http://localhost:3000/klacht/tevredenheid/${english.surveyToken}`,
      )
      expect(closureEn.match(LINK)?.[1]).toBe(english.surveyToken)
      expect((await letterText(dutch.id, 'satisfactionSurvey')).match(LINK)?.[1]).toBe(
        dutch.surveyToken,
      )
      expect((await letterText(english.id, 'satisfactionSurvey')).match(LINK)?.[1]).toBe(
        english.surveyToken,
      )
    })

    it('shows the link the reference and whether it was answered, nothing else of the file', async () => {
      const { status, headers, body } = await surveyOf(dutch.surveyToken)
      expect(status).toBe(200)
      expect(body).toEqual({ reference: dutch.reference, language: 'nl', answered: false })
      expect(headers.get('Referrer-Policy')).toBe('no-referrer')
      expect(headers.get('Cache-Control')).toBe('no-store')
      expect((await surveyOf(english.surveyToken)).body.language).toBe('en')
    })

    it('refuses bad input per field, in Dutch and in English, and stores nothing', async () => {
      const empty = await answer(dutch.surveyToken, {})
      expect(empty.status).toBe(422)
      expect(empty.body.message).toBe(
        'Het formulier is niet goed ingevuld: 2 punt(en) om te verbeteren.',
      )
      expect(errorsOf(empty.body)).toEqual([
        ['score', 'Uw cijfer: kies een cijfer van 1 tot en met 5.'],
        ['handledWell', 'Goed behandeld: kies ja of nee.'],
      ])
      const wrong = await answer(dutch.surveyToken, {
        score: 6,
        handledWell: 'misschien',
        comment: 'Prima \u202egeregeld',
        lang: 'en',
      })
      expect(wrong.status).toBe(422)
      expect(errorsOf(wrong.body)).toEqual([
        ['score', 'Your score: choose a score from 1 to 5.'],
        ['handledWell', 'Handled well: choose yes or no.'],
        ['comment', 'Comment: contains characters that are not allowed here.'],
      ])
      const more = await answer(dutch.surveyToken, {
        score: 'vijf',
        handledWell: 'yes',
        comment: 'x'.repeat(2001),
        name: 'Kees',
      })
      expect(errorsOf(more.body)).toEqual([
        ['name', 'Uw naam: dit veld kent het formulier niet.'],
        ['score', 'Uw cijfer: kies een cijfer van 1 tot en met 5.'],
        ['comment', 'Toelichting: mag hoogstens 2000 tekens lang zijn; nu zijn het er 2001.'],
      ])
      const notText = await answer(
        dutch.surveyToken,
        { score: 2.5, handledWell: true, comment: 42 },
        { 'Accept-Language': 'en-GB' },
      )
      expect(errorsOf(notText.body)).toEqual([
        ['score', 'Your score: choose a score from 1 to 5.'],
        ['comment', 'Comment: must be text.'],
      ])
      expect((await answer(dutch.surveyToken, 'not an object')).status).toBe(400)
      const tooLarge = await answer(dutch.surveyToken, { comment: 'x'.repeat(20_000) })
      expect([tooLarge.status, tooLarge.body.message]).toEqual([
        413,
        'Het antwoord is te groot: hoogstens 16 kB.',
      ])
      const form = await callApi(payload, 'POST', `/complaints/survey/${dutch.surveyToken}`, {
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'score=4&handledWell=yes',
      })
      expect(form.status).toBe(415)
      expect((await stored(dutch.id)).satisfaction).toMatchObject({
        score: null,
        handledWell: null,
        answeredOn: null,
      })
    })

    it('stores an answer on the complaint, online, by nobody logged in, and writes it to the audit log', async () => {
      const before = await payload.count({ collection: 'letters' })
      const { status, body } = await answer(dutch.surveyToken, {
        score: '4',
        handledWell: 'yes',
        comment: '  Snel en vriendelijk afgehandeld.\nDank.  ',
      })
      expect(status).toBe(200)
      expect(body).toEqual({
        message: `Dank u wel. Uw antwoord is bewaard bij klacht ${dutch.reference}.`,
        reference: dutch.reference,
        answered: true,
      })
      const after = await stored(dutch.id)
      expect(after.satisfaction).toMatchObject({
        score: 4,
        handledWell: 'yes',
        remark: 'Snel en vriendelijk afgehandeld.\nDank.',
        via: 'online',
      })
      expect(isoDateOf(after.satisfaction.answeredOn)).toBe(todayInAmsterdam())
      // The stage and the rest of the file stay as they were; no letter is owed by an answer.
      expect(after.status).toBe('closed')
      expect(after.surveyToken).toBe(dutch.surveyToken)
      expect(await payload.count({ collection: 'letters' })).toEqual(before)
      const { docs: versions } = await payload.findVersions({
        collection: 'complaints',
        where: { parent: { equals: dutch.id } },
        sort: '-createdAt',
        limit: 1,
      })
      expect((versions[0]!.version as Stored).savedBy ?? null).toBeNull()
      const { docs: audit } = await payload.find({
        collection: 'complaint-audit-log',
        where: { documentId: { equals: String(dutch.id) } },
        depth: 0,
      })
      expect(
        audit.map((entry) => [entry.action, entry.reference, entry.summary, entry.user ?? null]),
      ).toEqual([['surveyAnswered', dutch.reference, 'score 4, handled well: yes', null]])
    })

    it('refuses a second answer clearly, and keeps the first', async () => {
      const again = await answer(dutch.surveyToken, { score: 1, handledWell: 'no' })
      expect(again.status).toBe(409)
      expect(again.body).toEqual({
        message: 'Deze vragenlijst is al beantwoord. U kunt maar één keer antwoorden.',
        reference: dutch.reference,
        answered: true,
      })
      // Also before any check of what it holds, in the language asked.
      const english409 = await answer(dutch.surveyToken, { score: 9, lang: 'en' })
      expect([english409.status, english409.body.message]).toEqual([
        409,
        'This survey has been answered already. You can answer once only.',
      ])
      expect((await surveyOf(dutch.surveyToken)).body.answered).toBe(true)
      expect((await stored(dutch.id)).satisfaction).toMatchObject({ score: 4, handledWell: 'yes' })
    })

    it('answers an unknown, a malformed and a status token the same way: not found', async () => {
      const unknown = 'A'.repeat(43)
      const answers = await Promise.all(
        [unknown, 'abc', `${dutch.surveyToken}x`, dutch.surveyToken.slice(0, 42) + '_'].map(
          (token) => answer(token, { score: 4, handledWell: 'yes' }),
        ),
      )
      for (const refused of answers)
        expect([refused.status, refused.body]).toEqual([
          404,
          { message: 'Deze link naar de vragenlijst is niet geldig.' },
        ])
      // No token at all: the same answer.
      const missing = await callApi(payload, 'POST', '/complaints/survey', {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ score: 4, handledWell: 'yes' }),
      })
      expect([missing.status, missing.body]).toEqual([
        404,
        { message: 'Deze link naar de vragenlijst is niet geldig.' },
      ])
      expect((await callApi(payload, 'GET', '/complaints/survey')).status).toBe(404)
      const looked = await surveyOf(unknown, '?lang=en')
      expect([looked.status, looked.body]).toEqual([
        404,
        { message: 'This link to the survey is not valid.' },
      ])
    })

    it('takes an answer in English and counts "no" as well', async () => {
      const { status, body } = await answer(english.surveyToken, {
        score: 2,
        handledWell: 'no',
        lang: 'en',
      })
      expect([status, body.message]).toEqual([
        200,
        `Thank you. Your answer has been kept with complaint ${english.reference}.`,
      ])
      expect((await stored(english.id)).satisfaction).toMatchObject({
        score: 2,
        handledWell: 'no',
        remark: null,
        via: 'online',
      })
    })

    it('takes an answer staff record after a phone call, after which the link says it was answered', async () => {
      const phoned = await closedComplaint(slug)
      const recorded = await rest(payload, 'PATCH', `/complaints/${phoned.id}`, {
        token: directie.token,
        body: {
          satisfaction: {
            score: 5,
            handledWell: 'yes',
            answeredOn: '2026-04-01',
            via: 'phone',
            remark: 'Telefonisch: heel tevreden.',
          },
        },
      })
      expect(recorded.status).toBe(200)
      expect((await surveyOf(phoned.surveyToken)).body.answered).toBe(true)
      // A person records how the answer came in; "online" is the link's alone.
      const faked = await rest(payload, 'PATCH', `/complaints/${phoned.id}`, {
        token: directie.token,
        body: { satisfaction: { via: 'online' } },
      })
      expect(faked.status).toBe(400)
      expect(faked.body.errors[0].message).toContain(
        'Beantwoord via: alleen de klager antwoordt via de online vragenlijst',
      )
      const online = await answer(phoned.surveyToken, { score: 1, handledWell: 'no' })
      expect(online.status).toBe(409)
      expect((await stored(phoned.id)).satisfaction).toMatchObject({ score: 5, via: 'phone' })
    })

    it('refuses answers from one address after its limit, with Retry-After, counted apart from the form', async () => {
      const from = { 'X-Forwarded-For': `192.0.2.1, ${address}` }
      const statuses: number[] = []
      for (let attempt = 0; attempt < 11; attempt += 1)
        statuses.push((await answer('B'.repeat(43), { score: 3 }, from)).status)
      expect(statuses).toEqual([...Array(10).fill(404), 429])
      const limited = await answer(english.surveyToken, { score: 3, handledWell: 'yes' }, from)
      expect(limited.status).toBe(429)
      expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(590)
      expect(limited.body.message).toMatch(
        /^Er zijn kort na elkaar te veel antwoorden verstuurd vanaf dit adres\. Probeer het over \d+ seconden opnieuw\.$/,
      )
      // The public form from the same address is not held back by the survey's count.
      expect((await submitJson(payload, { regulation: slug }, from)).status).toBe(422)
      const { docs } = await payload.find({
        collection: 'complaint-rate-limits',
        where: { key: { equals: `survey:${address}` } },
        overrideAccess: true,
      })
      expect(docs.map((doc) => doc.hits)).toEqual([12])
    })

    it('counts the answers in the yearly report: scores and handled well', async () => {
      const report = await yearlyReport(reportDatabaseOf(payload), {
        viewer: { id: admin.id, sees: 'allButAboutThemselves' },
        regulation: slug,
        year: 2026,
        asOf: todayInAmsterdam(),
        listLimit: 50,
      })
      // Online 4 (yes) and 2 (no); by phone 5 (yes).
      expect(report.figures.year.satisfaction).toEqual({
        responses: 3,
        mean: 3.67,
        distribution: [0, 1, 0, 1, 1],
        handledWell: { yes: 2, no: 1 },
      })
      expect(report.figures.quarters[1].satisfaction.handledWell).toEqual({ yes: 2, no: 1 })
      const csv = await figuresCsvOf(payload, admin.token, { regulation: slug, year: 2026 })
      expect(
        [
          'Handled well according to the complainant',
          'Not handled well according to the complainant',
        ].map((name) => [csv.Year![name], csv.Q1![name]]),
      ).toEqual([
        ['2', '2'],
        ['1', '1'],
      ])
    })
  },
)

describe('a regulation that asks no satisfaction', () => {
  it.each(['hss', 'krachtig-perspectief', 'in-focus-samen'] as const)(
    '%s: no token, no link in the closure letter, no survey letter',
    async (slug) => {
      const complaint = await walkComplaint(
        payload,
        regulations[slug],
        { receivedOn: '2026-03-02' },
        acknowledge('2026-03-04'),
      )
      const regulation = await payload.findByID({
        collection: 'regulations',
        id: regulations[slug],
        depth: 0,
      })
      expect((regulation.rules as Stored).askSatisfaction).toBe(false)
      // The decision date is what owes the closure letter (and would make a survey token).
      await payload.update({
        collection: 'complaints',
        id: complaint.id,
        depth: 0,
        data: { decidedOn: '2026-03-23', outcome: 'unfounded' } as never,
      })
      await afterCommitSettled()
      const decided = await stored(complaint.id)
      expect(decided.surveyToken ?? null).toBeNull()
      const closure = await letterText(complaint.id, 'closure')
      expect(closure).not.toMatch(/tevredenheid|persoonlijke link/)
      const { totalDocs } = await payload.count({
        collection: 'letters',
        where: {
          and: [
            { complaint: { equals: complaint.id } },
            { kind: { equals: 'satisfactionSurvey' } },
          ],
        },
      })
      expect(totalDocs).toBe(0)
    },
  )
})

describe('the survey token', () => {
  it('is not the status token of a complaint from the public form, and only comes with the decision', async () => {
    const submitted = await submitJson(payload, { ...IZW_SUBMISSION, regulation: 'izw-ambulant' })
    expect(submitted.status).toBe(201)
    await afterCommitSettled()
    const { docs } = await payload.find({
      collection: 'complaints',
      where: { reference: { equals: submitted.body.reference } },
      depth: 0,
    })
    const id = docs[0]!.id as number
    expect((await stored(id)).surveyToken ?? null).toBeNull()
    // The status link opens no survey.
    expect((await surveyOf(submitted.body.statusToken)).status).toBe(404)
    for (const step of [acknowledge('2026-11-30'), start(), decide('2026-12-01', 'founded')])
      await payload.update({ collection: 'complaints', id, depth: 0, data: step as never })
    const decided = await stored(id)
    expect(decided.surveyToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(decided.surveyToken).not.toBe(decided.statusToken)
    expect((await surveyOf(decided.statusToken)).status).toBe(404)
    expect((await surveyOf(decided.surveyToken)).status).toBe(200)
  })

  it('is written by nobody: an administrator cannot set or change it', async () => {
    const complaint = await closedComplaint('izw-ambulant')
    const changed = await rest(payload, 'PATCH', `/complaints/${complaint.id}`, {
      token: admin.token,
      body: { surveyToken: 'C'.repeat(43) },
    })
    expect(changed.status).toBe(200)
    expect((await stored(complaint.id)).surveyToken).toBe(complaint.surveyToken)
    // Staff who only record complaints neither read the file nor record an answer on it.
    const byStaff = await rest(payload, 'PATCH', `/complaints/${complaint.id}`, {
      token: staff.token,
      body: { satisfaction: { score: 5 } },
    })
    expect(byStaff.status).toBe(403)
  })

  it('stores one of two answers sent at the same moment, and refuses the other', async () => {
    const complaint = await closedComplaint('izw-arbeidscoaching')
    const both = await Promise.all([
      answer(complaint.surveyToken, { score: 5, handledWell: 'yes' }),
      answer(complaint.surveyToken, { score: 1, handledWell: 'no' }),
    ])
    expect(both.map((each) => each.status).sort()).toEqual([200, 409])
    const { docs } = await payload.find({
      collection: 'complaint-audit-log',
      where: { documentId: { equals: String(complaint.id) } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
  })

  it('goes with the file when it is erased; the score and the yes or no stay for the figures', async () => {
    const complaint = await closedComplaint('izw-ambulant')
    await answer(complaint.surveyToken, {
      score: 3,
      handledWell: 'yes',
      comment: 'Mijn begeleider Kees was erg behulpzaam.',
    })
    const erased = await rest(payload, 'POST', `/complaints/${complaint.id}/erase`, {
      token: admin.token,
      body: { reason: 'Verzoek van de klager' },
    })
    expect(erased.status).toBe(200)
    const after = await stored(complaint.id)
    expect(after.surveyToken ?? null).toBeNull()
    expect(after.satisfaction).toMatchObject({
      score: 3,
      handledWell: 'yes',
      via: 'online',
      remark: null,
    })
    expect((await surveyOf(complaint.surveyToken)).status).toBe(404)
    expect((await answer(complaint.surveyToken, { score: 1, handledWell: 'no' })).status).toBe(404)
  })
})
