/**
 * The case page's next steps and the save never disagree: for every edge of the transitions
 * table, with each of its guards met and broken in turn, under regulations that together use
 * every guard, what the panel offers as takeable is exactly what a save of that step accepts.
 */
import { createLocalReq, initTransaction, killTransaction } from 'payload'

import { loadCaseFile } from '../../src/casework/caseFile'
import { LETTER_KINDS } from '../../src/letters/kinds'
import { procedureFor } from '../../src/complaints/procedureFor'
import { richTextOf } from '../../src/complaints/richText'
import { rulesFromDocument } from '../../src/complaints/rulesFromDocument'
import { addDays } from '../../src/procedure/dates'
import { guards } from '../../src/procedure/guards'
import { COMPLAINT_STATUSES, TRANSITIONS } from '../../src/procedure/lifecycle'
import { todayInAmsterdam } from '../../src/procedure/zone'
import { COMPLAINANT, createUser, withRequiredData } from '../helpers/complaints'
import { startPayload, stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'

import type { Payload, PayloadRequest } from 'payload'
import type { GuardName } from '../../src/procedure/guards'
import type { ComplaintStatus } from '../../src/procedure/lifecycle'
import type { RegulationRules } from '../../src/procedure/rules'
import type { SeedSlug } from '../../src/procedure/seeds'

let payload: Payload
let admin: Record<string, unknown>
let regulations: Record<SeedSlug, number>
const ids = {} as Record<'handler' | 'reviewer' | 'memberA' | 'memberB' | 'involved', number>
const committees = {} as Record<'independent' | 'withInvolved', number>

/**
 * Four regulations that between them use every guard: handling by directie (in consultation with
 * the complainant), by a committee (hoor en wederhoor), by a handler (appeal, written only), and
 * by directie with others heard only after the complainant's consent (IZW Ambulant).
 */
const REGULATIONS: SeedSlug[] = ['hss', 'in-focus-samen', 'krachtig-perspectief', 'izw-ambulant']

/**
 * A regulation here for one guard alone is walked only from the stages with an edge that has it:
 * the other edges are walked under the regulations before it (IZW Ambulant handles as HSS does).
 */
const ONLY_FOR: Partial<Record<SeedSlug, GuardName[]>> = {
  'izw-ambulant': ['othersHeardWithConsent'],
}

const walked = (slug: SeedSlug, from: ComplaintStatus): boolean => {
  const only = ONLY_FOR[slug]
  if (!only) return true
  return Object.values(TRANSITIONS[from]).some((names) =>
    (names ?? []).some((name) => only.includes(name)),
  )
}

const today = todayInAmsterdam()
const ago = (days: number) => addDays(today, -days)

beforeAll(async () => {
  payload = await startPayload()
  regulations = await storeSeedRegulations(payload)
  admin = (await createUser(payload, 'beheer@organisatie.example', ['admin'])) as never
  for (const name of Object.keys({ handler: 0, reviewer: 0, memberA: 0, memberB: 0, involved: 0 }))
    ids[name as keyof typeof ids] = (
      await createUser(payload, `${name.toLowerCase()}@organisatie.example`, ['handler'])
    ).id as number
  const committee = async (name: string, members: number[]) =>
    (await payload.create({ collection: 'committees', data: { name, members } })).id as number
  committees.independent = await committee('Onafhankelijk', [ids.memberA, ids.memberB])
  committees.withInvolved = await committee('Met betrokkene', [ids.memberA, ids.involved])
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
})

/** Rows of a list are stored with the id Payload would give them; the state is written below the hooks. */
let rows = 0
const rowId = () => (++rows).toString(16).padStart(24, '0')

const extensionFor = (rules: RegulationRules) => {
  if (rules.extension.kind === 'none') return []
  if (rules.extension.kind === 'fixed')
    return [
      {
        id: rowId(),
        kind: 'fixed',
        announcedOn: ago(38),
        reason: 'Meer tijd nodig voor het onderzoek.',
      },
    ]
  return [
    {
      id: rowId(),
      kind: 'agreed',
      announcedOn: ago(38),
      newDate: addDays(today, 30),
      reason: 'Meer tijd nodig voor het onderzoek.',
    },
  ]
}

/** A complaint on which every guard is met (for a written complaint). */
const complete = (rules: RegulationRules): Record<string, unknown> => ({
  channel: 'email',
  officialOn: null,
  receivedOn: ago(40),
  eventsOn: ago(45),
  complainant: COMPLAINANT,
  description: 'De afspraak werd niet nagekomen.',
  desiredSolution: 'Excuses',
  excludedSubject: null,
  subjectEmployee: ids.involved,
  acknowledgedOn: ago(39),
  nonAdmittedOn: ago(38),
  nonAdmissionMotivation: 'Valt buiten de regeling.',
  handler: ids.handler,
  committee: committees.independent,
  hearings: [{ id: rowId(), date: ago(30), heard: 'complainantAndEmployee', party: 'beiden' }],
  consent: { givenOn: ago(35), how: 'email', scope: 'De vorige coach mag worden gehoord.' },
  extensions: extensionFor(rules),
  decidedOn: ago(10),
  reasoning: richTextOf('Beide kanten gehoord.'),
  outcome: 'unfounded',
  closedOn: ago(1),
  appealedOn: ago(5),
  appealReviewer: ids.reviewer,
  appealDecidedOn: ago(2),
  newInformationOn: ago(3),
  dissatisfiedOn: ago(3),
  withdrawnOn: ago(4),
  resolvedOn: ago(4),
})

/** For each guard, the change to a complete complaint that makes it say no (where the regulation lets it). */
const breakOf = (): Partial<Record<GuardName, Record<string, unknown>>> => ({
  acknowledgementSent: { acknowledgedOn: null },
  nonAdmissionNoticeSent: { nonAdmittedOn: null },
  motivationGiven: { nonAdmissionMotivation: null },
  withdrawalRecorded: { withdrawnOn: null },
  resolutionRecorded: { resolvedOn: null },
  handlerAssigned: { handler: null },
  requiredDataRecorded: {
    complainant: {
      name: 'K. de Vries',
      role: 'client',
      address: null,
      city: null,
      phone: null,
      email: null,
    },
  },
  complainantConsulted: { hearings: [] },
  hearingScheduled: { hearings: [] },
  hearingHeld: { hearings: [] },
  othersHeardWithConsent: {
    hearings: [{ id: rowId(), date: ago(29), heard: 'other', party: 'de vorige coach' }],
    consent: { givenOn: null, how: null, scope: null },
  },
  extensionAllowed: { extensions: [] },
  decisionLetterSent: { decidedOn: null },
  reasonsGiven: { reasoning: null },
  outcomeRecorded: { outcome: null },
  closureRecorded: { closedOn: null },
  withinAppealWindow: { decidedOn: ago(30), appealedOn: ago(1) },
  appealDecisionSent: { appealDecidedOn: null },
  appealReviewerIndependent: { appealReviewer: ids.handler },
  reopenGrounds: { newInformationOn: null, dissatisfiedOn: null },
})

/** A state of the complaint, and the guard it breaks (null: every guard met, or as the channel has it). */
type Variant = { name: string; state: Record<string, unknown>; breaks: GuardName | null }

const ORAL_GUARDS: GuardName[] = ['oralComplaint', 'officialOrNotRequired']

/**
 * The states to try from a stage: every guard met; for each guard of its edges, one that breaks
 * that guard alone; oral complaints, in writing and not, where a guard asks about the channel.
 */
const variantsFor = (from: ComplaintStatus, rules: RegulationRules): Variant[] => {
  const base = complete(rules)
  const used = new Set(Object.values(TRANSITIONS[from]).flatMap((names) => names ?? []))
  const variants: Variant[] = [{ name: 'complete', state: base, breaks: null }]
  if (ORAL_GUARDS.some((name) => used.has(name)))
    variants.push(
      {
        name: 'oral, not in writing',
        state: { ...base, channel: 'phone', officialOn: null },
        breaks: null,
      },
      {
        name: 'oral, in writing',
        state: { ...base, channel: 'phone', officialOn: ago(39) },
        breaks: null,
      },
    )
  if (used.has('committeeIndependent'))
    variants.push(
      {
        name: 'committee with someone involved',
        state: { ...base, committee: committees.withInvolved },
        breaks: 'committeeIndependent',
      },
      { name: 'no committee', state: { ...base, committee: null }, breaks: 'committeeIndependent' },
    )
  if (used.has('admissible')) {
    const subject = rules.excludedSubjects[0]?.key
    if (subject)
      variants.push({
        name: 'excluded subject',
        state: { ...base, excludedSubject: subject },
        breaks: 'admissible',
      })
    if (rules.maxEventAge)
      variants.push({
        name: 'events too old',
        state: { ...base, eventsOn: ago(3650) },
        breaks: 'admissible',
      })
  }
  for (const name of used) {
    const change = breakOf()[name]
    if (change)
      variants.push({ name: `without ${name}`, state: { ...base, ...change }, breaks: name })
  }
  return variants
}

const asAdmin = () => createLocalReq({ user: { ...admin, collection: 'users' } as never }, payload)

/** Whether the save of the step is accepted; rolled back either way, so the state stays. */
const saveAccepted = async (id: number, to: ComplaintStatus): Promise<boolean> => {
  const req = (await asAdmin()) as PayloadRequest
  await initTransaction(req)
  try {
    await payload.update({
      collection: 'complaints',
      id,
      data: { status: to } as never,
      depth: 0,
      req,
      overrideAccess: false,
    })
    return true
  } catch (error) {
    if ((error as { status?: number }).status !== 400) throw error
    return false
  } finally {
    await killTransaction(req)
  }
}

describe('the next steps panel and the save', () => {
  const seenTakeable = new Set<string>()
  const seenBlocked = new Set<string>()
  const guardsSaidNo = new Set<GuardName>()

  it.each(REGULATIONS)(
    'agree on every edge of the transitions table, with each guard met and broken, under %s',
    async (slug) => {
      const disagreements: string[] = []
      const regulation = await payload.findByID({
        collection: 'regulations',
        id: regulations[slug],
      })
      const rules = rulesFromDocument((regulation as { rules?: unknown }).rules ?? {})
      const { id } = await payload.create({
        collection: 'complaints',
        depth: 0,
        data: withRequiredData({
          regulation: regulations[slug],
          channel: 'email',
          description: 'De afspraak werd niet nagekomen.',
        }) as never,
      })
      // A letter of every kind is there already: no save drafts one, which only costs time here.
      for (const kind of LETTER_KINDS)
        await payload.db.create({
          collection: 'letters',
          data: { complaint: id, kind, status: 'draft', subject: kind },
        })
      for (const from of COMPLAINT_STATUSES.filter((stage) => walked(slug, stage))) {
        for (const { name: variant, state, breaks } of variantsFor(from, rules)) {
          await payload.db.updateOne({
            collection: 'complaints',
            id,
            data: { ...state, regulation: regulations[slug], status: from },
            req: await asAdmin(),
          })
          const file = await loadCaseFile((await asAdmin()) as PayloadRequest, id, 'nl')
          if (!file) throw new Error(`no case file for ${slug} in ${from}`)
          expect(file.steps.map((step) => step.to).sort()).toEqual(
            Object.keys(TRANSITIONS[from]).sort(),
          )
          // A state that breaks one guard is tried on the edges that have that guard.
          const edgesToTry = file.steps.filter(
            (step) => !breaks || (TRANSITIONS[from][step.to] ?? []).includes(breaks),
          )
          for (const step of edgesToTry) {
            const edge = `${from} → ${step.to}`
            const accepted = await saveAccepted(id as number, step.to)
            ;(step.takeable ? seenTakeable : seenBlocked).add(edge)
            if (accepted !== step.takeable)
              disagreements.push(
                `${slug}, ${variant}: ${edge} panel ${step.takeable ? 'takeable' : 'blocked'}, save ${accepted ? 'accepted' : 'refused'}`,
              )
            if (!step.takeable) expect(step.needs.length).toBeGreaterThan(0)
          }
          // Which guards said no in this state, asked of the procedure core itself.
          const stored = await payload.findByID({ collection: 'complaints', id, depth: 0 })
          const { context } = (await procedureFor((await asAdmin()) as PayloadRequest, stored))!
          for (const names of Object.values(TRANSITIONS[from]))
            for (const name of names ?? [])
              if (guards[name](context).length > 0) guardsSaidNo.add(name)
        }
      }
      expect(disagreements).toEqual([])
    },
    600_000,
  )

  // Between them the regulations made every edge takeable somewhere and blocked somewhere, and
  // every guard said no.
  it('saw every edge takeable and blocked, and every guard say no', () => {
    const edges = Object.entries(TRANSITIONS).flatMap(([from, to]) =>
      Object.keys(to).map((target) => `${from} → ${target}`),
    )
    expect(edges.filter((edge) => !seenTakeable.has(edge))).toEqual([])
    expect(edges.filter((edge) => !seenBlocked.has(edge))).toEqual([])
    expect(Object.keys(guards).filter((name) => !guardsSaidNo.has(name as GuardName))).toEqual([])
  })
})
