import type { ComplaintStatus } from '../procedure/lifecycle'

/** Every letter the regulations promise the complainant. */
export const LETTER_KINDS = [
  'acknowledgement',
  'writtenConfirmationRequest',
  'committeeComposition',
  'nonAdmission',
  'extension',
  'decision',
  'closure',
  'appealAcknowledgement',
  'appealDecision',
  'referral',
  'satisfactionSurvey',
  /** Krachtig Perspectief 4.3 "aanvullende informatie opvragen": to the complainant or someone else. */
  'informationRequest',
  /** An invitation to a conversation (hoor en wederhoor): day, time, place, who attend. */
  'invitation',
] as const

export type LetterKind = (typeof LETTER_KINDS)[number]

/** The complaint's date field that a sent letter of this kind fills: the act that meets a deadline. */
export const MEETS: Partial<Record<LetterKind, string>> = {
  acknowledgement: 'acknowledgedOn',
  nonAdmission: 'nonAdmittedOn',
  decision: 'decidedOn',
  closure: 'closedOn',
  appealDecision: 'appealDecidedOn',
}

/**
 * The stage a sent letter of this kind brings the complaint to, where the procedure allows that
 * step now: the decision mailed is the complaint decided.
 */
export const MOVES_TO: Partial<Record<LetterKind, ComplaintStatus>> = {
  acknowledgement: 'acknowledged',
  nonAdmission: 'notAdmitted',
  decision: 'decided',
  closure: 'closed',
  appealDecision: 'appealDecided',
}

export const LETTER_STATUSES = ['draft', 'queued', 'sent', 'failed'] as const

export type LetterStatus = (typeof LETTER_STATUSES)[number]

/** Whom a letter is addressed to: the complainant, the employee concerned, or someone else. */
export const ADDRESSEES = ['complainant', 'employee', 'other'] as const

export type Addressee = (typeof ADDRESSEES)[number]
