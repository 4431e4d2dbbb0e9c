/**
 * The follow-up after handling (both IZW: feedback to the employee concerned; IZW Ambulant: the
 * complaint discussed anonymously in the team), and the improvement actions with an owner and a due
 * date: open on the case page until recorded, a reminder to the owner in the digest when one is
 * due, and listed in the yearly report with whether it was done.
 */
import { createLocalReq } from 'payload'

import { loadCaseFile } from '../../src/casework/caseFile'
import { todayInAmsterdam } from '../../src/complaints/storedDates'
import { writtenDay } from '../../src/casework/formatLong'
import { addDays } from '../../src/procedure/dates'
import { reportDatabaseOf } from '../../src/reports/database'
import { yearlyReport } from '../../src/reports/report'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { smtpSink } from '../helpers/smtpSink'
import { digestTo } from '../helpers/digest'
import { createLoggedInUser } from '../helpers/users'
import { acknowledge, decide, start, walkComplaint } from '../helpers/walkComplaint'

import type { Payload, PayloadRequest } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { TestUser } from '../helpers/users'

const mail = smtpSink(2631)
let payload: Payload
let regulations: Record<SeedSlug, number>
let directie: TestUser
let owner: TestUser
const TODAY = todayInAmsterdam()

beforeAll(async () => {
  await mail.start()
  process.env.SMTP_URL = mail.url
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  directie = await createLoggedInUser(payload, 'directie@nazorg.example', ['directie'])
  owner = await createLoggedInUser(payload, 'eigenaar@nazorg.example', ['handler'], 'Olga Eigenaar')
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
  await mail.stop()
  delete process.env.SMTP_URL
})

/** A complaint received a month ago and decided a week ago. */
const decided = (slug: SeedSlug) =>
  walkComplaint(
    payload,
    regulations[slug],
    { receivedOn: addDays(TODAY, -30) },
    acknowledge(addDays(TODAY, -29)),
    start({ handler: owner.id }),
    decide(addDays(TODAY, -7), 'founded', addDays(TODAY, -10)),
  )

const update = (id: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'complaints', id, depth: 0, data: data as never })

const followUpOf = async (id: number, lang: 'nl' | 'en' = 'nl') => {
  const req = (await createLocalReq(
    {
      user: {
        ...(await payload.findByID({ collection: 'users', id: directie.id })),
        collection: 'users',
      } as never,
    },
    payload,
  )) as PayloadRequest
  return (await loadCaseFile(req, id, lang))!.followUp
}

describe('the follow-up on the case page', () => {
  it('asks under IZW Ambulant for the feedback to the employee and the team discussion, until both are recorded', async () => {
    const complaint = await decided('izw-ambulant')
    expect(await followUpOf(complaint.id)).toEqual([
      {
        text: 'Terugkoppeling aan de betrokken medewerker: nog niet vastgelegd.',
        late: false,
      },
      { text: 'Geanonimiseerde bespreking in het team: nog niet vastgelegd.', late: false },
    ])
    expect((await followUpOf(complaint.id, 'en')).map((line) => line.text)).toEqual([
      'Feedback to the employee concerned: not recorded yet.',
      'Anonymised discussion in the team: not recorded yet.',
    ])
    await update(complaint.id, { employeeFeedbackOn: addDays(TODAY, -5) })
    expect((await followUpOf(complaint.id)).map((line) => line.text)).toEqual([
      'Geanonimiseerde bespreking in het team: nog niet vastgelegd.',
    ])
    await update(complaint.id, { teamDiscussedOn: TODAY })
    expect(await followUpOf(complaint.id)).toEqual([])
  })

  it('asks nothing under HSS, whose regulation does not', async () => {
    const complaint = await decided('hss')
    expect(await followUpOf(complaint.id)).toEqual([])
  })

  it('lists an improvement action with its owner and due date, late once that has passed', async () => {
    const complaint = await decided('hss')
    await update(complaint.id, {
      improvementActions: [
        { action: 'Planning van de coaches nalopen', owner: owner.id, dueOn: addDays(TODAY, -1) },
        { action: 'Werkinstructie aanpassen', dueOn: addDays(TODAY, 20), done: true },
      ],
    })
    expect(await followUpOf(complaint.id)).toEqual([
      {
        text: `Verbeteractie: Planning van de coaches nalopen, door Olga Eigenaar, uiterlijk ${writtenDay(addDays(TODAY, -1), 'nl')}`,
        late: true,
      },
    ])
  })
})

describe('the reminder of an improvement action', () => {
  it('reaches its owner in the digest once it is due, and no longer once done', async () => {
    const complaint = await decided('krachtig-perspectief')
    await update(complaint.id, {
      improvementActions: [
        { action: 'Terugbelafspraken vastleggen', owner: owner.id, dueOn: addDays(TODAY, 1) },
        { action: 'Later', owner: owner.id, dueOn: addDays(TODAY, 60) },
      ],
    })
    const [digest] = await digestTo(payload, mail, 'eigenaar@nazorg.example')
    expect(digest).toContain(`${complaint.reference}: verbeteractie 'Terugbelafspraken vastleggen'`)
    expect(digest).not.toContain("'Later'")
    const stored = (await payload.findByID({
      collection: 'complaints',
      id: complaint.id,
      depth: 0,
    })) as unknown as { improvementActions: Record<string, unknown>[] }
    await update(complaint.id, {
      improvementActions: stored.improvementActions.map((action, index) =>
        index === 0 ? { ...action, done: true } : action,
      ),
    })
    const after = await digestTo(payload, mail, 'eigenaar@nazorg.example')
    expect(after.join('\n')).not.toContain('Terugbelafspraken')
  })
})

describe('the yearly report', () => {
  it('lists the improvement actions of the year with whether each was done', async () => {
    const report = await yearlyReport(reportDatabaseOf(payload), {
      viewer: { id: directie.id, sees: 'allButAboutThemselves' },
      regulation: 'hss',
      year: Number(addDays(TODAY, -30).slice(0, 4)),
      asOf: TODAY,
      listLimit: 50,
    })
    expect(report.improvements.total).toBe(2)
    expect(report.improvements.done).toBe(1)
    expect(report.improvements.actions).toEqual([
      expect.objectContaining({
        action: 'Planning van de coaches nalopen',
        owner: 'Olga Eigenaar',
        dueOn: addDays(TODAY, -1),
        done: false,
      }),
      expect.objectContaining({
        action: 'Werkinstructie aanpassen',
        owner: null,
        dueOn: addDays(TODAY, 20),
        done: true,
      }),
    ])
  })
})
