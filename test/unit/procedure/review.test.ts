import {
  lastEndedPeriod,
  missingReview,
  periodDays,
  periodKeysOf,
} from '../../../src/procedure/review'

describe('the periodic review', () => {
  it('covers quarters, a year, or nothing, as the regulation says', () => {
    expect(periodKeysOf('quarter')).toEqual(['q1', 'q2', 'q3', 'q4'])
    expect(periodKeysOf('year')).toEqual(['year'])
    expect(periodKeysOf('none')).toEqual([])
  })

  it('knows the days of each period', () => {
    expect(periodDays({ year: 2026, period: 'q1' })).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    })
    expect(periodDays({ year: 2024, period: 'q2' })).toEqual({
      from: '2024-04-01',
      to: '2024-06-30',
    })
    expect(periodDays({ year: 2026, period: 'q4' })).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    })
    expect(periodDays({ year: 2026, period: 'year' })).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    })
  })

  it('asks for the last period that ended, until its review is recorded', () => {
    expect(lastEndedPeriod('quarter', '2026-12-01')).toEqual({ year: 2026, period: 'q3' })
    expect(lastEndedPeriod('quarter', '2026-10-01')).toEqual({ year: 2026, period: 'q3' })
    expect(lastEndedPeriod('quarter', '2026-02-15')).toEqual({ year: 2025, period: 'q4' })
    expect(lastEndedPeriod('year', '2026-12-01')).toEqual({ year: 2025, period: 'year' })
    expect(lastEndedPeriod('none', '2026-12-01')).toBeNull()
    expect(missingReview('quarter', '2026-12-01', [{ year: 2026, period: 'q2' }])).toEqual({
      year: 2026,
      period: 'q3',
    })
    expect(missingReview('quarter', '2026-12-01', [{ year: 2026, period: 'q3' }])).toBeNull()
    expect(missingReview('none', '2026-12-01', [])).toBeNull()
  })
})
