import type { ProcedureContext } from './context'
import type { Refusal } from './refusal'

import { checkAdmissibility } from './admissibility'
import { findDeadline } from './deadline'
import { checkExtensions } from './extension'
import { officialDateOf } from './facts'
import { othersHeardWithoutConsent, sidesNotHeard, sidesToHear } from './investigation'
import { refuse } from './refusal'
import { missingData } from './requiredData'

export type Guard = (context: ProcedureContext) => Refusal[]

const blank = (text: string | null | undefined): boolean => !text?.trim()

const when = (ok: unknown, refusal: () => Refusal): Refusal[] => (ok ? [] : [refusal()])

/** The conditions a status change can require; each says no with the rule and field at fault. */
export const guards = {
  oralComplaint: ({ facts }) =>
    when(facts.channel === 'oral' && !facts.officialOn, () => refuse('notOral', 'channel')),

  /** Where only written complaints are official, nothing runs on an oral one until it is written. */
  officialOrNotRequired: ({ rules, facts }) =>
    when(officialDateOf(rules, facts), () => refuse('notOfficial', 'officialOn')),

  acknowledgementSent: ({ facts }) =>
    when(facts.acknowledgedOn, () => refuse('acknowledgementNotSent', 'acknowledgedOn')),

  nonAdmissionNoticeSent: ({ facts }) =>
    when(facts.nonAdmittedOn, () => refuse('nonAdmissionNoticeNotSent', 'nonAdmittedOn')),

  /** IZW: the non-admission notice gives a detailed motivation. */
  motivationGiven: ({ rules, facts }) =>
    when(!rules.nonAdmissionMotivationRequired || !blank(facts.nonAdmissionMotivation), () =>
      refuse('motivationMissing', 'nonAdmissionMotivation'),
    ),

  withdrawalRecorded: ({ facts }) =>
    when(facts.withdrawnOn, () => refuse('withdrawalNotRecorded', 'withdrawnOn')),

  resolutionRecorded: ({ facts }) =>
    when(facts.resolvedOn, () => refuse('resolutionNotRecorded', 'resolvedOn')),

  handlerAssigned: ({ rules, facts }) =>
    when(rules.handling.kind !== 'handler' || !blank(facts.handler), () =>
      refuse('handlerMissing', 'handler'),
    ),

  /** IN FOCUS: a committee of 2 staff members who are not involved in the complaint; a person counts once. */
  committeeIndependent: ({ rules, facts }) => {
    if (rules.handling.kind !== 'committee') return []
    const members = [...new Set(facts.committee ?? [])]
    const size = rules.handling.committeeSize ?? Math.max(1, members.length)
    const involved = new Set(facts.involved ?? [])
    const refusals = members
      .filter((member) => involved.has(member))
      .map((member) => refuse('committeeMemberInvolved', 'committee', { member }))
    if (members.length !== size)
      refusals.unshift(refuse('committeeSizeWrong', 'committee', { size, count: members.length }))
    return refusals
  },

  admissible: ({ rules, facts, calendar }) => checkAdmissibility(rules, facts, calendar).reasons,

  /** The data the regulation requires, and a complainant it lets complain, whatever the channel. */
  requiredDataRecorded: ({ rules, facts }) => missingData(rules, facts.data, facts.eventsOn),

  /** HSS 3.3: the directie investigates "in overleg met de klager": a conversation held (not one still planned), or their recorded refusal. */
  complainantConsulted: ({ rules, facts, today }) =>
    when(
      !rules.complainantConsulted ||
        (facts.complainantConsultedOn && facts.complainantConsultedOn <= today) ||
        facts.complainantDeclinedConsultation,
      () => refuse('complainantNotConsulted', 'hearings'),
    ),

  hearingScheduled: ({ facts }) =>
    when(facts.hearingOn, () => refuse('hearingNotScheduled', 'hearingOn')),

  /**
   * Hoor en wederhoor before the decision, where the regulation requires it (IN FOCUS step 5):
   * the complainant and the employee concerned (where the complaint names one) each heard by
   * today, or each declined.
   */
  hearingHeld: ({ rules, facts, today }) =>
    rules.hearingRequired
      ? sidesNotHeard(facts.hearings, today, sidesToHear(facts.employeeConcerned))
      : [],

  /** IZW: others involved are heard only "na toestemming" of the complainant, and not before it. */
  othersHeardWithConsent: ({ rules, facts }) =>
    othersHeardWithoutConsent(rules, facts.hearings, facts.consent),

  extensionAllowed: ({ rules, facts, calendar, deadlines, today }) =>
    checkExtensions(rules, facts, calendar, findDeadline(deadlines, 'decision'), today),

  decisionLetterSent: ({ facts }) =>
    when(facts.decidedOn, () => refuse('decisionNotSent', 'decidedOn')),

  reasonsGiven: ({ rules, facts }) =>
    when(!rules.decisionReasoned || !blank(facts.decisionMotivation), () =>
      refuse('decisionReasonsMissing', 'decisionMotivation'),
    ),

  /** Krachtig Perspectief art. 4.4: the answer says founded or unfounded. */
  outcomeRecorded: ({ rules, facts }) =>
    when(!rules.foundedVerdict || facts.outcome, () => refuse('outcomeMissing', 'outcome')),

  closureRecorded: ({ facts }) =>
    when(facts.closedOn, () => refuse('closureNotRecorded', 'closedOn')),

  appealAllowed: ({ rules }) => when(rules.appeal, () => refuse('appealNotProvided', 'appealedOn')),

  /** Krachtig Perspectief art. 5: within two weeks of the decision. */
  withinAppealWindow: ({ rules, facts, deadlines, today }) => {
    if (!rules.appeal) return []
    const window = findDeadline(deadlines, 'appeal')
    if (!window || !facts.decidedOn) return [refuse('decisionNotSent', 'decidedOn')]
    const appealedOn = facts.appealedOn ?? today
    if (appealedOn < facts.decidedOn) {
      return [
        refuse('appealBeforeDecision', 'appealedOn', { appealedOn, decidedOn: facts.decidedOn }),
      ]
    }
    return when(appealedOn <= window.date, () =>
      refuse('appealTooLate', 'appealedOn', { appealedOn, deadline: window.date }),
    )
  },

  appealDecisionSent: ({ facts }) =>
    when(facts.appealDecidedOn, () => refuse('appealDecisionNotSent', 'appealDecidedOn')),

  /** Krachtig Perspectief art. 5: judged by someone not involved in the first handling. */
  appealReviewerIndependent: ({ rules, facts }) => {
    if (!rules.appealReviewerIndependent) return []
    const reviewer = facts.appealReviewer?.trim()
    if (!reviewer) return [refuse('appealReviewerMissing', 'appealReviewer')]
    const firstHandling = new Set([
      facts.handler,
      ...(facts.committee ?? []),
      ...(facts.involved ?? []),
    ])
    return when(!firstHandling.has(reviewer), () =>
      refuse('appealReviewerNotIndependent', 'appealReviewer', { reviewer }),
    )
  },

  /** Krachtig Perspectief reopens on new information; IN FOCUS may investigate anew when the complainant is dissatisfied. */
  reopenGrounds: ({ rules, facts }) => {
    if (!rules.reopenOnNewInformation && !rules.newInvestigationOnDissatisfaction) {
      return [refuse('reopenNotProvided', 'status')]
    }
    if (rules.reopenOnNewInformation && facts.newInformationOn) return []
    if (rules.newInvestigationOnDissatisfaction && facts.dissatisfiedOn) return []
    const refusals: Refusal[] = []
    if (rules.reopenOnNewInformation)
      refusals.push(refuse('newInformationMissing', 'newInformationOn'))
    if (rules.newInvestigationOnDissatisfaction)
      refusals.push(refuse('dissatisfactionNotRecorded', 'dissatisfiedOn'))
    return refusals
  },
} satisfies Record<string, Guard>

export type GuardName = keyof typeof guards

export const GUARD_NAMES = Object.keys(guards) as GuardName[]
