/**
 * The internal stages of both IZW regulations (first the employee concerned, then the coordinator
 * or manager, then directie), from the seed regulations: moving up through the case page's action
 * as the handler, the refusals in both languages, the case page's line, the anonymised file, and
 * the count per stage in the yearly report.
 */
import { loadCaseFile } from '../../src/casework/caseFile'
import { afterCommitSettled } from '../../src/database/afterCommit'
import { reportDatabaseOf } from '../../src/reports/database'
import { yearlyReport } from '../../src/reports/report'
import { COMPLAINANT, refusalsOf, withRequiredData } from '../helpers/complaints'
import { callApi } from '../helpers/intake'
import { startPayload, stopPayload } from '../helpers/payload'
import { figuresCsvOf } from '../helpers/reportCsv'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { createLoggedInUser } from '../helpers/users'

import type { Payload, PayloadRequest } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'
import type { TestUser } from '../helpers/users'

let payload: Payload
let regulations: Record<SeedSlug, number>
let handler: TestUser

type Stored = Record<string, any>

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  handler = await createLoggedInUser(payload, 'behandelaar@fasen.example', ['handler'])
}, 60_000)

afterAll(async () => {
  await stopPayload(payload)
})

const create = async (slug: SeedSlug, data: Record<string, unknown> = {}) => {
  const complaint = (await payload.create({
    collection: 'complaints',
    depth: 0,
    data: withRequiredData({
      regulation: regulations[slug],
      channel: 'email',
      receivedOn: '2026-03-02',
      description: 'Mijn coach kwam afspraken niet na.',
      handler: handler.id,
      complainant: { ...COMPLAINANT, language: 'nl' },
      ...data,
    }) as never,
  })) as Stored
  await afterCommitSettled()
  return complaint
}

const stored = (id: number) =>
  payload.findByID({ collection: 'complaints', id, depth: 0 }) as Promise<Stored>

/** The case page's "move up to the next stage", as the handler, in their admin language. */
const escalate = (id: number, values: Record<string, unknown>, lang: 'nl' | 'en' = 'nl') =>
  callApi(payload, 'POST', `/complaints/${id}/investigate`, {
    headers: {
      Authorization: `JWT ${handler.token}`,
      'Accept-Language': lang,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ action: 'escalateInternally', values }),
  })

const caseFileOf = async (id: number, lang: 'nl' | 'en') => {
  const user = await payload.findByID({ collection: 'users', id: handler.id, depth: 0 })
  const req = { payload, user: { ...user, collection: 'users' }, context: {} } as never
  return loadCaseFile(req as PayloadRequest, id, lang)
}

describe('internal stages under IZW Ambulant', () => {
  let complaint: Stored

  it('moves a complaint up a stage from the case page, with its day and who handles it there', async () => {
    complaint = await create('izw-ambulant')
    expect(complaint.internalStages).toEqual([])
    const before = await caseFileOf(complaint.id, 'nl')
    expect(before?.investigation?.internalStage).toBe(
      'Interne fase: nog geen vastgelegd; de eerste is Gesprek met de betrokken medewerker.',
    )
    const action = before?.investigation?.actions.find((a) => a.name === 'escalateInternally')
    expect(action?.inputs[0]?.options?.map((option) => option.label)).toEqual([
      'Gesprek met de betrokken medewerker',
      'Coördinator of leidinggevende',
      'Directie',
    ])
    expect((await escalate(complaint.id, { stage: 'employee', on: '2026-03-02' })).status).toBe(201)
    const answer = await escalate(complaint.id, {
      stage: 'coordinator',
      on: '2026-03-09',
      handledBy: 'Petra Coördinator',
    })
    expect(answer.status).toBe(201)
    const saved = await stored(complaint.id)
    expect(
      saved.internalStages.map((row: Stored) => [row.stage, row.on.slice(0, 10), row.handledBy]),
    ).toEqual([
      ['employee', expect.stringMatching(/^2026-03-0[12]$/), null],
      ['coordinator', expect.stringMatching(/^2026-03-0[89]$/), 'Petra Coördinator'],
    ])
    const nl = await caseFileOf(complaint.id, 'nl')
    expect(nl?.investigation?.internalStage).toBe(
      'Interne fase: Coördinator of leidinggevende, sinds maandag 9 maart 2026 (behandeld door Petra Coördinator).',
    )
    const en = await caseFileOf(complaint.id, 'en')
    expect(en?.investigation?.internalStage).toBe(
      'Internal stage: Coordinator or manager, since Monday 9 March 2026 (handled by Petra Coördinator).',
    )
    // The history shows each move up, on its day.
    expect(nl?.timeline.map((event) => event.text)).toEqual(
      expect.arrayContaining([
        'Opgeschaald naar de interne fase Gesprek met de betrokken medewerker',
        'Opgeschaald naar de interne fase Coördinator of leidinggevende (behandeld door Petra Coördinator)',
      ]),
    )
    expect(en?.timeline.map((event) => event.text)).toContain(
      'Moved up to the internal stage Coordinator or manager (handled by Petra Coördinator)',
    )
    // Only directie is left above.
    const above = en?.investigation?.actions.find((a) => a.name === 'escalateInternally')
    expect(above?.inputs[0]?.options?.map((option) => option.value)).toEqual(['directie'])
  })

  it('refuses going down, or back in time, naming the field and the rule in Dutch and English', async () => {
    const down = await escalate(complaint.id, { stage: 'employee', on: '2026-03-10' })
    expect(down.status).toBe(400)
    expect(down.body.errors[0].data.errors[0]).toMatchObject({
      path: 'internalStages',
      message:
        'Interne fasen: Een klacht gaat alleen een fase omhoog: Gesprek met de betrokken medewerker komt niet na Coördinator of leidinggevende.',
    })
    const early = await escalate(complaint.id, { stage: 'directie', on: '2026-03-05' }, 'en')
    expect(early.status).toBe(400)
    expect(early.body.errors[0].data.errors[0]).toMatchObject({
      path: 'internalStages',
      message:
        'Internal stages: The stage Management (directie) (Thu 5 Mar 2026) cannot begin before the previous stage (Mon 9 Mar 2026).',
    })
    const unknown = await refusalsOf(
      payload.update({
        collection: 'complaints',
        id: complaint.id,
        data: {
          internalStages: [
            ...(await stored(complaint.id)).internalStages,
            { stage: 'ombudsman', on: '2026-03-12' },
          ],
        } as never,
      }),
    )
    expect(unknown).toEqual([
      [
        'internalStages',
        "Interne fasen: 'ombudsman' is geen interne fase van deze regeling; kies een van: Gesprek met de betrokken medewerker; Coördinator of leidinggevende; Directie.",
      ],
    ])
    // Nothing of the refused attempts was stored.
    expect((await stored(complaint.id)).internalStages).toHaveLength(2)
  })

  it('refuses a stage under a regulation without internal stages (HSS)', async () => {
    const hss = await create('hss')
    expect(
      await refusalsOf(
        payload.update({
          collection: 'complaints',
          id: hss.id,
          data: { internalStages: [{ stage: 'employee', on: '2026-03-03' }] } as never,
        }),
      ),
    ).toEqual([
      [
        'internalStages',
        'Interne fasen: Deze regeling kent geen interne fasen; leg hier geen fase vast.',
      ],
    ])
    expect((await caseFileOf(hss.id, 'nl'))?.investigation?.internalStage).toBeNull()
  })

  it('counts per stage in the yearly report how many complaints reached it and were resolved there', async () => {
    // Resolved with the employee; resolved at the coordinator; decided by directie; one still open.
    const atEmployee = await create('izw-arbeidscoaching', {
      internalStages: [{ stage: 'employee', on: '2026-03-02' }],
    })
    await payload.update({
      collection: 'complaints',
      id: atEmployee.id,
      data: { acknowledgedOn: '2026-03-03', resolvedOn: '2026-03-04' } as never,
    })
    const atCoordinator = await create('izw-arbeidscoaching', {
      internalStages: [
        { stage: 'employee', on: '2026-03-02' },
        { stage: 'coordinator', on: '2026-03-05' },
      ],
      acknowledgedOn: '2026-03-03',
      resolvedOn: '2026-03-10',
    })
    await create('izw-arbeidscoaching', {
      internalStages: [
        { stage: 'employee', on: '2026-03-02' },
        { stage: 'directie', on: '2026-03-06' },
      ],
      acknowledgedOn: '2026-03-03',
      decidedOn: '2026-03-20',
      outcome: 'partlyFounded',
    })
    await create('izw-arbeidscoaching', {
      internalStages: [{ stage: 'coordinator', on: '2026-03-04' }],
    })
    expect(atCoordinator.internalStages).toHaveLength(2)
    const report = await yearlyReport(reportDatabaseOf(payload), {
      viewer: { id: 0, sees: 'allButAboutThemselves' },
      regulation: 'izw-arbeidscoaching',
      year: 2026,
      asOf: '2026-11-30',
      listLimit: 10,
    })
    expect(
      report.internalStages.map((row) => [row.label.nl, row.label.en, row.reached, row.resolved]),
    ).toEqual([
      ['Gesprek met de betrokken medewerker', 'Conversation with the employee concerned', 3, 1],
      ['Coördinator of leidinggevende', 'Coordinator or manager', 2, 1],
      ['Directie', 'Management (directie)', 1, 1],
    ])
    // The figures CSV holds the same counts, in the year's row only.
    const directie = await createLoggedInUser(payload, 'directie@fasen.example', ['directie'])
    const csv = await figuresCsvOf(payload, directie.token, {
      regulation: 'izw-arbeidscoaching',
      year: 2026,
    })
    const stageColumns = Object.keys(csv.Year!).filter((name) =>
      /: (Reached|Resolved there)$/.test(name),
    )
    expect(stageColumns.map((name) => [name, csv.Year![name], csv.Q1![name]])).toEqual([
      ['Conversation with the employee concerned: Reached', '3', ''],
      ['Conversation with the employee concerned: Resolved there', '1', ''],
      ['Coordinator or manager: Reached', '2', ''],
      ['Coordinator or manager: Resolved there', '1', ''],
      ['Management (directie): Reached', '1', ''],
      ['Management (directie): Resolved there', '1', ''],
    ])
    // A regulation without stages has no such rows.
    const hss = await yearlyReport(reportDatabaseOf(payload), {
      viewer: { id: 0, sees: 'allButAboutThemselves' },
      regulation: 'hss',
      year: 2026,
      asOf: '2026-11-30',
      listLimit: 10,
    })
    expect(hss.internalStages).toEqual([])
    const hssCsv = await figuresCsvOf(payload, directie.token, { regulation: 'hss', year: 2026 })
    expect(Object.keys(hssCsv.Year!).filter((name) => /: Reached$/.test(name))).toEqual([])
  })
})
