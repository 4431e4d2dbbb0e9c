/**
 * Who handles, as each regulation demands it, holds at every step that rests on it: for every
 * model regulation and every edge of the table whose guards look at the handling people or the
 * required data, a change of those people (or a datum left out) after handling started is
 * refused where the regulation demands them, and passes where it does not.
 */
import type { ComplaintFacts, GuardName, RefusalRule, SeedSlug } from '../../../src/procedure'

import {
  canTransition,
  createContext,
  guards,
  handlingPeopleRefusals,
  SEED_SLUGS,
  seedRegulations,
  transitionEdges,
} from '../../../src/procedure'

/** Facts under which every people-guard passes for every model regulation. */
const passing: ComplaintFacts = {
  receivedOn: '2026-04-24',
  officialOn: '2026-04-24',
  acknowledgedOn: '2026-04-27',
  eventsOn: '2026-04-20',
  data: {
    name: 'Piet',
    address: 'Kerkweg 2',
    city: 'Zeist',
    phone: '06 12345678',
    email: 'piet@example.com',
    role: 'client',
    description: 'Hulp kwam niet.',
  },
  handler: 'dirk',
  committee: ['anna', 'bram'],
  appealReviewer: 'eva',
}

type Change = {
  name: string
  guard: GuardName
  change: (facts: ComplaintFacts) => ComplaintFacts
  rule: RefusalRule
  demanded: (slug: SeedSlug) => boolean
}

const rulesOf = (slug: SeedSlug) => seedRegulations[slug].rules

/** Each change of the handling people, the guard that must see it, and which regulations demand it. */
const CHANGES: Change[] = [
  {
    name: 'the handler removed',
    guard: 'handlerAssigned',
    change: (f) => ({ ...f, handler: null }),
    rule: 'handlerMissing',
    demanded: (slug) => rulesOf(slug).handling.kind === 'handler',
  },
  {
    name: 'a committee member left',
    guard: 'committeeIndependent',
    change: (f) => ({ ...f, committee: ['anna'] }),
    rule: 'committeeSizeWrong',
    demanded: (slug) => rulesOf(slug).handling.kind === 'committee',
  },
  {
    name: 'a member listed twice',
    guard: 'committeeIndependent',
    change: (f) => ({ ...f, committee: ['anna', 'anna'] }),
    rule: 'committeeSizeWrong',
    demanded: (slug) => rulesOf(slug).handling.kind === 'committee',
  },
  {
    name: 'a member turned out involved',
    guard: 'committeeIndependent',
    change: (f) => ({ ...f, involved: ['bram'] }),
    rule: 'committeeMemberInvolved',
    demanded: (slug) => rulesOf(slug).handling.kind === 'committee',
  },
  {
    name: 'the handler named reviewer',
    guard: 'appealReviewerIndependent',
    change: (f) => ({ ...f, appealReviewer: 'dirk' }),
    rule: 'appealReviewerNotIndependent',
    demanded: (slug) => rulesOf(slug).appealReviewerIndependent,
  },
  {
    name: 'the phone number left out',
    guard: 'requiredDataRecorded',
    change: (f) => ({ ...f, data: { ...f.data, phone: '' } }),
    rule: 'requiredDataMissing',
    demanded: (slug) => rulesOf(slug).requiredFields.includes('phone'),
  },
  {
    name: 'the events date left out',
    guard: 'requiredDataRecorded',
    change: (f) => ({ ...f, eventsOn: null }),
    rule: 'requiredDataMissing',
    demanded: (slug) => rulesOf(slug).requiredFields.includes('eventsOn'),
  },
]

const context = (slug: SeedSlug, facts: ComplaintFacts) =>
  createContext({ rules: rulesOf(slug), facts, today: '2026-05-29' })

const rows = SEED_SLUGS.flatMap((slug) =>
  transitionEdges().flatMap((edge) =>
    CHANGES.filter((change) => edge.guards.includes(change.guard)).map((change) => ({
      slug,
      edge,
      change,
      title: `${slug}: ${edge.from} → ${edge.to} with ${change.name}`,
    })),
  ),
)

describe('every guard on the handling people, at every transition that rests on it, for every regulation', () => {
  it('has a case for each of the five regulations', () => {
    expect(new Set(rows.map((row) => row.slug)).size).toBe(5)
  })

  it.each(rows)('$title', ({ slug, edge, change }) => {
    expect(guards[change.guard](context(slug, passing))).toEqual([])
    const refusals = guards[change.guard](context(slug, change.change(passing)))
    const result = canTransition(edge.from, edge.to, context(slug, change.change(passing)))
    if (change.demanded(slug)) {
      expect(refusals).toContainEqual(expect.objectContaining({ rule: change.rule }))
      expect(result.allowed).toBe(false)
      if (!result.allowed)
        expect(result.refusals).toContainEqual(expect.objectContaining({ rule: change.rule }))
    } else {
      expect(refusals).toEqual([])
    }
  })
})

describe('a save that only changes the handling people', () => {
  const statuses = [
    'inProgress',
    'hearing',
    'extended',
    'decided',
    'closed',
    'appealed',
    'appealDecided',
    'reopened',
  ] as const
  const peopleChanges = CHANGES.filter((change) => change.guard !== 'requiredDataRecorded')
  const cases = SEED_SLUGS.flatMap((slug) =>
    statuses.flatMap((status) =>
      peopleChanges.map((change) => ({
        slug,
        status,
        change,
        title: `${slug}, ${status}: ${change.name}`,
      })),
    ),
  )

  it.each(cases)('$title', ({ slug, status, change }) => {
    const appeal = status === 'appealed' || status === 'appealDecided'
    const demanded =
      change.demanded(slug) && (change.guard !== 'appealReviewerIndependent' || appeal)
    const refusals = handlingPeopleRefusals(status, context(slug, change.change(passing)))
    if (demanded) expect(refusals).toContainEqual(expect.objectContaining({ rule: change.rule }))
    else expect(refusals.filter((refusal) => refusal.rule === change.rule)).toEqual([])
  })

  it('leaves a complaint before handling alone, unless it names a committee', () => {
    expect(
      handlingPeopleRefusals(
        'received',
        context('krachtig-perspectief', { ...passing, handler: null }),
      ),
    ).toEqual([])
    expect(
      handlingPeopleRefusals(
        'received',
        context('in-focus-samen', { ...passing, committee: ['anna'] }),
      ),
    ).toEqual([{ rule: 'committeeSizeWrong', field: 'committee', params: { size: 2, count: 1 } }])
  })
})
