/**
 * The complaint at an external body (IZW Arbeidscoaching: the independent complaints officer
 * contacts the complainant within 5 days; IZW Ambulant: Klachtenportaal Zorg within 5 working
 * days, also at any moment, and the Geschillencommissie after that), with the seed regulations:
 * the body's term, met by its contact and shown in the overdue view as the body's; the referral
 * letter and the acknowledgement in both languages; a complaint that arrived through a body; the
 * refusals; the count in the yearly report.
 */
import { overdueKindLabel } from '../../admin-components/formatting'
import { plainText } from '../../src/complaints/richText'
import { isoDateOf } from '../../src/complaints/storedDates'
import { afterCommitSettled } from '../../src/database/afterCommit'
import { formatDate } from '../../src/procedure/format'
import { izwAmbulant } from '../../src/procedure/seeds/izwAmbulant'
import { izwArbeidscoaching } from '../../src/procedure/seeds/izwArbeidscoaching'
import { reportDatabaseOf } from '../../src/reports/database'
import { overdueRows } from '../../src/reports/overdue'
import { yearlyReport } from '../../src/reports/report'
import { COMPLAINANT, refusalsOf, withRequiredData } from '../helpers/complaints'
import { callApi } from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser } from '../helpers/users'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { ReportDatabase } from '../../src/reports/database'
import type { Viewer } from '../../src/reports/viewer'
import type { TestUser } from '../helpers/users'

let payload: Payload
let database: ReportDatabase
let regulations: Record<SeedSlug, number>
let directie: TestUser
let handler: TestUser

const OFFICER = izwArbeidscoaching.rules.escalationBodies[0]!
const PORTAL = izwAmbulant.rules.escalationBodies[0]!
const DISPUTES = izwAmbulant.rules.escalationBodies[1]!
/** The body as a letter names it: with how to reach it. */
const named = (body: { name: string; contact: string | null }) => `${body.name} — ${body.contact}`

beforeAll(async () => {
  payload = await startPayload()
  database = reportDatabaseOf(payload)
  regulations = await storeSeedRegulations(payload)
  directie = await createLoggedInUser(payload, 'directie@referral.example', ['directie'])
  handler = await createLoggedInUser(payload, 'behandelaar@referral.example', ['handler'])
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
})

type Stored = Record<string, any>

/** A complaint received on `receivedOn`, once the letters drafted after its commit are there. */
const create = async (slug: SeedSlug, data: Record<string, unknown>) => {
  const complaint = (await payload.create({
    collection: 'complaints',
    depth: 0,
    data: withRequiredData({
      regulation: regulations[slug],
      channel: 'email',
      description: 'Mijn coach kwam afspraken niet na.',
      handler: handler.id,
      complainant: { ...COMPLAINANT, language: 'nl' },
      ...data,
    }) as never,
  })) as Stored
  await afterCommitSettled()
  return complaint
}

const update = async (id: number, data: Record<string, unknown>) => {
  const complaint = (await payload.update({
    collection: 'complaints',
    id,
    depth: 0,
    data: data as never,
  })) as Stored
  await afterCommitSettled()
  return complaint
}

const lettersOf = async (complaint: number) =>
  (
    await payload.find({
      collection: 'letters',
      where: { complaint: { equals: complaint } },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
  ).docs as Stored[]

const bodyOf = async (complaint: number, kind: string, language = 'nl') => {
  const letter = (await lettersOf(complaint)).find(
    (candidate) => candidate.kind === kind && candidate.language === language,
  )
  if (!letter) throw new Error(`no ${kind} letter in ${language}`)
  return plainText(letter.body)
}

const asDirectie = (): Viewer => ({ id: directie.id, sees: 'allButAboutThemselves' })

/** The overdue view's rows of one complaint, as directie sees them on `today`. */
const overdueOf = async (complaint: number, today: string) =>
  (await overdueRows(database, { viewer: asDirectie(), today, horizon: today }))
    .filter((row) => row.id === complaint)
    .map((row) => [row.kind, row.due])

describe('a referral to the independent complaints officer (IZW Arbeidscoaching, 5 days)', () => {
  let complaint: Stored

  it("starts the officer's term on the day of the referral, as the body's, not the organisation's", async () => {
    complaint = await create('izw-arbeidscoaching', { receivedOn: '2026-11-02' })
    expect(complaint.deadlines.externalOfficerContact).toBeNull()
    complaint = await update(complaint.id, {
      referredTo: OFFICER.name,
      referredOn: '2026-11-16',
      referredBy: handler.id,
    })
    // Five calendar days after Monday 16 November is a Saturday: the Monday after.
    expect(isoDateOf(complaint.deadlines.externalOfficerContact)).toBe('2026-11-23')
    // The organisation's own next deadline stays its own.
    expect(complaint.nextDeadlineKind).not.toBe('externalOfficerContact')
  })

  it('shows the passed term in the overdue view, marked as the body’s, until the body made contact', async () => {
    expect(await overdueOf(complaint.id, '2026-11-24')).toContainEqual([
      'externalOfficerContact',
      '2026-11-23',
    ])
    expect(overdueKindLabel('externalOfficerContact', 'nl')).toBe(
      'Contact externe klachtenfunctionaris (termijn van de externe instantie)',
    )
    expect(overdueKindLabel('externalOfficerContact', 'en')).toBe(
      "External officer contact (the external body's term)",
    )
    expect(overdueKindLabel('decision', 'nl')).not.toContain('instantie')
    await update(complaint.id, { bodyContactedOn: '2026-11-20' })
    expect(await overdueOf(complaint.id, '2026-11-24')).not.toContainEqual([
      'externalOfficerContact',
      '2026-11-23',
    ])
  })

  it('records the advice, and names no body at any moment in the acknowledgement', async () => {
    const advised = await update(complaint.id, { bodyAdvice: 'Gesprek met de coach en directie.' })
    expect(advised.bodyAdvice).toBe('Gesprek met de coach en directie.')
    expect(await bodyOf(complaint.id, 'acknowledgement')).not.toContain('op elk moment')
  })
})

describe('Klachtenportaal Zorg (IZW Ambulant, 5 working days, at any moment)', () => {
  it('names the portal in the acknowledgement, in Dutch and in English', async () => {
    const nl = await create('izw-ambulant', { receivedOn: '2026-11-02' })
    expect(await bodyOf(nl.id, 'acknowledgement')).toContain(
      `U kunt op elk moment ook terecht bij: ${named(PORTAL)}. Zij helpen u onafhankelijk van ons.`,
    )
    // The disputes committee comes after the portal, not at any moment.
    expect(await bodyOf(nl.id, 'acknowledgement')).not.toContain(DISPUTES.name)
    const en = await create('izw-ambulant', {
      receivedOn: '2026-11-02',
      complainant: { ...COMPLAINANT, language: 'en' },
    })
    expect(await bodyOf(en.id, 'acknowledgement', 'en')).toContain(
      `At any moment you can also turn to: ${named(PORTAL)}. They help you independently of us.`,
    )
  })

  it('drafts the referral letter with the body and the last day it contacts the complainant', async () => {
    const nl = await create('izw-ambulant', { receivedOn: '2026-11-02' })
    const referred = await update(nl.id, { referredTo: PORTAL.name, referredOn: '2026-11-16' })
    // Five working days after Monday 16 November.
    expect(isoDateOf(referred.deadlines.externalOfficerContact)).toBe('2026-11-23')
    expect(await bodyOf(nl.id, 'referral')).toContain(
      `Op maandag 16 november 2026 hebben wij uw klacht voorgelegd aan ${named(PORTAL)}. Deze instantie neemt uiterlijk op maandag 23 november 2026 contact met u op.`,
    )
    const en = await create('izw-ambulant', {
      receivedOn: '2026-11-02',
      complainant: { ...COMPLAINANT, language: 'en' },
    })
    await update(en.id, { referredTo: PORTAL.name, referredOn: '2026-11-16' })
    expect(await bodyOf(en.id, 'referral', 'en')).toContain(
      `On Monday 16 November 2026 we put your complaint before ${named(PORTAL)}. This body will contact you on Monday 23 November 2026 at the latest.`,
    )
  })

  it('sets no contact term for a body without one, and the letter leaves the sentence out', async () => {
    const complaint = await create('izw-ambulant', { receivedOn: '2026-11-02' })
    const referred = await update(complaint.id, {
      referredTo: DISPUTES.name,
      referredOn: '2026-11-16',
    })
    expect(referred.deadlines.externalOfficerContact).toBeNull()
    const letter = await bodyOf(complaint.id, 'referral')
    expect(letter).toContain(`voorgelegd aan ${named(DISPUTES)}.`)
    expect(letter).not.toContain('contact met u op')
  })

  it('takes a complaint that arrived through the portal: its term runs from that day, and no referral letter goes out', async () => {
    const complaint = await create('izw-ambulant', {
      receivedOn: '2026-11-12',
      referredTo: PORTAL.name,
      referredOn: '2026-11-09',
      arrivedThroughBody: true,
    })
    expect(isoDateOf(complaint.deadlines.externalOfficerContact)).toBe('2026-11-16')
    expect((await lettersOf(complaint.id)).map((letter) => letter.kind)).not.toContain('referral')
  })
})

describe('refusals of a referral', () => {
  it('refuses a body the regulation does not name, listing those it does, in Dutch', async () => {
    const complaint = await create('izw-ambulant', { receivedOn: '2026-11-02' })
    expect(
      await refusalsOf(
        update(complaint.id, { referredTo: 'Zorgbelang', referredOn: '2026-11-16' }),
      ),
    ).toEqual([
      [
        'referredTo',
        `Instantie: 'Zorgbelang' is geen externe instantie van deze regeling; kies een van: ${PORTAL.name}; ${DISPUTES.name}.`,
      ],
    ])
  })

  it('refuses a body without the day it received the complaint, and a contact before that day, in English', async () => {
    const complaint = await create('izw-arbeidscoaching', { receivedOn: '2026-11-02' })
    const patch = async (body: Record<string, unknown>) => {
      const answer = await callApi(payload, 'PATCH', `/complaints/${complaint.id}`, {
        headers: {
          Authorization: `JWT ${directie.token}`,
          'Accept-Language': 'en',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      })
      expect(answer.status).toBe(400)
      return answer.body.errors[0].data.errors
    }
    expect(await patch({ referredTo: OFFICER.name })).toEqual([
      {
        path: 'referredOn',
        message:
          'Referred to an external body on: Enter the date the external body received the complaint (on referral or directly).',
      },
    ])
    expect(
      await patch({
        referredTo: OFFICER.name,
        referredOn: '2026-11-16',
        bodyContactedOn: '2026-11-13',
      }),
    ).toEqual([
      {
        path: 'bodyContactedOn',
        message: `Body contacted the complainant on: The external body's contact (${formatDate('2026-11-13', 'en')}) is before the day it received the complaint (${formatDate('2026-11-16', 'en')}).`,
      },
    ])
    const unchanged = (await payload.findByID({
      collection: 'complaints',
      id: complaint.id,
      depth: 0,
    })) as Stored
    expect([unchanged.referredTo ?? null, unchanged.referredOn ?? null]).toEqual([null, null])
  })
})

describe('the yearly report', () => {
  it('counts each referral with the escalations to its body', async () => {
    const report = await yearlyReport(database, {
      viewer: asDirectie(),
      regulation: 'izw-ambulant',
      year: 2026,
      asOf: '2026-12-01',
      listLimit: 50,
    })
    // Referred: two to the portal and one to the disputes committee; one arrived through the portal.
    expect(report.escalations).toEqual(
      expect.arrayContaining([
        { body: PORTAL.name, escalations: 3, complaints: 3 },
        { body: DISPUTES.name, escalations: 1, complaints: 1 },
      ]),
    )
    expect(report.escalations.find((count) => count.body === null)).toEqual({
      body: null,
      escalations: 4,
      complaints: 4,
    })
  })
})
