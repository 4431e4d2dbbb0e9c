import { dateInAmsterdam, formatDate, formatTerm, todayInAmsterdam } from '../../../src/procedure'

describe('dates in Amsterdam', () => {
  it.each([
    ['2026-03-28T22:30:00Z', '2026-03-28', 'winter time, 23:30 the same day'],
    ['2026-03-29T22:30:00Z', '2026-03-30', 'summer time, 00:30 the next day'],
    ['2026-10-24T22:30:00Z', '2026-10-25', 'summer time, 00:30 the next day'],
    ['2026-10-25T22:30:00Z', '2026-10-25', 'winter time again, 23:30 the same day'],
    ['2026-12-31T23:30:00Z', '2027-01-01', 'New Year in Amsterdam before it is in London'],
  ])('puts the instant %s on %s (%s)', (instant, date) => {
    expect(dateInAmsterdam(instant)).toBe(date)
  })

  it('takes today from a given clock', () => {
    expect(todayInAmsterdam(new Date('2026-04-24T10:00:00Z'))).toBe('2026-04-24')
  })

  it('refuses something that is not an instant', () => {
    expect(() => dateInAmsterdam('yesterday')).toThrow(/^Invalid instant/)
  })
})

describe('formatting', () => {
  it.each([
    ['2026-04-24', 'vr 24 apr 2026', 'Fri 24 Apr 2026'],
    ['2026-03-02', 'ma 2 mrt 2026', 'Mon 2 Mar 2026'],
    ['2027-05-16', 'zo 16 mei 2027', 'Sun 16 May 2027'],
    ['2028-02-29', 'di 29 feb 2028', 'Tue 29 Feb 2028'],
    ['2026-10-07', 'wo 7 okt 2026', 'Wed 7 Oct 2026'],
  ])('writes %s as %s and %s', (date, nl, en) => {
    expect(formatDate(date, 'nl')).toBe(nl)
    expect(formatDate(date, 'en')).toBe(en)
  })

  it.each([
    [{ amount: 1, unit: 'weeks' as const }, '1 week', '1 week'],
    [{ amount: 6, unit: 'weeks' as const }, '6 weken', '6 weeks'],
    [{ amount: 5, unit: 'calendarDays' as const }, '5 kalenderdagen', '5 calendar days'],
    [{ amount: 1, unit: 'years' as const }, '1 jaar', '1 year'],
    [{ amount: 2, unit: 'months' as const }, '2 maanden', '2 months'],
  ])('writes the term %j as %s and %s', (term, nl, en) => {
    expect(formatTerm(term, 'nl')).toBe(nl)
    expect(formatTerm(term, 'en')).toBe(en)
  })
})
