import type { ComplaintFacts, SeedSlug } from '../../../src/procedure'

import {
  calendarFor,
  currentDecisionDeadline,
  deadlinesFor,
  findDeadline,
  pendingDeadlines,
  reportDeadlineFor,
  seedRegulations,
} from '../../../src/procedure'

const rulesOf = (slug: SeedSlug) => seedRegulations[slug].rules

const datesFor = (slug: SeedSlug, facts: ComplaintFacts): Record<string, string> =>
  Object.fromEntries(
    deadlinesFor(rulesOf(slug), facts).map((deadline) => [deadline.kind, deadline.date]),
  )

describe('deadlines per seed regulation', () => {
  it.each<[SeedSlug, ComplaintFacts, Record<string, string>]>([
    // IN FOCUS Samen: 5 wd acknowledgement, 4 wk non-admission and decision, all from receipt.
    [
      'in-focus-samen',
      { receivedOn: '2026-04-24' },
      { acknowledgement: '2026-05-04', nonAdmission: '2026-05-22', decision: '2026-05-22' },
    ],
    [
      'in-focus-samen',
      { receivedOn: '2026-04-27' },
      { acknowledgement: '2026-05-04', nonAdmission: '2026-05-26', decision: '2026-05-26' },
    ],
    [
      'in-focus-samen',
      { receivedOn: '2026-12-01' },
      { acknowledgement: '2026-12-08', nonAdmission: '2026-12-29', decision: '2026-12-29' },
    ],
    [
      'in-focus-samen',
      { receivedOn: '2026-04-24', channel: 'oral' },
      { acknowledgement: '2026-05-04', nonAdmission: '2026-05-22', decision: '2026-05-22' },
    ],
    // IZW Arbeidscoaching: the decision term waits for the complaint to be official.
    [
      'izw-arbeidscoaching',
      { receivedOn: '2026-04-24' },
      { acknowledgement: '2026-05-04', nonAdmission: '2026-05-22', decision: '2026-05-22' },
    ],
    [
      'izw-arbeidscoaching',
      { receivedOn: '2026-04-24', channel: 'oral' },
      { acknowledgement: '2026-05-04', nonAdmission: '2026-05-22' },
    ],
    [
      'izw-arbeidscoaching',
      { receivedOn: '2026-04-24', channel: 'oral', officialOn: '2026-04-29' },
      { acknowledgement: '2026-05-04', nonAdmission: '2026-05-22', decision: '2026-05-27' },
    ],
    [
      'izw-arbeidscoaching',
      { receivedOn: '2026-04-24', referredOn: '2026-05-05' },
      {
        acknowledgement: '2026-05-04',
        externalOfficerContact: '2026-05-11',
        nonAdmission: '2026-05-22',
        decision: '2026-05-22',
      },
    ],
    // Krachtig Perspectief: no non-admission term; the appeal window opens with the decision.
    [
      'krachtig-perspectief',
      { receivedOn: '2026-10-01' },
      { acknowledgement: '2026-10-08', decision: '2026-10-29' },
    ],
    [
      'krachtig-perspectief',
      { receivedOn: '2026-10-01', decidedOn: '2026-10-28' },
      { acknowledgement: '2026-10-08', decision: '2026-10-29', appeal: '2026-11-11' },
    ],
    [
      'krachtig-perspectief',
      { receivedOn: '2026-04-10', decidedOn: '2026-05-11' },
      { acknowledgement: '2026-04-17', decision: '2026-05-08', appeal: '2026-05-26' },
    ],
    // IZW Ambulant: 6 weeks from official, +4 once, 10 at most.
    [
      'izw-ambulant',
      { receivedOn: '2026-04-24' },
      { acknowledgement: '2026-05-04', nonAdmission: '2026-06-05', decision: '2026-06-05' },
    ],
    [
      'izw-ambulant',
      { receivedOn: '2026-03-26' },
      { acknowledgement: '2026-04-02', nonAdmission: '2026-05-07', decision: '2026-05-07' },
    ],
    [
      'izw-ambulant',
      { receivedOn: '2026-04-24', referredOn: '2026-04-24' },
      {
        acknowledgement: '2026-05-04',
        externalOfficerContact: '2026-05-04',
        nonAdmission: '2026-06-05',
        decision: '2026-06-05',
      },
    ],
    [
      'izw-ambulant',
      { receivedOn: '2026-04-24', extensions: [{ kind: 'fixed', announcedOn: '2026-05-29' }] },
      {
        acknowledgement: '2026-05-04',
        nonAdmission: '2026-06-05',
        decision: '2026-06-05',
        decisionExtended: '2026-07-03',
      },
    ],
    [
      'izw-ambulant',
      { receivedOn: '2026-10-16', extensions: [{ kind: 'fixed', announcedOn: '2026-11-20' }] },
      {
        acknowledgement: '2026-10-23',
        nonAdmission: '2026-11-27',
        decision: '2026-11-27',
        decisionExtended: '2026-12-28',
      },
    ],
    // HSS: 7 wd confirmation, 6 wk position, both from receipt.
    [
      'hss',
      { receivedOn: '2026-04-24' },
      { acknowledgement: '2026-05-06', decision: '2026-06-05' },
    ],
    [
      'hss',
      { receivedOn: '2026-12-23' },
      { acknowledgement: '2027-01-05', decision: '2027-02-03' },
    ],
    [
      'hss',
      { receivedOn: '2025-04-15' },
      { acknowledgement: '2025-04-25', decision: '2025-05-27' },
    ],
    [
      'hss',
      { receivedOn: '2026-04-24', channel: 'oral' },
      { acknowledgement: '2026-05-06', decision: '2026-06-05' },
    ],
  ])('%s with %j', (slug, facts, expected) => {
    expect(datesFor(slug, facts)).toEqual(expected)
  })

  it('marks who owes each deadline', () => {
    const facts: ComplaintFacts = { receivedOn: '2026-10-01', decidedOn: '2026-10-28' }
    const owed = deadlinesFor(rulesOf('krachtig-perspectief'), facts).map((d) => [d.kind, d.owedBy])
    expect(owed).toEqual([
      ['acknowledgement', 'organisation'],
      ['decision', 'organisation'],
      ['appeal', 'complainant'],
    ])
  })

  it('names the terms still waiting for their start', () => {
    const pending = pendingDeadlines(rulesOf('izw-ambulant'), {
      receivedOn: '2026-04-24',
      channel: 'oral',
    })
    expect(pending.map((p) => [p.kind, p.waitsFor])).toEqual([
      ['externalOfficerContact', 'referral'],
      ['decision', 'official'],
    ])
  })

  it('waits for the decision before the appeal window opens', () => {
    const pending = pendingDeadlines(rulesOf('krachtig-perspectief'), { receivedOn: '2026-10-01' })
    expect(pending.map((p) => p.kind)).toEqual(['appeal'])
  })
})

describe('deadline explanations', () => {
  it('explains the acknowledgement past Koningsdag in both languages', () => {
    const ack = findDeadline(
      deadlinesFor(rulesOf('izw-ambulant'), { receivedOn: '2026-04-24' }),
      'acknowledgement',
    )
    expect(ack).toMatchObject({
      anchor: 'receipt',
      anchorDate: '2026-04-24',
      term: { amount: 5, unit: 'workingDays' },
    })
    expect(ack?.explanation).toEqual({
      nl: '5 werkdagen na vr 24 apr 2026; ma 27 apr (Koningsdag) telt niet mee',
      en: "5 working days after Fri 24 Apr 2026; Mon 27 Apr (King's Day) does not count",
    })
  })

  it('explains the extended IZW Ambulant decision that rolls past Christmas', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-10-16',
      extensions: [{ kind: 'fixed', announcedOn: '2026-11-20' }],
    }
    const extended = findDeadline(deadlinesFor(rulesOf('izw-ambulant'), facts), 'decisionExtended')
    expect(extended?.term).toEqual({ amount: 10, unit: 'weeks' })
    expect(extended?.explanation).toEqual({
      nl: '10 weken na vr 16 okt 2026 (6 weken plus 4 weken verlenging) = vr 25 dec 2026 (Kerstmis), geen werkdag; dus ma 28 dec 2026',
      en: '10 weeks after Fri 16 Oct 2026 (6 weeks plus an extension of 4 weeks) = Fri 25 Dec 2026 (Christmas Day), not a working day; so Mon 28 Dec 2026',
    })
  })

  it('explains the Krachtig Perspectief appeal window ending on Whit Monday', () => {
    const facts: ComplaintFacts = { receivedOn: '2026-04-10', decidedOn: '2026-05-11' }
    expect(
      findDeadline(deadlinesFor(rulesOf('krachtig-perspectief'), facts), 'appeal')?.explanation,
    ).toEqual({
      nl: '2 weken na ma 11 mei 2026 = ma 25 mei 2026 (Tweede pinksterdag), geen werkdag; dus di 26 mei 2026',
      en: '2 weeks after Mon 11 May 2026 = Mon 25 May 2026 (Whit Monday), not a working day; so Tue 26 May 2026',
    })
  })

  it('explains an agreed new date with its reason', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-10-01',
      extensions: [
        {
          kind: 'agreed',
          announcedOn: '2026-10-27',
          newDate: '2026-11-12',
          reason: 'tweede gesprek nodig',
        },
      ],
    }
    const extended = findDeadline(
      deadlinesFor(rulesOf('krachtig-perspectief'), facts),
      'decisionExtended',
    )
    expect(extended).toMatchObject({
      date: '2026-11-12',
      anchor: 'extension',
      anchorDate: '2026-10-27',
      term: null,
    })
    expect(extended?.explanation).toEqual({
      nl: 'nieuwe datum afgesproken op di 27 okt 2026 (reden: tweede gesprek nodig)',
      en: 'new date agreed on Tue 27 Oct 2026 (reason: tweede gesprek nodig)',
    })
  })
})

describe('extended decision deadline', () => {
  const ambulant = rulesOf('izw-ambulant')

  it('uses a shorter fixed extension when the organisation names a date', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      extensions: [{ kind: 'fixed', announcedOn: '2026-05-29', newDate: '2026-06-19' }],
    }
    const extended = findDeadline(deadlinesFor(ambulant, facts), 'decisionExtended')
    expect(extended?.date).toBe('2026-06-19')
    expect(extended?.explanation.nl).toBe(
      'nieuwe datum gemeld op vr 29 mei 2026, binnen de verlenging van 4 weken',
    )
  })

  it('caps a fixed extension at the regulation maximum', () => {
    const capped = {
      ...ambulant,
      extension: {
        kind: 'fixed' as const,
        amount: 4,
        unit: 'weeks' as const,
        max: { amount: 8, unit: 'weeks' as const },
        requireNewDate: false,
        requireReason: false,
      },
    }
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      extensions: [{ kind: 'fixed', announcedOn: '2026-05-29' }],
    }
    const extended = findDeadline(deadlinesFor(capped, facts), 'decisionExtended')
    expect(extended?.date).toBe('2026-06-19')
    expect(extended?.explanation.en).toBe(
      '8 weeks after Fri 24 Apr 2026 (6 weeks plus an extension of 4 weeks, at most 8 weeks)',
    )
  })

  it('chains an extension in another unit from where the decision term ended', () => {
    const mixed = {
      ...ambulant,
      extension: {
        kind: 'fixed' as const,
        amount: 10,
        unit: 'workingDays' as const,
        max: null,
        requireNewDate: false,
        requireReason: false,
      },
    }
    const facts: ComplaintFacts = { receivedOn: '2026-04-24', extensions: [{ kind: 'fixed' }] }
    const extended = findDeadline(deadlinesFor(mixed, facts), 'decisionExtended')
    expect(extended).toMatchObject({
      date: '2026-06-19',
      anchor: 'official',
      anchorDate: '2026-04-24',
      term: null,
    })
    expect(extended?.explanation).toEqual({
      nl: '10 werkdagen na vr 5 jun 2026 (verlenging; 6 weken na vr 24 apr 2026)',
      en: '10 working days after Fri 5 Jun 2026 (extension; 6 weeks after Fri 24 Apr 2026)',
    })
  })

  it('takes the last agreed date when several were agreed', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      extensions: [
        { kind: 'agreed', announcedOn: '2026-05-20', newDate: '2026-06-01', reason: 'a' },
        { kind: 'agreed', announcedOn: '2026-05-29', newDate: '2026-06-12', reason: 'b' },
      ],
    }
    const deadlines = deadlinesFor(rulesOf('in-focus-samen'), facts)
    expect(currentDecisionDeadline(deadlines)?.date).toBe('2026-06-12')
  })

  it('is the original decision deadline while nothing was extended', () => {
    expect(
      currentDecisionDeadline(deadlinesFor(ambulant, { receivedOn: '2026-04-24' }))?.kind,
    ).toBe('decision')
  })

  it('ignores extensions where the regulation has none', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-04-24',
      extensions: [{ kind: 'fixed', announcedOn: '2026-05-01' }],
    }
    expect(findDeadline(deadlinesFor(rulesOf('hss'), facts), 'decisionExtended')).toBeUndefined()
  })
})

describe('report threshold', () => {
  it('measures IZW Arbeidscoaching against 6 weeks although it answers in 4', () => {
    const facts: ComplaintFacts = { receivedOn: '2026-04-24' }
    const rules = rulesOf('izw-arbeidscoaching')
    expect(findDeadline(deadlinesFor(rules, facts), 'decision')?.date).toBe('2026-05-22')
    expect(reportDeadlineFor(rules, facts)?.date).toBe('2026-06-05')
  })

  it('measures against the extended decision where the regulation sets no threshold of its own', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-10-01',
      extensions: [
        { kind: 'agreed', announcedOn: '2026-10-27', newDate: '2026-11-12', reason: 'r' },
      ],
    }
    expect(reportDeadlineFor(rulesOf('krachtig-perspectief'), facts)?.date).toBe('2026-11-12')
  })
})

describe('calendarFor', () => {
  it('builds the calendar from the regulation holiday settings', () => {
    const rules = {
      ...rulesOf('hss'),
      holidays: { goodFriday: true, liberationDay: 'always' as const, closedOn: [] },
    }
    const calendar = calendarFor(rules)
    expect(calendar.isWorkingDay('2026-04-03')).toBe(false)
    expect(calendar.isWorkingDay('2026-05-05')).toBe(false)
    expect(calendarFor(rulesOf('hss')).isWorkingDay('2026-04-03')).toBe(true)
  })

  it('moves the HSS acknowledgement when the organisation closes on Bevrijdingsdag', () => {
    const rules = {
      ...rulesOf('hss'),
      holidays: { goodFriday: false, liberationDay: 'always' as const, closedOn: [] },
    }
    expect(
      findDeadline(deadlinesFor(rules, { receivedOn: '2026-04-24' }), 'acknowledgement')?.date,
    ).toBe('2026-05-07')
  })
})
