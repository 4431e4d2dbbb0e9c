import type { ComplaintFacts } from './facts'
import type { Refusal } from './refusal'
import type { AnchoredTerm, EscalationBody, RegulationRules } from './rules'

import { refuse } from './refusal'

/** The regulation's body the complaint went to, by its name; null when none is named. */
export const referralBody = (
  rules: RegulationRules,
  facts: ComplaintFacts,
): EscalationBody | null =>
  facts.referredTo
    ? (rules.escalationBodies.find((body) => body.name === facts.referredTo) ?? null)
    : null

/**
 * The term within which the external body contacts the complainant, from the day it received the
 * complaint: the body's own response term; for a body without one, none; with no body named, the
 * regulation's term for its external complaints officer.
 */
export const bodyContactTerm = (
  rules: RegulationRules,
  facts: ComplaintFacts,
): AnchoredTerm | null => {
  const body = referralBody(rules, facts)
  if (!body) return rules.externalOfficerContact
  return body.responseTerm ? { ...body.responseTerm, from: 'referral' } : null
}

/** The bodies the complainant may turn to at any moment, for this complainant. */
export const bodiesAtAnyMoment = (rules: RegulationRules, uwvClient: boolean): EscalationBody[] =>
  rules.escalationBodies.filter(
    (body) => body.anyMoment && (body.appliesTo === 'everyone' || uwvClient),
  )

/**
 * What a recorded referral must hold together: a body of the regulation's own, the day the body
 * received it, and a contact by the body not before that day.
 */
export const checkReferral = (rules: RegulationRules, facts: ComplaintFacts): Refusal[] => {
  const refusals: Refusal[] = []
  if (facts.referredTo && !referralBody(rules, facts))
    refusals.push(
      refuse('referralBodyUnknown', 'referredTo', {
        body: facts.referredTo,
        bodies: rules.escalationBodies.map((body) => body.name).join('; ') || '—',
      }),
    )
  if ((facts.referredTo || facts.bodyContactedOn) && !facts.referredOn)
    refusals.push(refuse('referralDateMissing', 'referredOn'))
  if (facts.bodyContactedOn && facts.referredOn && facts.bodyContactedOn < facts.referredOn)
    refusals.push(
      refuse('bodyContactBeforeReferral', 'bodyContactedOn', {
        contactedOn: facts.bodyContactedOn,
        referredOn: facts.referredOn,
      }),
    )
  return refusals
}
