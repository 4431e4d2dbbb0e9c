import Holidays from 'date-holidays'

import { createCalendar } from '../../../src/procedure'

const calendar = createCalendar()

describe('Dutch public holidays', () => {
  // Verified against date-holidays 'NL' (type public) and the church calendar:
  // Easter 20 Apr 2025, 5 Apr 2026, 28 Mar 2027; Ascension = Easter + 39; Pentecost = Easter + 49.
  it.each([
    ['2025-01-01', 'Nieuwjaar', "New Year's Day"],
    ['2025-04-20', 'Pasen', 'Easter Sunday'],
    ['2025-04-21', 'Tweede paasdag', 'Easter Monday'],
    ['2025-04-26', 'Koningsdag', "King's Day"],
    ['2025-05-29', 'Hemelvaartsdag', 'Ascension Day'],
    ['2025-06-08', 'Pinksteren', 'Pentecost'],
    ['2025-06-09', 'Tweede pinksterdag', 'Whit Monday'],
    ['2025-12-25', 'Kerstmis', 'Christmas Day'],
    ['2025-12-26', 'Tweede kerstdag', 'Boxing Day'],
    ['2026-01-01', 'Nieuwjaar', "New Year's Day"],
    ['2026-04-05', 'Pasen', 'Easter Sunday'],
    ['2026-04-06', 'Tweede paasdag', 'Easter Monday'],
    ['2026-04-27', 'Koningsdag', "King's Day"],
    ['2026-05-14', 'Hemelvaartsdag', 'Ascension Day'],
    ['2026-05-24', 'Pinksteren', 'Pentecost'],
    ['2026-05-25', 'Tweede pinksterdag', 'Whit Monday'],
    ['2026-12-25', 'Kerstmis', 'Christmas Day'],
    ['2026-12-26', 'Tweede kerstdag', 'Boxing Day'],
    ['2027-01-01', 'Nieuwjaar', "New Year's Day"],
    ['2027-03-28', 'Pasen', 'Easter Sunday'],
    ['2027-03-29', 'Tweede paasdag', 'Easter Monday'],
    ['2027-04-27', 'Koningsdag', "King's Day"],
    ['2027-05-06', 'Hemelvaartsdag', 'Ascension Day'],
    ['2027-05-16', 'Pinksteren', 'Pentecost'],
    ['2027-05-17', 'Tweede pinksterdag', 'Whit Monday'],
    ['2027-12-25', 'Kerstmis', 'Christmas Day'],
    ['2027-12-26', 'Tweede kerstdag', 'Boxing Day'],
  ])('does not work on %s (%s)', (date, nl, en) => {
    expect(calendar.isWorkingDay(date)).toBe(false)
    expect(calendar.holidayName(date)).toBe(nl)
    expect(calendar.holidayName(date, 'en')).toBe(en)
  })

  it('keeps Koningsdag 2025 on Saturday 26 April because the 27th is a Sunday', () => {
    expect(calendar.holidayName('2025-04-27')).toBeUndefined()
    expect(calendar.holidayName('2025-04-26')).toBe('Koningsdag')
    expect(calendar.isWorkingDay('2025-04-25')).toBe(true)
    expect(calendar.isWorkingDay('2025-04-28')).toBe(true)
  })

  it.each([
    ['2026-04-03', 'Goede Vrijdag (school holiday)'],
    ['2025-05-05', 'Bevrijdingsdag (school holiday)'],
    ['2026-05-04', 'Dodenherdenking (observance)'],
    ['2026-12-31', 'Oudejaarsdag (bank holiday)'],
    ['2025-12-05', 'Sinterklaas (observance)'],
    ['2026-04-28', 'an ordinary Tuesday'],
  ])('works on %s, %s, by default', (date) => {
    expect(calendar.isWorkingDay(date)).toBe(true)
    expect(calendar.holidayName(date)).toBeUndefined()
  })

  it.each([
    ['2026-04-25', 'Saturday'],
    ['2026-04-26', 'Sunday'],
    ['2026-03-29', 'Sunday of the change to summer time'],
    ['2026-10-25', 'Sunday of the change to winter time'],
  ])('does not work on %s, a %s', (date) => {
    expect(calendar.isWorkingDay(date)).toBe(false)
  })

  it('agrees with date-holidays on every day of 2025–2027, counting only public holidays', () => {
    const source = new Holidays('NL')
    const disagreements: string[] = []
    for (let day = Date.UTC(2025, 0, 1); day <= Date.UTC(2027, 11, 31); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10)
      const weekday = new Date(day).getUTCDay()
      const found = source.isHoliday(`${date} 12:00`)
      const publicHoliday =
        Array.isArray(found) && found.some((holiday) => holiday.type === 'public')
      const expected = weekday !== 0 && weekday !== 6 && !publicHoliday
      if (calendar.isWorkingDay(date) !== expected) disagreements.push(date)
    }
    expect(disagreements).toEqual([])
  })

  it('counts 255 working days in 2026', () => {
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(255)
    expect(calendar.workingDaysBetween('2026-12-31', '2025-12-31')).toBe(-255)
  })
})

describe('addWorkingDays', () => {
  it.each([
    ['moves past Koningsdag', '2026-04-24', 5, '2026-05-04'],
    ['counts from the next working day when received on a Saturday', '2026-04-25', 5, '2026-05-04'],
    ['counts from the next working day when received on a Sunday', '2026-01-11', 5, '2026-01-16'],
    ['counts a receipt on a holiday like one on the day before', '2026-04-27', 5, '2026-05-04'],
    ['steps over Easter Monday', '2026-04-02', 2, '2026-04-07'],
    ['steps over Ascension Day', '2026-05-13', 1, '2026-05-15'],
    ['steps over Whit Monday', '2026-05-22', 1, '2026-05-26'],
    ['crosses the year end past both Christmas days and New Year', '2025-12-24', 5, '2026-01-05'],
    ['crosses into 2027 past Christmas and New Year on Fridays', '2026-12-24', 5, '2027-01-04'],
    ['crosses the change to summer time', '2026-03-26', 5, '2026-04-02'],
    ['crosses the change to winter time', '2026-10-23', 1, '2026-10-26'],
    ['counts backwards across the year end', '2026-01-05', -3, '2025-12-30'],
    ['returns the date itself for zero days', '2026-04-25', 0, '2026-04-25'],
    ['spans several years', '2026-01-01', 1000, '2029-11-30'],
  ])('%s', (_behaviour, date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected)
  })

  it('steps back by the same number of working days it stepped forward', () => {
    for (const date of ['2026-05-04', '2027-01-04', '2025-06-10']) {
      expect(calendar.addWorkingDays(calendar.addWorkingDays(date, -7), 7)).toBe(date)
    }
  })
})

describe('calendar options', () => {
  it.each([
    [{ goodFriday: true }, '2026-04-03', false, 'Goede Vrijdag'],
    [{ goodFriday: true }, '2025-04-18', false, 'Goede Vrijdag'],
    [{ goodFriday: false }, '2026-04-03', true, undefined],
    [{ liberationDay: 'lustrum' as const }, '2025-05-05', false, 'Bevrijdingsdag'],
    [{ liberationDay: 'lustrum' as const }, '2026-05-05', true, undefined],
    [{ liberationDay: 'lustrum' as const }, '2030-05-06', true, undefined],
    [{ liberationDay: 'always' as const }, '2026-05-05', false, 'Bevrijdingsdag'],
    [{ liberationDay: 'always' as const }, '2027-05-05', false, 'Bevrijdingsdag'],
    [{ liberationDay: 'never' as const }, '2025-05-05', true, undefined],
    [{ closedOn: ['2026-12-24'] }, '2026-12-24', false, 'sluitingsdag'],
    [
      { closedOn: [{ date: '2026-12-28', name: 'Kerstsluiting' }] },
      '2026-12-28',
      false,
      'Kerstsluiting',
    ],
    [{ closedOn: ['2026-12-24'] }, '2026-12-23', true, undefined],
  ])('with %j, %s is a working day: %s', (options, date, working, name) => {
    const custom = createCalendar(options)
    expect(custom.isWorkingDay(date)).toBe(working)
    expect(custom.holidayName(date)).toBe(name)
  })

  it('names Goede Vrijdag in English from date-holidays', () => {
    expect(createCalendar({ goodFriday: true }).holidayName('2027-03-26', 'en')).toBe('Good Friday')
  })

  it('skips Goede Vrijdag in a term only when the organisation closes on it', () => {
    expect(calendar.addWorkingDays('2026-04-02', 1)).toBe('2026-04-03')
    expect(createCalendar({ goodFriday: true }).addWorkingDays('2026-04-02', 1)).toBe('2026-04-07')
  })

  it('skips Bevrijdingsdag in lustrum years only', () => {
    const lustrum = createCalendar({ liberationDay: 'lustrum' })
    expect(lustrum.addWorkingDays('2025-05-02', 1)).toBe('2025-05-06')
    expect(lustrum.addWorkingDays('2026-05-04', 1)).toBe('2026-05-05')
  })

  it('skips the organisation closing days between Christmas and New Year', () => {
    const closed = createCalendar({
      closedOn: ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'],
    })
    expect(closed.addWorkingDays('2026-12-24', 1)).toBe('2027-01-04')
  })

  it('keeps the holiday name when a closing day falls on a holiday', () => {
    expect(createCalendar({ closedOn: ['2026-04-27'] }).holidayName('2026-04-27')).toBe(
      'Koningsdag',
    )
  })

  it('refuses an unknown Bevrijdingsdag setting', () => {
    expect(() => createCalendar({ liberationDay: 'sometimes' as never })).toThrow(/liberationDay/)
  })
})

describe('date validation', () => {
  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '24-04-2026',
    '2026-4-24',
    '',
    '2026-04-24T10:00',
    'abcd-ef-gh',
  ])('refuses %j with a clear error', (date) => {
    expect(() => calendar.isWorkingDay(date)).toThrow(/^Invalid date/)
    expect(() => calendar.addWorkingDays(date, 1)).toThrow(/^Invalid date/)
  })

  it('refuses a closing day that is not a date', () => {
    expect(() => createCalendar({ closedOn: ['31-12-2026'] })).toThrow(/^Invalid date "31-12-2026"/)
  })

  it('refuses a fractional number of working days', () => {
    expect(() => calendar.addWorkingDays('2026-04-24', 1.5)).toThrow(/whole number/)
  })

  it('accepts 29 February in a leap year', () => {
    expect(calendar.isWorkingDay('2028-02-29')).toBe(true)
  })

  it('refuses years the procedure never reaches', () => {
    expect(() => calendar.isWorkingDay('1850-01-02')).toThrow(/1900–2199/)
  })
})
