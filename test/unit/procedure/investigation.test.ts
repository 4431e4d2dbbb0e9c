import type { ComplaintFacts, ConsentFact, HearingFact, SeedSlug } from '../../../src/procedure'

import {
  canTransition,
  consentRefusals,
  copySeed,
  createContext,
  describeRefusal,
  guards,
  othersHeardWithoutConsent,
  sideHeard,
  sidesNotHeard,
} from '../../../src/procedure'

const TODAY = '2026-05-20'

const seedCase = (slug: SeedSlug, facts: ComplaintFacts, today = TODAY) =>
  createContext({ rules: copySeed(slug).rules, facts, today })

const CONSENT: ConsentFact = {
  givenOn: '2026-05-11',
  how: 'email',
  scope: 'De vorige coach mag worden gevraagd.',
}

describe('a side of hoor en wederhoor is heard', () => {
  it.each<[string, boolean, boolean, HearingFact[]]>([
    ['no conversation yet', false, false, []],
    ['the complainant yesterday', true, false, [{ date: '2026-05-19', heard: 'complainant' }]],
    ['the employee today', false, true, [{ date: TODAY, heard: 'employee' }]],
    ['both at once', true, true, [{ date: '2026-05-12', heard: 'complainantAndEmployee' }]],
    [
      'both, planned for next week',
      false,
      false,
      [{ date: '2026-05-27', heard: 'complainantAndEmployee' }],
    ],
    ['the employee declined, no date', false, true, [{ heard: 'employee', waived: true }]],
    [
      'the complainant declined a planned one',
      true,
      false,
      [{ date: '2026-05-27', heard: 'complainant', waived: true }],
    ],
    ['someone else only', false, false, [{ date: '2026-05-12', heard: 'other' }]],
    ['a date without whom', false, false, [{ date: '2026-05-12' }]],
  ])('%s: complainant heard %s, employee heard %s', (_, complainant, employee, hearings) => {
    expect(sideHeard(hearings, 'complainant', TODAY)).toBe(complainant)
    expect(sideHeard(hearings, 'employee', TODAY)).toBe(employee)
  })

  it.each<[string, string | null, string | null, HearingFact[]]>([
    [
      'nobody heard',
      'de klager en de betrokken medewerker',
      'the complainant and the employee concerned',
      [],
    ],
    [
      'the complainant heard',
      'de betrokken medewerker',
      'the employee concerned',
      [{ date: '2026-05-19', heard: 'complainant' }],
    ],
    [
      'the employee heard',
      'de klager',
      'the complainant',
      [{ date: '2026-05-19', heard: 'employee' }],
    ],
    ['both heard', null, null, [{ date: '2026-05-19', heard: 'complainantAndEmployee' }]],
  ])('%s: still to be heard %s', (_, nl, en, hearings) => {
    const refusals = sidesNotHeard(hearings, TODAY)
    if (nl === null) return expect(refusals).toEqual([])
    expect(refusals).toEqual([
      { rule: 'sidesNotHeard', field: 'hearings', params: { sides_nl: nl, sides_en: en } },
    ])
    expect(describeRefusal(refusals[0]!, 'nl')).toBe(
      `De regeling vraagt hoor en wederhoor vóór de uitspraak; nog niet gehoord: ${nl}. Leg het gesprek vast (op of vóór vandaag), of dat werd afgezien van horen.`,
    )
    expect(describeRefusal(refusals[0]!, 'en')).toBe(
      `The regulation requires hearing both sides before the decision; not heard yet: ${en}. Record the conversation (on or before today), or that the hearing was waived.`,
    )
  })
})

describe('consent before consulting others (IZW: "altijd na toestemming van de betrokken partij")', () => {
  const izw = { consentToConsultOthers: true }

  it.each<[string, string | null, ConsentFact | null]>([
    ['none', 'de datum, hoe die is gegeven en waarvoor die geldt', null],
    ['a date only', 'hoe die is gegeven en waarvoor die geldt', { givenOn: '2026-05-11' }],
    ['no scope', 'waarvoor die geldt', { givenOn: '2026-05-11', how: 'oral', scope: '  ' }],
    ['no date', 'de datum', { how: 'form', scope: 'alles' }],
    ['in full', null, CONSENT],
  ])('consent recorded as %s: still missing %s', (_, missing, consent) => {
    const refusals = consentRefusals(izw, consent)
    if (missing === null) return expect(refusals).toEqual([])
    expect(refusals).toHaveLength(1)
    expect(refusals[0]).toMatchObject({ rule: 'consentMissing', field: 'consent' })
    expect(describeRefusal(refusals[0]!, 'nl')).toBe(
      `De regeling benadert anderen dan de klager en de betrokken medewerker alleen na toestemming van de klager. Leg eerst die toestemming vast; nog niet ingevuld: ${missing}.`,
    )
    expect(describeRefusal(refusals[0]!, 'en')).toMatch(
      /^The regulation contacts anyone other than the complainant and the employee concerned only with the complainant’s consent\. Record that consent first; not filled in yet: .+\.$/,
    )
  })

  it('asks nothing of a regulation without the rule', () => {
    expect(consentRefusals({ consentToConsultOthers: false }, null)).toEqual([])
    expect(
      othersHeardWithoutConsent(
        { consentToConsultOthers: false },
        [{ date: '2026-05-12', heard: 'other' }],
        null,
      ),
    ).toEqual([])
  })

  it('refuses a conversation with someone else before the consent, and none after it or with the two sides', () => {
    expect(
      othersHeardWithoutConsent(
        izw,
        [
          { date: '2026-05-12', heard: 'complainantAndEmployee' },
          { date: '2026-05-11', heard: 'other' },
          { date: '2026-05-27', heard: 'other' },
        ],
        CONSENT,
      ),
    ).toEqual([])
    const early = othersHeardWithoutConsent(izw, [{ date: '2026-05-08', heard: 'other' }], CONSENT)
    expect(early).toEqual([
      {
        rule: 'consultedBeforeConsent',
        field: 'consent',
        params: { consultedOn: '2026-05-08', givenOn: '2026-05-11' },
      },
    ])
    expect(describeRefusal(early[0]!, 'nl')).toBe(
      'Het gesprek met een ander op vr 8 mei 2026 ligt vóór de toestemming van de klager (ma 11 mei 2026); de regeling benadert anderen pas na toestemming.',
    )
    // Declined, it consulted nobody.
    expect(
      othersHeardWithoutConsent(izw, [{ date: '2026-05-08', heard: 'other', waived: true }], null),
    ).toEqual([])
  })

  it('says it once for several conversations without consent', () => {
    expect(
      othersHeardWithoutConsent(
        izw,
        [
          { date: '2026-05-12', heard: 'other' },
          { date: '2026-05-13', heard: 'other' },
        ],
        null,
      ),
    ).toHaveLength(1)
  })
})

describe('the guards of the investigation, with the seed regulations', () => {
  const decided: ComplaintFacts = {
    receivedOn: '2026-04-24',
    decidedOn: '2026-05-15',
    decisionMotivation: 'zie brief',
    committee: ['anna', 'bram'],
  }

  it.each<[SeedSlug, boolean]>([
    ['in-focus-samen', true],
    ['izw-arbeidscoaching', false],
    ['izw-ambulant', false],
    ['krachtig-perspectief', false],
    ['hss', false],
  ])('%s asks hoor en wederhoor before the decision: %s', (slug, asked) => {
    expect(guards.hearingHeld(seedCase(slug, decided)).length > 0).toBe(asked)
  })

  it.each<[SeedSlug, boolean]>([
    ['in-focus-samen', false],
    ['izw-arbeidscoaching', true],
    ['izw-ambulant', true],
    ['krachtig-perspectief', false],
    ['hss', false],
  ])('%s asks consent before someone else is heard: %s', (slug, asked) => {
    const facts = { ...decided, hearings: [{ date: '2026-05-12', heard: 'other' as const }] }
    expect(guards.othersHeardWithConsent(seedCase(slug, facts)).length > 0).toBe(asked)
    expect(guards.othersHeardWithConsent(seedCase(slug, { ...facts, consent: CONSENT }))).toEqual(
      [],
    )
  })

  it('lets IN FOCUS decide once both were heard, not while the employee is only invited', () => {
    const planned = {
      ...decided,
      employeeConcerned: true,
      hearings: [
        { date: '2026-05-12', heard: 'complainant' as const },
        { date: '2026-05-27', heard: 'employee' as const },
      ],
    }
    expect(canTransition('inProgress', 'decided', seedCase('in-focus-samen', planned))).toEqual({
      allowed: false,
      refusals: [
        {
          rule: 'sidesNotHeard',
          field: 'hearings',
          params: { sides_nl: 'de betrokken medewerker', sides_en: 'the employee concerned' },
        },
      ],
    })
    // A week later the conversation has taken place.
    expect(
      canTransition('inProgress', 'decided', seedCase('in-focus-samen', planned, '2026-05-28')),
    ).toEqual({
      allowed: true,
    })
  })

  it('lets IN FOCUS decide a complaint that names no employee once the complainant was heard', () => {
    const facts = { ...decided, employeeConcerned: false }
    expect(canTransition('inProgress', 'decided', seedCase('in-focus-samen', facts))).toEqual({
      allowed: false,
      refusals: [
        {
          rule: 'sidesNotHeard',
          field: 'hearings',
          params: { sides_nl: 'de klager', sides_en: 'the complainant' },
        },
      ],
    })
    const heard = { ...facts, hearings: [{ date: '2026-05-12', heard: 'complainant' as const }] }
    expect(canTransition('inProgress', 'decided', seedCase('in-focus-samen', heard))).toEqual({
      allowed: true,
    })
    // The same hearing leaves the employee's side open once the complaint names one.
    expect(
      canTransition(
        'inProgress',
        'decided',
        seedCase('in-focus-samen', { ...heard, employeeConcerned: true }),
      ).allowed,
    ).toBe(false)
  })

  it('lets HSS decide after a conversation with the complainant, not while one is only planned (3.3: "in overleg met de klager")', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      decidedOn: '2026-05-28',
      decisionMotivation: 'zie gesprek',
      complainantConsultedOn: '2026-05-27',
    }
    expect(canTransition('inProgress', 'decided', seedCase('hss', facts))).toEqual({
      allowed: false,
      refusals: [{ rule: 'complainantNotConsulted', field: 'hearings' }],
    })
    expect(canTransition('inProgress', 'decided', seedCase('hss', facts, '2026-05-28'))).toEqual({
      allowed: true,
    })
  })

  it('keeps an IZW complaint out of the hearing stage with someone else planned before the consent', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      hearingOn: '2026-05-12',
      hearings: [{ date: '2026-05-12', heard: 'other' }],
    }
    expect(canTransition('inProgress', 'hearing', seedCase('izw-ambulant', facts))).toMatchObject({
      allowed: false,
      refusals: [expect.objectContaining({ rule: 'consentMissing', field: 'consent' })],
    })
    expect(
      canTransition(
        'inProgress',
        'hearing',
        seedCase('izw-ambulant', { ...facts, consent: CONSENT }),
      ),
    ).toEqual({ allowed: true })
  })
})
