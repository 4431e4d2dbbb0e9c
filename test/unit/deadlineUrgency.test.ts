import { deadlineUrgency } from '../../admin-components/deadlineUrgency'

describe('the deadline badge in the complaints list', () => {
  it.each([
    ['2026-11-20', '2026-11-23', 'overdue', -3],
    ['2026-11-23', '2026-11-23', 'soon', 0],
    ['2026-11-30', '2026-11-23', 'soon', 7],
    ['2026-12-01', '2026-11-23', 'later', 8],
    ['2027-01-04', '2026-12-28', 'soon', 7],
  ])('calls a deadline of %s seen on %s %s (%i days)', (deadline, today, urgency, days) => {
    expect(deadlineUrgency(deadline, today)).toEqual({ urgency, days })
  })
})
