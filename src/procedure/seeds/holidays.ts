import type { HolidayRules } from '../rules'

/** None of the five texts names its holidays, so all start from the Dutch public holidays alone. */
export const publicHolidaysOnly = (): HolidayRules => ({
  goodFriday: false,
  liberationDay: 'never',
  closedOn: [],
})
