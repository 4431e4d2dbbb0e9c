/**
 * Retention and erasure (src/privacy): the daily job anonymises the files whose term is over,
 * as the regulation's data sets it (two years after closure by default, six months after the
 * last act for one regulation here), and leaves a file under legal hold and a recent one whole.
 * What an anonymised file loses is checked in the database rows and the attachment folder; what
 * it keeps, by the yearly report being the same before and after. Directie erases a file on
 * request with a reason, where no hold and no handling forbid it.
 */
import { access } from 'node:fs/promises'
import path from 'node:path'

import { afterCommitSettled } from '../../src/database/afterCommit'
import { statusView } from '../../src/intake/statusView'
import { databaseOf } from '../../src/database/sql'
import { runJobsOnce } from '../../src/jobs/worker'
import { reportDatabaseOf } from '../../src/reports/database'
import { yearlyReport } from '../../src/reports/report'
import { startPayload, stopPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser } from '../helpers/users'
import {
  acknowledge,
  close,
  decide,
  start,
  walkComplaint,
  withdraw,
} from '../helpers/walkComplaint'
import { samples } from '../helpers/intake'

import { sql } from '@payloadcms/db-postgres'
import { strFromU8, unzipSync } from 'fflate'
import { handleEndpoints } from 'payload'

import type { YearlyReport } from '../../src/reports/report'
import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { TestUser } from '../helpers/users'

let payload: Payload
let regulations: Record<SeedSlug, number>
let admin: TestUser
let directie: TestUser
let handler: TestUser
let employee: TestUser

/** What names or describes the complainant and the case in every file made here. */
const PERSONAL = [
  'Kees de Vries',
  'kees@example.com',
  'Dorpsstraat',
  '030 1234567',
  'De begeleider kwam niet',
  'Beide partijen gehoord',
  'klager en medewerker',
  'Een gesprek met de begeleider',
  'Afspraak gemaakt',
  'Geachte',
]

const rows = async (query: ReturnType<typeof sql>) =>
  (await databaseOf(payload).execute(query)).rows as Record<string, unknown>[]

/** Every row the database holds of one complaint: the complaint, its lists, relationships, versions and letters. */
const everythingOf = async (id: number) => ({
  complaint: await rows(sql`select * from complaints where id = ${id}`),
  hearings: await rows(sql`select * from complaints_hearings where _parent_id = ${id}`),
  actions: await rows(sql`select * from complaints_improvement_actions where _parent_id = ${id}`),
  rels: await rows(sql`select * from complaints_rels where parent_id = ${id}`),
  versions: await rows(sql`select * from _complaints_v where parent_id = ${id}`),
  versionHearings: await rows(
    sql`select h.* from _complaints_v_version_hearings h join _complaints_v v on v.id = h._parent_id where v.parent_id = ${id}`,
  ),
  letters: await rows(sql`select * from letters where complaint_id = ${id}`),
  attachments: await rows(sql`select * from complaint_attachments where complaint_id = ${id}`),
})

const mentionsAnyone = (value: unknown): string[] => {
  const text = JSON.stringify(value)
  return PERSONAL.filter((words) => text.includes(words))
}

const attachmentFor = async (marker: string) => {
  const created = await payload.create({
    collection: 'complaint-attachments',
    data: {},
    file: {
      data: Buffer.from(samples.pdf(marker)),
      mimetype: 'application/pdf',
      name: `${marker}.pdf`,
      size: samples.pdf(marker).length,
    },
    depth: 0,
  })
  return { id: created.id as number, filename: String(created.filename), marker }
}

const folder = () => {
  const upload = payload.collections['complaint-attachments']!.config.upload
  return (upload as { staticDir: string }).staticDir
}

const exists = (filename: string) =>
  access(path.join(folder(), filename)).then(
    () => true,
    () => false,
  )

/** A file with everything in it: complainant, employee, hearing, improvement action, attachment, letters. */
const fullFile = async (
  slug: SeedSlug,
  dates: { received: string; decided: string; closed?: string },
  extra: Record<string, unknown> = {},
) => {
  const attachment = await attachmentFor(`bijlage-${Math.random().toString(36).slice(2)}`)
  const walked = await walkComplaint(
    payload,
    regulations[slug],
    {
      receivedOn: dates.received,
      subject: 'Een gesprek met de begeleider',
      desiredSolution: 'Afspraak gemaakt voor een nieuw gesprek.',
      subjectEmployee: employee.id,
      attachments: [attachment.id],
      ...extra,
    },
    acknowledge(dates.received),
    start({ handler: handler.id }),
    {
      ...decide(dates.decided, 'partlyFounded', dates.received),
      improvementActions: [{ action: 'Afspraak gemaakt met Kees de Vries', owner: handler.id }],
    },
    ...(dates.closed
      ? [
          {
            ...close(dates.closed, 4),
            // Answered by phone: the figures stay, the complainant's own words go.
            satisfaction: {
              score: 4,
              handledWell: 'yes',
              answeredOn: dates.closed,
              via: 'phone',
              remark: 'Kees de Vries vond het gesprek prettig.',
            },
          },
        ]
      : []),
  )
  await afterCommitSettled()
  // The acknowledgement went out; the other drafts never did.
  const { docs } = await payload.find({
    collection: 'letters',
    where: { and: [{ complaint: { equals: walked.id } }, { kind: { equals: 'acknowledgement' } }] },
    depth: 0,
  })
  await payload.update({ collection: 'letters', id: docs[0]!.id, data: { status: 'queued' } })
  await runJobsOnce(payload)
  return { ...walked, attachment }
}

const anonymiseRun = async () => {
  await payload.jobs.queue({ task: 'anonymiseComplaints', input: {} } as never)
  await runJobsOnce(payload)
  await afterCommitSettled()
}

const reportOf2023 = () =>
  yearlyReport(reportDatabaseOf(payload), {
    viewer: { id: admin.id, sees: 'allButAboutThemselves' },
    regulation: null,
    year: 2023,
    asOf: '2026-11-30',
    listLimit: 50,
  })

let pastTerm: Awaited<ReturnType<typeof fullFile>>
let onHold: Awaited<ReturnType<typeof fullFile>>
let recent: Awaited<ReturnType<typeof fullFile>>
let lastActLongAgo: { id: number }
let lastActRecent: { id: number }
let reportBefore: string
let improvementsBefore: YearlyReport['improvements']

/**
 * The report as it must stay the same: everything but the improvement actions' own words and
 * owners, which go with the file (their count, due dates and whether they were done stay).
 */
const reportWithoutActionTexts = (report: YearlyReport) =>
  JSON.stringify({ ...report, improvements: undefined })

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  ;[admin, directie, handler, employee] = await Promise.all([
    createLoggedInUser(payload, 'admin@privacy.example', ['admin']),
    createLoggedInUser(payload, 'directie@privacy.example', ['directie']),
    createLoggedInUser(payload, 'handler@privacy.example', ['handler']),
    createLoggedInUser(payload, 'medewerker@privacy.example', ['staff']),
  ])
  // IN FOCUS Samen keeps its files six months after the last act, whatever their stage.
  await payload.update({
    collection: 'regulations',
    id: regulations['in-focus-samen'],
    data: {
      rules: { retention: { amount: 6, unit: 'months' }, retentionFrom: 'lastAct' },
    } as never,
  })
  // Closed in January 2024: two years later, in January 2026, the term of HSS is over.
  pastTerm = await fullFile('hss', {
    received: '2023-03-01',
    decided: '2023-03-20',
    closed: '2024-01-10',
  })
  onHold = await fullFile('hss', {
    received: '2023-03-02',
    decided: '2023-03-21',
    closed: '2024-01-10',
  })
  await payload.update({
    collection: 'complaints',
    id: onHold.id,
    data: { legalHold: true, legalHoldReason: 'Procedure bij de rechter' } as never,
  })
  // Closed in June 2025: kept until June 2027.
  recent = await fullFile('hss', {
    received: '2023-04-03',
    decided: '2023-04-20',
    closed: '2025-06-02',
  })
  lastActLongAgo = await walkComplaint(
    payload,
    regulations['in-focus-samen'],
    { receivedOn: '2023-05-01' },
    withdraw('2023-05-08'),
  )
  lastActRecent = await walkComplaint(
    payload,
    regulations['in-focus-samen'],
    { receivedOn: '2023-05-02' },
    withdraw('2026-10-01'),
  )
  await afterCommitSettled()
  const before = await reportOf2023()
  reportBefore = reportWithoutActionTexts(before)
  improvementsBefore = before.improvements
  await anonymiseRun()
}, 240_000)

afterAll(async () => {
  await stopPayload(payload)
})

describe('the daily job anonymises files past their retention term', () => {
  it('leaves nothing that names or describes a person in any row of the file', async () => {
    const before = await everythingOf(recent.id)
    expect(mentionsAnyone(before).length).toBeGreaterThan(5)
    const after = await everythingOf(pastTerm.id)
    expect(mentionsAnyone(after)).toEqual([])
    const [complaint] = after.complaint
    expect(complaint).toMatchObject({
      complainant_name: null,
      complainant_email: null,
      complainant_address: null,
      complainant_phone: null,
      description: '',
      subject: null,
      desired_solution: null,
      subject_employee_id: null,
      status_token: null,
      survey_token: null,
      idempotency_key: null,
      reasoning: null,
      satisfaction_remark: null,
    })
    expect(complaint!.anonymised_on).not.toBeNull()
  })

  it('keeps what the figures need: reference, stage, dates, outcome, terms, satisfaction', async () => {
    const [complaint] = (await everythingOf(pastTerm.id)).complaint
    expect(complaint).toMatchObject({
      reference: pastTerm.reference,
      status: 'closed',
      outcome: 'partlyFounded',
      handler_id: handler.id,
    })
    expect(Number(complaint!.satisfaction_score)).toBe(4)
    expect(complaint).toMatchObject({ satisfaction_handled_well: 'yes', satisfaction_via: 'phone' })
    expect(complaint!.satisfaction_answered_on).not.toBeNull()
    expect(complaint!.decided_on).not.toBeNull()
    expect(complaint!.deadlines_report_threshold).not.toBeNull()
  })

  it('removes the history, the attachments (rows and files) and the people named; keeps the hearing date', async () => {
    const after = await everythingOf(pastTerm.id)
    expect(after.versions).toEqual([])
    expect(after.versionHearings).toEqual([])
    expect(after.attachments).toEqual([])
    expect(await exists(pastTerm.attachment.filename)).toBe(false)
    expect(after.rels.map((row) => row.path)).toEqual(['participants'])
    expect(after.hearings).toHaveLength(1)
    expect(after.hearings[0]).toMatchObject({ party: null, summary: null })
    expect(after.hearings[0]!.date).not.toBeNull()
    expect(after.actions[0]).toMatchObject({ action: null, owner_id: null })
  })

  it('keeps each sent letter as its kind, status and dates, without what it said or to whom', async () => {
    const unsent = (await everythingOf(recent.id)).letters.filter(
      (letter) => letter.status !== 'sent',
    )
    expect(unsent.length).toBeGreaterThan(0)
    const { letters } = await everythingOf(pastTerm.id)
    expect(letters.map((letter) => [letter.kind, letter.status])).toEqual([
      ['acknowledgement', 'sent'],
    ])
    for (const letter of letters) {
      expect(letter).toMatchObject({ subject: null, body: null, recipient: null })
      expect(letter.kind).toEqual(expect.any(String))
    }
  })

  it('leaves a file under legal hold and a file still in its term whole', async () => {
    for (const kept of [onHold, recent]) {
      const file = await everythingOf(kept.id)
      expect(file.complaint[0]!.anonymised_on).toBeNull()
      expect(file.complaint[0]!.complainant_name).toBe('Kees de Vries')
      expect(file.versions.length).toBeGreaterThan(0)
      expect(await exists(kept.attachment.filename)).toBe(true)
    }
  })

  it('counts from the last act where the regulation says so', async () => {
    const [longAgo] = (await everythingOf(lastActLongAgo.id)).complaint
    const [lately] = (await everythingOf(lastActRecent.id)).complaint
    expect(longAgo!.anonymised_on).not.toBeNull()
    expect(longAgo!.complainant_name).toBeNull()
    expect(lately!.anonymised_on).toBeNull()
    expect(lately!.complainant_name).toBe('Kees de Vries')
  })

  it('makes the yearly report of those years byte for byte the same', async () => {
    const after = await reportOf2023()
    expect(reportWithoutActionTexts(after)).toBe(reportBefore)
    const { docs } = await payload.find({
      collection: 'complaints',
      where: { anonymisedOn: { exists: true } },
      depth: 0,
      pagination: false,
    })
    const anonymisedReferences = new Set(docs.map((doc) => String(doc.reference)))
    expect(anonymisedReferences.has(pastTerm.reference)).toBe(true)
    expect(improvementsBefore.actions.some((action) => action.action?.includes('Kees'))).toBe(true)
    expect(after.improvements).toEqual({
      ...improvementsBefore,
      actions: improvementsBefore.actions.map((action) => ({
        ...action,
        ...(anonymisedReferences.has(action.reference!) ? { action: null, owner: null } : {}),
      })),
    })
  })

  it('records each anonymisation once in the audit log, also when the job runs again', async () => {
    await Promise.all([anonymiseRun(), anonymiseRun()])
    const entries = await payload.find({
      collection: 'complaint-audit-log',
      where: { action: { equals: 'anonymised' } },
      depth: 0,
    })
    expect(entries.docs.map((entry) => entry.documentId).sort()).toEqual(
      [String(pastTerm.id), String(lastActLongAgo.id)].sort(),
    )
  })

  it('refuses any later save of an anonymised file, naming the rule', async () => {
    const answer = await rest(payload, 'PATCH', `/complaints/${pastTerm.id}`, {
      token: admin.token,
      body: { subject: 'Kees de Vries' },
    })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body)).toContain('anonymised')
    const [complaint] = (await everythingOf(pastTerm.id)).complaint
    expect(complaint!.subject).toBeNull()
  })
})

describe('what the complainant is told', () => {
  it('the form says what is stored, who sees it and how long it is kept, from the regulation', async () => {
    const hss = await rest(payload, 'GET', '/complaints/form/hss')
    expect(hss.body.privacy.nl).toContain('nooit de persoon over wie u klaagt')
    expect(hss.body.privacy.nl).toContain('2 jaar na de afsluiting van uw klacht')
    expect(hss.body.privacy.en).toContain('2 years after your complaint is closed')
    const inFocus = await rest(payload, 'GET', '/complaints/form/in-focus-samen')
    expect(inFocus.body.privacy.nl).toContain('6 maanden na de laatste handeling')
    expect(inFocus.body.privacy.en).toContain('6 months after the last act')
  })

  it('the status page gives the last day a closed file is kept', async () => {
    const complaint = await payload.findByID({ collection: 'complaints', id: recent.id, depth: 0 })
    const regulation = await payload.findByID({
      collection: 'regulations',
      id: regulations.hss,
      depth: 0,
    })
    const view = statusView(complaint as never, regulation as never)
    expect(view.kept.nl).toContain('bewaard tot en met wo 2 jun 2027')
    expect(view.kept.en).toMatch(/kept until \w+ 2 Jun 2027 inclusive/)
  })
})

describe('the e-mails the system sends', () => {
  it('carry no content of the complaint: no account, no wish, no people named', async () => {
    // Each message still goes through the e-mail adapter; the test reads what was handed to it.
    const sent: unknown[] = []
    const send = payload.sendEmail
    payload.sendEmail = (message) => {
      sent.push(message)
      return send(message)
    }
    try {
      const secret = await walkComplaint(payload, regulations['izw-arbeidscoaching'], {
        receivedOn: '2026-11-02',
        description: 'Geheim verhaal over de begeleider',
        desiredSolution: 'Geheime wens',
        uwv: {
          isUwvClient: true,
          labourExpertName: 'A. Expert',
          labourExpertEmail: 'ae@uwv.example',
        },
      })
      await afterCommitSettled()
      await runJobsOnce(payload)
      expect(sent.length).toBeGreaterThan(0)
      const text = JSON.stringify(sent)
      expect(text).toContain(secret.reference)
      for (const words of ['Geheim verhaal', 'Geheime wens', 'Dorpsstraat', '030 1234567'])
        expect(text).not.toContain(words)
    } finally {
      payload.sendEmail = send
    }
  })
})

describe('export of everything about one complainant', () => {
  const exportOf = async (id: number, user: TestUser) => {
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request(`http://localhost/api/complaints/${id}/export`, {
        headers: { Authorization: `JWT ${user.token}` },
      }),
    })
    return { status: response.status, response }
  }

  it('holds all their complaints with history, letters and attachment files, and nobody else', async () => {
    const other = (email: string, name: string) =>
      walkComplaint(payload, regulations.hss, {
        receivedOn: '2026-10-05',
        complainant: { name, email, phone: '06 11111111', role: 'client' },
        description: `Klacht van ${name}`,
      })
    const anna = await other('anna@example.com', 'Anna Jansen')
    const lookalike = await other('xkees@example.com.nl', 'Kees de Vries-Bakker')
    await afterCommitSettled()
    const { status, response } = await exportOf(onHold.id, directie)
    expect(status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()))
    const body = JSON.parse(strFromU8(files['complainant.json']!))
    const expected = (
      await rows(sql`select id from complaints where lower(complainant_email) = 'kees@example.com'`)
    ).map((row) => Number(row.id))
    const exported = body.complaints.map(
      (entry: { complaint: { id: number } }) => entry.complaint.id,
    )
    expect(exported.sort()).toEqual(expected.sort())
    expect(exported).toEqual(expect.arrayContaining([onHold.id, recent.id]))
    expect(exported).not.toContain(anna.id)
    expect(exported).not.toContain(lookalike.id)
    const text = strFromU8(files['complainant.json']!)
    expect(text).not.toContain('Anna Jansen')
    expect(text).not.toContain('xkees@example.com.nl')
    const held = body.complaints.find(
      (entry: { complaint: { id: number } }) => entry.complaint.id === onHold.id,
    )
    expect(held.history.length).toBeGreaterThan(1)
    expect(held.letters.length).toBeGreaterThan(0)
    const file = held.attachments[0].file as string
    expect(strFromU8(files[file]!)).toContain(onHold.attachment.marker)
    // Each complaint, letter and attachment exported is in the access log as read by export.
    const logged = await rows(
      sql`select document_collection as what, count(*)::int as n from complaint_access_log where path = 'export' group by 1`,
    )
    const count = (what: string) => logged.find((row) => row.what === what)?.n
    expect(count('complaints')).toBe(exported.length)
    expect(count('complaint-attachments')).toBe(
      body.complaints.flatMap((entry: { attachments: unknown[] }) => entry.attachments).length,
    )
  })

  it('is for directie and the administrator only, and each export is recorded', async () => {
    expect((await exportOf(onHold.id, handler)).status).toBe(403)
    const { docs } = await payload.find({
      collection: 'complaint-audit-log',
      where: { action: { equals: 'exported' } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ documentId: String(onHold.id), userEmail: directie.email })
  })
})

describe('erasure on the complainant’s request', () => {
  const erase = (id: number, user: TestUser, body: unknown) =>
    rest(payload, 'POST', `/complaints/${id}/erase`, { token: user.token, body })

  it('is for directie and the administrator only', async () => {
    const answer = await erase(recent.id, handler, { reason: 'Verzoek van de klager' })
    expect(answer.status).toBe(403)
    expect(JSON.stringify(answer.body)).toContain('directie')
    expect((await everythingOf(recent.id)).complaint[0]!.anonymised_on).toBeNull()
  })

  it('needs a reason', async () => {
    const answer = await erase(recent.id, directie, { reason: '  ' })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].data.errors[0].path).toBe('erasureReason')
  })

  it('is refused under a legal hold, saying which', async () => {
    const answer = await erase(onHold.id, directie, { reason: 'Verzoek van de klager' })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body)).toContain('Procedure bij de rechter')
    expect((await everythingOf(onHold.id)).complaint[0]!.complainant_name).toBe('Kees de Vries')
  })

  it('is refused while the complaint is handled', async () => {
    const open = await walkComplaint(payload, regulations.hss, { receivedOn: '2026-11-02' })
    await afterCommitSettled()
    const answer = await erase(open.id, directie, { reason: 'Verzoek van de klager' })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].data.errors[0].path).toBe('status')
    expect((await everythingOf(open.id)).complaint[0]!.anonymised_on).toBeNull()
  })

  it('anonymises a handled file early, recording the reason and who erased it', async () => {
    const answer = await erase(recent.id, directie, {
      reason: 'Verzoek van de klager, AVG art. 17',
    })
    expect(answer.status).toBe(200)
    await afterCommitSettled()
    const after = await everythingOf(recent.id)
    expect(mentionsAnyone(after)).toEqual([])
    expect(after.complaint[0]).toMatchObject({
      erasure_reason: 'Verzoek van de klager, AVG art. 17',
    })
    expect(await exists(recent.attachment.filename)).toBe(false)
    const { docs } = await payload.find({
      collection: 'complaint-audit-log',
      where: {
        and: [{ action: { equals: 'erased' } }, { documentId: { equals: String(recent.id) } }],
      },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      userEmail: directie.email,
      summary: 'Verzoek van de klager, AVG art. 17',
    })
    expect((await erase(recent.id, directie, { reason: 'nogmaals' })).status).toBe(409)
  })
})
