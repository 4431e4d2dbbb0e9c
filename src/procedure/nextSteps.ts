import type { ProcedureContext } from './context'
import type { IsoDate } from './dates'
import type { Deadline } from './deadline'
import type { ComplaintStatus } from './lifecycle'
import type { Refusal, RefusalRule } from './refusal'

import { daysBetween } from './dates'
import { canTransition, TRANSITIONS } from './lifecycle'

export type NextStep = {
  to: ComplaintStatus
  /** The save would be accepted now. */
  takeable: boolean
  /** What the step still needs, from the same guards the save applies; empty when takeable. */
  needs: Refusal[]
  /** False where the regulation does not provide the step at all (no extension, no appeal). */
  provided: boolean
}

/** Refusals that no fact can lift: the regulation itself does not provide the step. */
const NOT_PROVIDED: ReadonlySet<RefusalRule> = new Set([
  'extensionNotProvided',
  'appealNotProvided',
  'reopenNotProvided',
])

/**
 * Every step the transitions table allows from the complaint's stage, each with what it still
 * needs now: what a case page offers, decided by the same check as the save.
 */
export const nextSteps = (from: ComplaintStatus, context: ProcedureContext): NextStep[] =>
  (Object.keys(TRANSITIONS[from] ?? {}) as ComplaintStatus[]).map((to) => {
    const check = canTransition(from, to, context)
    return check.allowed
      ? { to, takeable: true, needs: [], provided: true }
      : {
          to,
          takeable: false,
          needs: check.refusals,
          provided: !check.refusals.some((refusal) => NOT_PROVIDED.has(refusal.rule)),
        }
  })

export type Clock = {
  /** Working days from today to the deadline (0 on the day itself); null once it passed. */
  workingDaysLeft: number | null
  /** Calendar days since the deadline passed; 0 while it has not. */
  daysLate: number
}

/** Where a deadline stands today: working days left, or calendar days late. */
export const clockOf = (
  deadline: Pick<Deadline, 'date'>,
  today: IsoDate,
  context: Pick<ProcedureContext, 'calendar'>,
): Clock => {
  if (deadline.date < today) {
    return { workingDaysLeft: null, daysLate: daysBetween(deadline.date, today) }
  }
  return { workingDaysLeft: context.calendar.workingDaysBetween(today, deadline.date), daysLate: 0 }
}
