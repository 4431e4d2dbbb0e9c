export type Urgency = 'overdue' | 'soon' | 'later'

const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000

/** How pressing a deadline is today: passed, within a week, or later; with the days between. */
export const deadlineUrgency = (
  deadline: string,
  today: string,
  soonWithinDays = 7,
): { urgency: Urgency; days: number } => {
  const days = dayNumber(deadline) - dayNumber(today)
  return { urgency: days < 0 ? 'overdue' : days <= soonWithinDays ? 'soon' : 'later', days }
}
