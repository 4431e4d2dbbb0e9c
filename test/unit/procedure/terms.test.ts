import type { Term } from '../../../src/procedure'

import {
  addTerm,
  addTermExplained,
  createCalendar,
  explainTerm,
  subtractTerm,
} from '../../../src/procedure'

const calendar = createCalendar()

describe('addTerm', () => {
  it.each<[string, string, Term, string]>([
    [
      'counts working days from the next working day',
      '2026-04-24',
      { amount: 5, unit: 'workingDays' },
      '2026-05-04',
    ],
    [
      'ends a week term on the same weekday',
      '2026-04-10',
      { amount: 6, unit: 'weeks' },
      '2026-05-22',
    ],
    [
      'moves a week term that ends on Whit Monday to Tuesday',
      '2026-04-13',
      { amount: 6, unit: 'weeks' },
      '2026-05-26',
    ],
    [
      'moves a week term that ends on a Sunday to Monday',
      '2026-04-12',
      { amount: 4, unit: 'weeks' },
      '2026-05-11',
    ],
    [
      'moves a calendar-day term past a weekend and Koningsdag',
      '2026-04-20',
      { amount: 5, unit: 'calendarDays' },
      '2026-04-28',
    ],
    [
      'keeps Goede Vrijdag as a working day by default',
      '2026-03-20',
      { amount: 2, unit: 'weeks' },
      '2026-04-03',
    ],
    [
      'crosses the change to summer time without losing a day',
      '2026-03-27',
      { amount: 1, unit: 'weeks' },
      '2026-04-03',
    ],
    [
      'crosses the change to winter time without gaining a day',
      '2026-10-23',
      { amount: 1, unit: 'weeks' },
      '2026-10-30',
    ],
    ['crosses the year end', '2026-12-10', { amount: 4, unit: 'weeks' }, '2027-01-07'],
    [
      'moves a term ending on New Year to the next working day',
      '2026-12-04',
      { amount: 4, unit: 'weeks' },
      '2027-01-04',
    ],
    [
      'clamps a month term to the end of a short month, then rolls',
      '2026-01-31',
      { amount: 1, unit: 'months' },
      '2026-03-02',
    ],
    [
      'lands on 29 February in a leap year',
      '2028-01-31',
      { amount: 1, unit: 'months' },
      '2028-02-29',
    ],
    [
      'counts a year from 29 February to 28 February',
      '2024-02-29',
      { amount: 1, unit: 'years' },
      '2025-02-28',
    ],
    [
      'returns the start for a zero term on a working day',
      '2026-04-24',
      { amount: 0, unit: 'weeks' },
      '2026-04-24',
    ],
  ])('%s', (_behaviour, date, term, expected) => {
    expect(addTerm(calendar, date, term)).toBe(expected)
  })

  it.each<[string, Term, string]>([
    ['2026-04-20', { amount: 5, unit: 'calendarDays' }, '2026-04-25'],
    ['2026-04-13', { amount: 6, unit: 'weeks' }, '2026-05-25'],
    ['2026-01-31', { amount: 1, unit: 'months' }, '2026-02-28'],
  ])('does not roll %s + %j when roll-over is off', (date, term, expected) => {
    expect(addTerm(calendar, date, term, { rollToWorkingDay: false })).toBe(expected)
  })

  it('rolls past Goede Vrijdag only when the organisation closes on it', () => {
    const closedOnGoodFriday = createCalendar({ goodFriday: true })
    expect(addTerm(closedOnGoodFriday, '2026-03-20', { amount: 2, unit: 'weeks' })).toBe(
      '2026-04-07',
    )
  })

  it.each<[string, Term]>([
    ['a negative amount', { amount: -1, unit: 'weeks' }],
    ['a fractional amount', { amount: 1.5, unit: 'weeks' }],
    ['an unknown unit', { amount: 2, unit: 'fortnights' as never }],
  ])('refuses %s', (_case, term) => {
    expect(() => addTerm(calendar, '2026-04-24', term)).toThrow(/^Invalid term/)
  })

  it('refuses an invalid start date for calendar terms too', () => {
    expect(() => addTerm(calendar, '2026-02-30', { amount: 1, unit: 'weeks' })).toThrow(
      /^Invalid date/,
    )
  })
})

describe('addTermExplained', () => {
  it('lists the holiday a working-day term skipped', () => {
    expect(addTermExplained(calendar, '2026-04-24', { amount: 5, unit: 'workingDays' })).toEqual({
      date: '2026-05-04',
      skipped: [{ date: '2026-04-27', name: { nl: 'Koningsdag', en: "King's Day" } }],
    })
  })

  it('does not list weekends nor holidays on weekends', () => {
    expect(
      addTermExplained(calendar, '2026-12-24', { amount: 1, unit: 'workingDays' }).skipped,
    ).toEqual([{ date: '2026-12-25', name: { nl: 'Kerstmis', en: 'Christmas Day' } }])
  })

  it('records where a rolled term really ended and what it passed', () => {
    expect(addTermExplained(calendar, '2026-04-20', { amount: 5, unit: 'calendarDays' })).toEqual({
      date: '2026-04-28',
      skipped: [{ date: '2026-04-27', name: { nl: 'Koningsdag', en: "King's Day" } }],
      rolledFrom: '2026-04-25',
    })
  })

  it('records nothing rolled when roll-over is off', () => {
    expect(
      addTermExplained(
        calendar,
        '2026-04-13',
        { amount: 6, unit: 'weeks' },
        { rollToWorkingDay: false },
      ),
    ).toEqual({
      date: '2026-05-25',
      skipped: [],
    })
  })
})

describe('subtractTerm', () => {
  it.each<[string, Term, string]>([
    ['2026-04-24', { amount: 1, unit: 'years' }, '2025-04-24'],
    ['2024-02-29', { amount: 1, unit: 'years' }, '2023-02-28'],
    ['2026-03-31', { amount: 1, unit: 'months' }, '2026-02-28'],
    ['2026-01-05', { amount: 3, unit: 'workingDays' }, '2025-12-30'],
    ['2026-05-04', { amount: 2, unit: 'weeks' }, '2026-04-20'],
  ])('puts %s minus %j on %s, without roll-over', (date, term, expected) => {
    expect(subtractTerm(calendar, date, term)).toBe(expected)
  })
})

describe('explanations', () => {
  const explain = (date: string, term: Term) =>
    explainTerm(calendar, date, term, addTermExplained(calendar, date, term))

  it.each<[string, string, Term, string, string]>([
    [
      'names Koningsdag as not counting',
      '2026-04-24',
      { amount: 5, unit: 'workingDays' },
      '5 werkdagen na vr 24 apr 2026; ma 27 apr (Koningsdag) telt niet mee',
      "5 working days after Fri 24 Apr 2026; Mon 27 Apr (King's Day) does not count",
    ],
    [
      'names two skipped days and the year of the one in the next year',
      '2026-12-23',
      { amount: 7, unit: 'workingDays' },
      '7 werkdagen na wo 23 dec 2026; vr 25 dec (Kerstmis) en vr 1 jan 2027 (Nieuwjaar) tellen niet mee',
      "7 working days after Wed 23 Dec 2026; Fri 25 Dec (Christmas Day) and Fri 1 Jan 2027 (New Year's Day) do not count",
    ],
    [
      'names three skipped days as a list',
      '2026-04-24',
      { amount: 20, unit: 'workingDays' },
      '20 werkdagen na vr 24 apr 2026; ma 27 apr (Koningsdag), do 14 mei (Hemelvaartsdag) en ma 25 mei (Tweede pinksterdag) tellen niet mee',
      "20 working days after Fri 24 Apr 2026; Mon 27 Apr (King's Day), Thu 14 May (Ascension Day) and Mon 25 May (Whit Monday) do not count",
    ],
    [
      'says nothing more when nothing was skipped',
      '2026-04-10',
      { amount: 6, unit: 'weeks' },
      '6 weken na vr 10 apr 2026',
      '6 weeks after Fri 10 Apr 2026',
    ],
    [
      'explains a roll-over past a weekend',
      '2026-04-25',
      { amount: 6, unit: 'weeks' },
      '6 weken na za 25 apr 2026 = za 6 jun 2026 (weekend), geen werkdag; dus ma 8 jun 2026',
      '6 weeks after Sat 25 Apr 2026 = Sat 6 Jun 2026 (weekend), not a working day; so Mon 8 Jun 2026',
    ],
    [
      'explains a roll-over past Pentecost and Whit Monday',
      '2026-04-12',
      { amount: 6, unit: 'weeks' },
      '6 weken na zo 12 apr 2026 = zo 24 mei 2026 (Pinksteren), geen werkdag; ma 25 mei (Tweede pinksterdag) telt niet mee; dus di 26 mei 2026',
      '6 weeks after Sun 12 Apr 2026 = Sun 24 May 2026 (Pentecost), not a working day; Mon 25 May (Whit Monday) does not count; so Tue 26 May 2026',
    ],
    [
      'uses the singular for one day',
      '2026-04-23',
      { amount: 1, unit: 'workingDays' },
      '1 werkdag na do 23 apr 2026',
      '1 working day after Thu 23 Apr 2026',
    ],
  ])('%s', (_behaviour, date, term, nl, en) => {
    expect(explain(date, term)).toEqual({ nl, en })
  })
})
