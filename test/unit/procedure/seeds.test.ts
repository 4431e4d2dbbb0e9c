import type { SeedSlug } from '../../../src/procedure'

import { copySeed, SEED_SLUGS, seedRegulations, validateRules } from '../../../src/procedure'

const at = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value)

describe('seed regulations', () => {
  it('ships exactly the five regulations, keyed by their slug', () => {
    expect(SEED_SLUGS).toEqual([
      'in-focus-samen',
      'izw-arbeidscoaching',
      'krachtig-perspectief',
      'izw-ambulant',
      'hss',
    ])
    for (const slug of SEED_SLUGS) expect(seedRegulations[slug].slug).toBe(slug)
  })

  it.each(SEED_SLUGS)('%s passes rule validation', (slug) => {
    expect(validateRules(seedRegulations[slug].rules)).toEqual([])
  })

  // Each row is read from the regulation's own text (see RULES.md).
  it.each<[SeedSlug, string, unknown]>([
    ['in-focus-samen', 'acknowledgement', { amount: 5, unit: 'workingDays', from: 'receipt' }],
    ['in-focus-samen', 'decision', { amount: 4, unit: 'weeks', from: 'receipt' }],
    ['in-focus-samen', 'nonAdmission', { amount: 4, unit: 'weeks', from: 'receipt' }],
    // Step 6: "er wordt een nieuwe afspraak gemaakt": a new date, no reason asked.
    ['in-focus-samen', 'extension', { kind: 'agreed', requireNewDate: true, requireReason: false }],
    // Step 2: "indien de klacht niet op schrift gesteld is, zal worden verzocht dit alsnog te doen".
    ['in-focus-samen', 'writtenConfirmationRequested', true],
    ['in-focus-samen', 'requiredFields', ['name', 'description']],
    ['in-focus-samen', 'reportNonAdmissionAgainst', 'nonAdmissionTerm'],
    ['in-focus-samen', 'escalationBodies.0.appliesTo', 'uwvClients'],
    ['in-focus-samen', 'handling', { kind: 'committee', committeeSize: 2 }],
    ['in-focus-samen', 'hearingRequired', true],
    ['in-focus-samen', 'informUwvLabourExpert', true],
    ['in-focus-samen', 'writtenOnly', false],
    ['in-focus-samen', 'appeal', null],
    // "Op verzoek van een opdrachtgever zal inzage worden gegeven in de klachten".
    ['in-focus-samen', 'commissioningPartyInsight', true],
    ['in-focus-samen', 'commissioningParties.0', { key: 'uwv', name: 'UWV' }],
    ['hss', 'commissioningPartyInsight', false],
    ['hss', 'commissioningParties', []],
    ['izw-ambulant', 'commissioningPartyInsight', false],
    // "Het klachtenreglement wordt bij aanvang van het traject bij de cliënt onder de aandacht gebracht".
    ['in-focus-samen', 'informClientsAtStart', true],
    ['in-focus-samen', 'informClientsWithin', { amount: 5, unit: 'workingDays' }],
    ['izw-arbeidscoaching', 'informClientsAtStart', false],
    ['krachtig-perspectief', 'informClientsAtStart', false],
    ['izw-arbeidscoaching', 'decision', { amount: 4, unit: 'weeks', from: 'official' }],
    ['izw-arbeidscoaching', 'reportThreshold', { amount: 6, unit: 'weeks', from: 'official' }],
    [
      'izw-arbeidscoaching',
      'externalOfficerContact',
      { amount: 5, unit: 'calendarDays', from: 'referral' },
    ],
    ['izw-arbeidscoaching', 'extension', { kind: 'none' }],
    ['izw-arbeidscoaching', 'writtenOnly', true],
    ['izw-arbeidscoaching', 'writtenConfirmationRequested', true],
    // "het aantal ingediende klachten dat niet binnen de gestelde termijn van 6 weken is afgehandeld".
    ['izw-arbeidscoaching', 'reportNonAdmissionAgainst', 'reportThreshold'],
    ['izw-arbeidscoaching', 'requiredFields', ['name', 'address', 'city', 'phone', 'description']],
    [
      'izw-arbeidscoaching',
      'complainantRoles',
      ['client', 'legalRepresentative', 'survivingRelative'],
    ],
    ['izw-arbeidscoaching', 'clientDetails', ['dateOfBirth']],
    // Art. 1: "De natuurlijke persoon, rechtspersoon of vertegenwoordiger die een klacht indient".
    [
      'krachtig-perspectief',
      'complainantRoles',
      ['client', 'representative', 'legalEntity', 'commissioningParty', 'other'],
    ],
    ['krachtig-perspectief', 'clientDetails', []],
    ['hss', 'complainantRoles', ['client']],
    ['krachtig-perspectief', 'appeal', { amount: 2, unit: 'weeks', from: 'decision' }],
    ['krachtig-perspectief', 'appealReviewerIndependent', true],
    // Art. 4.3: "wordt de klager tijdig geïnformeerd, met opgave van de reden voor de vertraging".
    [
      'krachtig-perspectief',
      'extension',
      { kind: 'agreed', requireNewDate: false, requireReason: true },
    ],
    // Art. 4.1: "Een omschrijving van de klacht, met vermelding van relevante feiten en data".
    ['krachtig-perspectief', 'requiredFields', ['name', 'contact', 'description', 'eventsOn']],
    ['krachtig-perspectief', 'handling', { kind: 'handler', committeeSize: null }],
    ['krachtig-perspectief', 'foundedVerdict', true],
    ['krachtig-perspectief', 'reopenOnNewInformation', true],
    ['krachtig-perspectief', 'nonAdmission', null],
    ['izw-ambulant', 'decision', { amount: 6, unit: 'weeks', from: 'official' }],
    [
      'izw-ambulant',
      'extension',
      {
        kind: 'fixed',
        amount: 4,
        unit: 'weeks',
        max: { amount: 10, unit: 'weeks' },
        requireNewDate: false,
        requireReason: false,
      },
    ],
    ['izw-ambulant', 'reportNonAdmissionAgainst', 'reportThreshold'],
    ['izw-ambulant', 'nonAdmission', { amount: 6, unit: 'weeks', from: 'receipt' }],
    ['izw-ambulant', 'maxEventAge', { amount: 1, unit: 'years' }],
    [
      'izw-ambulant',
      'externalOfficerContact',
      { amount: 5, unit: 'workingDays', from: 'referral' },
    ],
    ['hss', 'acknowledgement', { amount: 7, unit: 'workingDays', from: 'receipt' }],
    ['hss', 'decision', { amount: 6, unit: 'weeks', from: 'receipt' }],
    ['hss', 'handling', { kind: 'directie', committeeSize: null }],
    ['hss', 'excludedSubjects.0.key', 'administrationCosts'],
    ['hss', 'decisionInWriting', false],
    // 3.3: "De directie onderzoekt de klacht in overleg met de klager".
    ['hss', 'complainantConsulted', true],
    ['hss', 'requiredFields', ['name', 'description']],
  ])('%s sets %s as the text says', (slug, path, expected) => {
    expect(at(seedRegulations[slug].rules, path)).toEqual(expected)
  })

  it('applies Krachtig Perspectief to complaints submitted after 1 October 2024 only (art. 8: "na deze datum")', () => {
    expect([
      seedRegulations['krachtig-perspectief'].inForceFrom,
      seedRegulations['krachtig-perspectief'].inForceStrictly,
    ]).toEqual(['2024-10-02', true])
  })

  it('reads the date of IZW Arbeidscoaching ("versie 3, 25-01-2024") as the last change, not a start', () => {
    expect([
      seedRegulations['izw-arbeidscoaching'].inForceFrom,
      seedRegulations['izw-arbeidscoaching'].inForceStrictly,
    ]).toEqual(['2024-01-25', false])
  })

  it.each(SEED_SLUGS)('%s closes only on Dutch public holidays', (slug) => {
    expect(seedRegulations[slug].rules.holidays).toEqual({
      goodFriday: false,
      liberationDay: 'never',
      closedOn: [],
    })
  })

  it('binds the two IederZijnWerk regulations to their client categories', () => {
    expect(seedRegulations['izw-arbeidscoaching'].clientCategory).toBe('arbeidscoaching')
    expect(seedRegulations['izw-ambulant'].clientCategory).toBe('ambulant')
  })

  it('survives a JSON round trip unchanged, as stored admin data must', () => {
    for (const slug of SEED_SLUGS) {
      expect(JSON.parse(JSON.stringify(seedRegulations[slug]))).toEqual(seedRegulations[slug])
    }
  })

  it('hands out copies that can be edited without touching the seed', () => {
    const copy = copySeed('hss')
    copy.rules.excludedSubjects.push({ key: 'parking', label: { nl: 'parkeren', en: 'parking' } })
    expect(seedRegulations.hss.rules.excludedSubjects).toHaveLength(1)
  })
})

describe('validateRules', () => {
  it.each<[string, (rules: ReturnType<typeof copySeed>['rules']) => void, string, string]>([
    [
      'a negative term',
      (r) => void (r.decision = { amount: -2, unit: 'weeks', from: 'receipt' }),
      'termInvalid',
      'decision',
    ],
    [
      'a committee without a size',
      (r) => void (r.handling = { kind: 'committee', committeeSize: null }),
      'committeeSizeMissing',
      'handling.committeeSize',
    ],
    [
      'a fixed extension without a decision term',
      (r) => void (r.decision = null),
      'extensionWithoutDecisionTerm',
      'extension',
    ],
    [
      'a fractional cap',
      (r) =>
        void (r.extension = {
          kind: 'fixed',
          amount: 4,
          unit: 'weeks',
          max: { amount: 9.5, unit: 'weeks' },
          requireNewDate: false,
          requireReason: false,
        }),
      'termInvalid',
      'extension.max',
    ],
  ])('refuses %s', (_case, edit, rule, field) => {
    const rules = copySeed('izw-ambulant').rules
    edit(rules)
    expect(validateRules(rules)).toContainEqual({ rule, field })
  })
})
