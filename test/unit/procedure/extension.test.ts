import type { ComplaintFacts, ExtensionFact, SeedSlug } from '../../../src/procedure'

import { canTransition, createContext, seedRegulations } from '../../../src/procedure'

const check = (
  slug: SeedSlug,
  extensions: ExtensionFact[],
  today = '2026-05-29',
  receivedOn = '2026-04-24',
) => {
  const facts: ComplaintFacts = {
    receivedOn,
    acknowledgedOn: '2026-04-28',
    extensions,
    handler: 'dirk',
    committee: ['anna', 'bram'],
  }
  const context = createContext({ rules: seedRegulations[slug].rules, facts, today })
  return canTransition('inProgress', 'extended', context)
}

// IZW Ambulant, received Fri 24 Apr 2026: decision due Fri 5 Jun, at most Fri 3 Jul 2026.
describe('extending the IZW Ambulant decision term (6 + 4 weeks, 10 at most)', () => {
  it.each<[string, ExtensionFact[]]>([
    [
      'allows one extension announced within the six weeks',
      [{ kind: 'fixed', announcedOn: '2026-05-29' }],
    ],
    [
      'allows announcing it on the last day of the term',
      [{ kind: 'fixed', announcedOn: '2026-06-05' }],
    ],
    [
      'allows a new date within the ten weeks',
      [{ kind: 'fixed', announcedOn: '2026-05-29', newDate: '2026-07-03' }],
    ],
    ['takes today as the announcement date when none is recorded', [{ kind: 'fixed' }]],
  ])('%s', (_behaviour, extensions) => {
    expect(check('izw-ambulant', extensions)).toEqual({ allowed: true })
  })

  it.each<[string, ExtensionFact[], string, string, Record<string, string | number> | null]>([
    [
      'refuses a second extension',
      [
        { kind: 'fixed', announcedOn: '2026-05-29' },
        { kind: 'fixed', announcedOn: '2026-06-30' },
      ],
      'extensionOnlyOnce',
      'extensions.1',
      { count: 2 },
    ],
    [
      'refuses an extension announced after the deadline',
      [{ kind: 'fixed', announcedOn: '2026-06-08' }],
      'extensionAnnouncedTooLate',
      'extensions.0.announcedOn',
      { announcedOn: '2026-06-08', deadline: '2026-06-05' },
    ],
    [
      'refuses a new date beyond ten weeks',
      [{ kind: 'fixed', announcedOn: '2026-05-29', newDate: '2026-07-06' }],
      'extensionBeyondMaximum',
      'extensions.0.newDate',
      { newDate: '2026-07-06', latest: '2026-07-03' },
    ],
    [
      'refuses a new date that is not later than the deadline',
      [{ kind: 'fixed', announcedOn: '2026-05-29', newDate: '2026-06-05' }],
      'extensionNewDateNotLater',
      'extensions.0.newDate',
      { newDate: '2026-06-05', deadline: '2026-06-05' },
    ],
    [
      'refuses an agreed date where the regulation fixes the extension',
      [{ kind: 'agreed', newDate: '2026-06-20', reason: 'r' }],
      'extensionKindMismatch',
      'extensions.0.kind',
      { expected: 'fixed', expected_nl: 'vaste verlenging', expected_en: 'fixed extension' },
    ],
    [
      'refuses extending without recording the extension',
      [],
      'extensionMissing',
      'extensions',
      null,
    ],
  ])('%s', (_behaviour, extensions, rule, field, params) => {
    const result = check('izw-ambulant', extensions)
    expect(result).toEqual({
      allowed: false,
      refusals: [params ? { rule, field, params } : { rule, field }],
    })
  })

  it('refuses an extension of an oral complaint whose term has not started', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      channel: 'oral',
      extensions: [{ kind: 'fixed' }],
    }
    const context = createContext({
      rules: seedRegulations['izw-ambulant'].rules,
      facts,
      today: '2026-05-01',
    })
    expect(canTransition('inProgress', 'extended', context)).toEqual({
      allowed: false,
      refusals: [{ rule: 'decisionTermNotStarted', field: 'officialOn' }],
    })
  })
})

// Krachtig Perspectief, received Thu 1 Oct 2026: decision due Thu 29 Oct 2026.
describe('agreeing a new date (Krachtig Perspectief, IN FOCUS Samen)', () => {
  const agreed = (extension: Partial<ExtensionFact>): ExtensionFact => ({
    kind: 'agreed',
    announcedOn: '2026-10-27',
    newDate: '2026-11-12',
    reason: 'de betrokken medewerker is ziek',
    ...extension,
  })

  it('allows a new date with a reason, announced in time', () => {
    expect(check('krachtig-perspectief', [agreed({})], '2026-10-27', '2026-10-01')).toEqual({
      allowed: true,
    })
  })

  it('allows a second agreed date announced before the first runs out', () => {
    const second = agreed({ announcedOn: '2026-11-10', newDate: '2026-11-26' })
    expect(check('krachtig-perspectief', [agreed({}), second], '2026-11-10', '2026-10-01')).toEqual(
      { allowed: true },
    )
  })

  it.each<[string, Partial<ExtensionFact>, string]>([
    [
      'refuses a new date without a reason (art. 4.3 "met opgave van de reden voor de vertraging")',
      { reason: '  ' },
      'extensionReasonMissing',
    ],
    [
      'refuses an announcement after the term ran out',
      { announcedOn: '2026-10-30' },
      'extensionAnnouncedTooLate',
    ],
    [
      'refuses a new date before the current one',
      { newDate: '2026-10-20' },
      'extensionNewDateNotLater',
    ],
  ])('%s', (_behaviour, change, rule) => {
    const result = check('krachtig-perspectief', [agreed(change)], '2026-10-27', '2026-10-01')
    expect(result).toEqual({ allowed: false, refusals: [expect.objectContaining({ rule })] })
  })

  it('lets Krachtig Perspectief extend without a new date: the text asks only the reason', () => {
    expect(
      check('krachtig-perspectief', [agreed({ newDate: null })], '2026-10-27', '2026-10-01'),
    ).toEqual({ allowed: true })
  })

  it('refuses an IN FOCUS extension without a new date ("er wordt een nieuwe afspraak gemaakt"), but not one without a reason', () => {
    expect(
      check('in-focus-samen', [agreed({ newDate: null })], '2026-10-27', '2026-10-01'),
    ).toEqual({
      allowed: false,
      refusals: [{ rule: 'extensionNewDateMissing', field: 'extensions.0.newDate' }],
    })
    expect(check('in-focus-samen', [agreed({ reason: null })], '2026-10-27', '2026-10-01')).toEqual(
      { allowed: true },
    )
  })

  it('refuses a second date announced after the first agreed date passed', () => {
    const late = agreed({ announcedOn: '2026-11-13', newDate: '2026-11-26' })
    const result = check('krachtig-perspectief', [agreed({}), late], '2026-11-13', '2026-10-01')
    expect(result).toEqual({
      allowed: false,
      refusals: [
        {
          rule: 'extensionAnnouncedTooLate',
          field: 'extensions.1.announcedOn',
          params: { announcedOn: '2026-11-13', deadline: '2026-11-12' },
        },
      ],
    })
  })
})

describe('regulations without extension', () => {
  it.each<SeedSlug>(['hss', 'izw-arbeidscoaching'])('%s refuses any extension', (slug) => {
    expect(check(slug, [{ kind: 'fixed', announcedOn: '2026-05-01' }])).toEqual({
      allowed: false,
      refusals: [{ rule: 'extensionNotProvided', field: 'extensions' }],
    })
  })
})
