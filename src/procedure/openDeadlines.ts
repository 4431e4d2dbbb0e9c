import type { IsoDate } from './dates'
import type { Deadline, DeadlineKind } from './deadline'
import type { ComplaintFacts } from './facts'

const firstOf = (...dates: (IsoDate | null | undefined)[]): IsoDate | null =>
  dates.filter((date): date is IsoDate => Boolean(date)).sort()[0] ?? null

/** Ending the procedure early (withdrawn, resolved informally) discharges what was still owed. */
const ended = (facts: ComplaintFacts) => firstOf(facts.withdrawnOn, facts.resolvedOn)

/** The act that meets each deadline, and the day it happened; null while it has not. */
export const metOn = (kind: DeadlineKind, facts: ComplaintFacts): IsoDate | null => {
  switch (kind) {
    case 'acknowledgement':
      return firstOf(facts.acknowledgedOn, facts.nonAdmittedOn, ended(facts))
    case 'nonAdmission':
      return firstOf(facts.nonAdmittedOn, ended(facts))
    case 'decision':
    case 'decisionExtended':
    case 'reportThreshold':
      return firstOf(facts.decidedOn, facts.nonAdmittedOn, ended(facts))
    case 'appeal':
      return facts.appealedOn ?? null
    case 'appealDecision':
      return firstOf(facts.appealDecidedOn, facts.withdrawnOn)
    case 'externalOfficerContact':
      return firstOf(facts.bodyContactedOn, ended(facts))
  }
}

/**
 * The deadlines the organisation still owes: not met, and not superseded (an extension replaces
 * the original decision date). The notice of non-admission is owed only for a complaint that is
 * not admissible.
 */
export const openDeadlines = (
  deadlines: readonly Deadline[],
  facts: ComplaintFacts,
  admissible: boolean,
): Deadline[] => {
  const extended = deadlines.some((deadline) => deadline.kind === 'decisionExtended')
  return deadlines.filter((deadline) => {
    if (deadline.owedBy !== 'organisation' || deadline.kind === 'reportThreshold') return false
    if (deadline.kind === 'decision' && extended) return false
    if (deadline.kind === 'nonAdmission' && admissible) return false
    return metOn(deadline.kind, facts) === null
  })
}

/** The first date the organisation must act by, for the overdue view and the case list. */
export const nextDeadline = (open: readonly Deadline[]): Deadline | undefined =>
  [...open].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0]
