import type { ComplaintFacts } from '../procedure/facts'
import type { RegulationRules } from '../procedure/rules'
import type { LetterKind } from './kinds'

export type OwedInput = {
  rules: RegulationRules
  facts: ComplaintFacts
  admissible: boolean
  /** The handler has written an outcome or reasons: the decision letter can be drafted. */
  decisionReady: boolean
  /** The appeal has an outcome: its decision letter can be drafted. */
  appealDecisionReady: boolean
}

/**
 * The letters a complaint owes its complainant now, as drafts for staff to review: one entry per
 * letter, so two extensions owe two extension letters. A letter already drafted or sent for an
 * entry is not owed again (the caller counts them).
 */
export const lettersOwed = ({
  rules,
  facts,
  admissible,
  decisionReady,
  appealDecisionReady,
}: OwedInput): LetterKind[] => {
  const owed: LetterKind[] = []
  // IN FOCUS step 2, both IZW: an oral complainant is asked to put it in writing, where the regulation says so.
  if (facts.channel === 'oral' && rules.writtenConfirmationRequested && !facts.officialOn)
    owed.push('writtenConfirmationRequest')
  // Receipt is acknowledged within its term from receipt, also of an oral complaint not yet official (IZW).
  if (rules.acknowledgement && admissible) owed.push('acknowledgement')
  // Not taken up because the regulation excludes it, or because staff say why; the notice gives the
  // motivation, so it is drafted once that is written (where the regulation requires one).
  const motivated = Boolean(facts.nonAdmissionMotivation?.trim())
  if (
    (!admissible || motivated || facts.nonAdmittedOn) &&
    (motivated || !rules.nonAdmissionMotivationRequired)
  )
    owed.push('nonAdmission')
  if (rules.handling.kind === 'committee' && (facts.committee?.length ?? 0) > 0)
    owed.push('committeeComposition')
  for (const _extension of facts.extensions ?? []) owed.push('extension')
  // The organisation tells the complainant of a referral it made; not of one the complainant made.
  if (facts.referredOn && !facts.arrivedThroughBody) owed.push('referral')
  if (admissible && (decisionReady || facts.decidedOn)) owed.push('decision')
  if (facts.decidedOn) owed.push('closure')
  if (facts.decidedOn && rules.askSatisfaction) owed.push('satisfactionSurvey')
  if (facts.appealedOn) owed.push('appealAcknowledgement')
  if (facts.appealedOn && (appealDecisionReady || facts.appealDecidedOn))
    owed.push('appealDecision')
  return owed
}

/** What is owed beyond the letters that exist: each kind as many times as it is owed, less those there. */
export const lettersToDraft = (
  owed: readonly LetterKind[],
  existing: readonly LetterKind[],
): LetterKind[] => {
  const have = new Map<LetterKind, number>()
  for (const kind of existing) have.set(kind, (have.get(kind) ?? 0) + 1)
  return owed.filter((kind) => {
    const left = have.get(kind) ?? 0
    have.set(kind, left - 1)
    return left <= 0
  })
}
