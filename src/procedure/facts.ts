import type { ClientData } from './client'
import type { IsoDate } from './dates'
import type { ConsentFact, HearingFact } from './investigation'
import type { Anchor, ComplainantRole, RegulationRules } from './rules'

/** One extension (verlenging) of the decision term, as announced to the complainant. */
export type ExtensionFact = {
  kind: 'fixed' | 'agreed'
  /** The day the complainant was told; a missing date means today. */
  announcedOn?: IsoDate | null
  /** The new decision date: required when agreed, optional (and capped) when fixed. */
  newDate?: IsoDate | null
  reason?: string | null
}

export type DecisionOutcome = 'founded' | 'partlyFounded' | 'unfounded'

/** What the complaint records of the complainant and the complaint, as the regulation may require it. */
export type ComplaintData = {
  name?: string | null
  address?: string | null
  city?: string | null
  phone?: string | null
  email?: string | null
  role?: ComplainantRole | null
  description?: string | null
  desiredSolution?: string | null
  /** How many documents came with the complaint. */
  attachments?: number
  /** The client, where the complainant complains on their behalf (never the complainant again). */
  client?: ClientData | null
}

/**
 * What is known about one complaint. Every field but receivedOn may be null,
 * as a stored complaint has them; dates are Amsterdam calendar dates.
 */
export type ComplaintFacts = {
  receivedOn: IsoDate
  /** @default 'written' */
  channel?: 'written' | 'oral' | null
  /** When an oral complaint was put in writing or confirmed on the form. */
  officialOn?: IsoDate | null
  /** The complainant's details and the complaint's own text, as recorded. */
  data?: ComplaintData | null
  acknowledgedOn?: IsoDate | null
  /** When the events complained about took place (the earliest, if several). */
  eventsOn?: IsoDate | null
  /** Subject keys, compared with the regulation's excluded subjects. */
  subjects?: string[] | null
  /** The designated handler (klachtenbehandelaar). */
  handler?: string | null
  /** Committee members (klachtencommissie). */
  committee?: string[] | null
  /** Staff the complaint is about or who were involved in it. */
  involved?: string[] | null
  /** The complaint names the employee it is about: hoor en wederhoor hears them too. */
  employeeConcerned?: boolean
  nonAdmittedOn?: IsoDate | null
  nonAdmissionMotivation?: string | null
  /** The latest conversation recorded or planned (not one the party declined). */
  hearingOn?: IsoDate | null
  /** Every conversation, planned or held, and every one a party declined (hoor en wederhoor). */
  hearings?: HearingFact[] | null
  /** The internal stages the complaint reached, in the order they were recorded. */
  internalStages?: InternalStageFact[] | null
  /** The complainant's consent to consult others (IZW: "na toestemming van de betrokken partij"). */
  consent?: ConsentFact | null
  /** The first conversation with the complainant, held or planned (HSS: "in overleg met de klager"). */
  complainantConsultedOn?: IsoDate | null
  /** The complainant declined a conversation, and that is recorded. */
  complainantDeclinedConsultation?: boolean
  /** Oldest first. */
  extensions?: ExtensionFact[] | null
  decidedOn?: IsoDate | null
  decisionMotivation?: string | null
  outcome?: DecisionOutcome | null
  closedOn?: IsoDate | null
  /** A missing date means today. */
  appealedOn?: IsoDate | null
  appealReviewer?: string | null
  appealDecidedOn?: IsoDate | null
  newInformationOn?: IsoDate | null
  /** The complainant said they are not satisfied with the answer. */
  dissatisfiedOn?: IsoDate | null
  /** An external complaints officer or body received the complaint (on referral, or directly). */
  referredOn?: IsoDate | null
  /** The body it went to: one of the regulation's escalation bodies, by name. */
  referredTo?: string | null
  /** The complaint came in through that body, not on the organisation's referral. */
  arrivedThroughBody?: boolean
  /** The body contacted the complainant: what its term asks of it. */
  bodyContactedOn?: IsoDate | null
  withdrawnOn?: IsoDate | null
  resolvedOn?: IsoDate | null
  /** The employee concerned heard the outcome. */
  employeeFeedbackOn?: IsoDate | null
  /** The complaint was discussed in the team, anonymised. */
  teamDiscussedOn?: IsoDate | null
  /** What the organisation improves after the complaint, each with its due date. */
  improvementActions?: ImprovementActionFact[] | null
}

export type ImprovementActionFact = {
  action: string | null
  owner: string | null
  dueOn: IsoDate | null
  done: boolean
}

/**
 * When the complaint became official. A written complaint is official on
 * receipt; an oral one too unless the regulation wants it in writing.
 */
export const officialDateOf = (rules: RegulationRules, facts: ComplaintFacts): IsoDate | null => {
  if (facts.officialOn) return facts.officialOn
  if (facts.channel === 'oral' && rules.writtenOnly) return null
  return facts.receivedOn
}

export const anchorDateOf = (
  anchor: Anchor,
  rules: RegulationRules,
  facts: ComplaintFacts,
): IsoDate | null => {
  switch (anchor) {
    case 'receipt':
      return facts.receivedOn
    case 'official':
      return officialDateOf(rules, facts)
    case 'decision':
      return facts.decidedOn ?? null
    case 'appeal':
      return facts.appealedOn ?? null
    case 'referral':
      return facts.referredOn ?? null
  }
}

/** The complaint reached an internal stage on a day, handled there by someone. */
export type InternalStageFact = { stage: string; on: IsoDate | null }
