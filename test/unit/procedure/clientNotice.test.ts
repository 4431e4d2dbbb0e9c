import { checkNotice, noticeDue, noticeState } from '../../../src/procedure/clientNotice'
import { seedRegulations } from '../../../src/procedure/seeds'

import type { NoticeFacts } from '../../../src/procedure/clientNotice'
import type { RegulationRules } from '../../../src/procedure/rules'

const inFocus = seedRegulations['in-focus-samen'].rules
const withTerm = (informClientsWithin: RegulationRules['informClientsWithin']) => ({
  ...inFocus,
  informClientsWithin,
})

describe('the day a client is to be given the regulation', () => {
  it.each<[string, RegulationRules['informClientsWithin'], string, string | null]>([
    // IN FOCUS Samen's reading of "bij aanvang": 5 working days, Koningsdag does not count.
    [
      '5 working days past Koningsdag',
      { amount: 5, unit: 'workingDays' },
      '2026-04-24',
      '2026-05-04',
    ],
    [
      '5 working days from a Monday',
      { amount: 5, unit: 'workingDays' },
      '2026-03-02',
      '2026-03-09',
    ],
    // Day 1 is the first working day after the start: a Saturday start counts from the Monday.
    [
      '5 working days from a Saturday',
      { amount: 5, unit: 'workingDays' },
      '2026-03-07',
      '2026-03-13',
    ],
    // Two weeks ending on Boxing Day move to the next working day.
    ['2 weeks ending on a holiday', { amount: 2, unit: 'weeks' }, '2026-12-12', '2026-12-28'],
    ['no term', null, '2026-03-02', null],
  ])('%s', (_name, term, startedOn, expected) => {
    expect(noticeDue(withTerm(term), startedOn)?.date ?? null).toBe(expected)
  })

  it('says how it was counted, in Dutch and English', () => {
    expect(noticeDue(inFocus, '2026-04-24')?.explanation).toEqual({
      nl: '5 werkdagen na vr 24 apr 2026 (start van het traject); ma 27 apr (Koningsdag) telt niet mee',
      en: "5 working days after Fri 24 Apr 2026 (start of the trajectory); Mon 27 Apr (King's Day) does not count",
    })
  })
})

describe('where a client stands', () => {
  it.each<[string, string | null, string | null, string, string]>([
    ['given on the last day', '2026-03-09', '2026-03-09', '2026-04-01', 'inTime'],
    ['given a day late', '2026-03-09', '2026-03-10', '2026-04-01', 'late'],
    ['not given, last day today', '2026-03-09', null, '2026-03-09', 'open'],
    ['not given, term over', '2026-03-09', null, '2026-03-10', 'overdue'],
    ['no term: given is in time', null, '2026-09-01', '2026-10-01', 'inTime'],
    ['no term: never overdue', null, null, '2030-01-01', 'open'],
  ])('%s', (_name, dueOn, informedOn, today, expected) => {
    expect(noticeState(dueOn, informedOn, today)).toBe(expected)
  })
})

describe('what a record may not say', () => {
  const facts = (over: Partial<NoticeFacts>): NoticeFacts => ({
    trajectoryStartedOn: '2026-03-02',
    informedOn: '2026-03-04',
    informedHow: 'handedOver',
    ...over,
  })

  it('accepts a client given the regulation on the day the trajectory started, or not yet', () => {
    expect(checkNotice(inFocus, facts({ informedOn: '2026-03-02' }))).toEqual([])
    expect(checkNotice(inFocus, facts({ informedOn: null, informedHow: null }))).toEqual([])
  })

  it('refuses a date before the start of the trajectory, naming both days', () => {
    expect(checkNotice(inFocus, facts({ informedOn: '2026-02-27' }))).toEqual([
      {
        rule: 'noticeBeforeTrajectory',
        field: 'informedOn',
        params: { informedOn: '2026-02-27', startedOn: '2026-03-02' },
      },
    ])
  })

  it('asks how, once there is a date', () => {
    expect(checkNotice(inFocus, facts({ informedHow: null }))).toEqual([
      { rule: 'noticeHowMissing', field: 'informedHow' },
    ])
  })

  it.each(['izw-arbeidscoaching', 'krachtig-perspectief', 'izw-ambulant', 'hss'] as const)(
    'refuses any record under %s, whose regulation does not ask for it',
    (slug) => {
      expect(checkNotice(seedRegulations[slug].rules, facts({}))).toEqual([
        { rule: 'noticeNotProvided', field: 'regulation' },
      ])
    },
  )
})
