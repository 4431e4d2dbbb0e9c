/** Every reason the procedure can give for saying no; each has a text in messages.ts. */
export const REFUSAL_RULES = [
  'transitionNotAllowed',
  'transitionNotDirect',
  'requiredDataMissing',
  'complainantRoleNotAllowed',
  'clientMissing',
  'clientNotApplicable',
  'complainantNotConsulted',
  'notOral',
  'notOfficial',
  'acknowledgementNotSent',
  'nonAdmissionNoticeNotSent',
  'motivationMissing',
  'withdrawalNotRecorded',
  'resolutionNotRecorded',
  'handlerMissing',
  'committeeSizeWrong',
  'committeeMemberInvolved',
  'eventsTooOld',
  'subjectExcluded',
  'hearingNotScheduled',
  'sidesNotHeard',
  'consentMissing',
  'consultedBeforeConsent',
  'extensionNotProvided',
  'extensionMissing',
  'extensionKindMismatch',
  'extensionOnlyOnce',
  'extensionAnnouncedTooLate',
  'extensionBeyondMaximum',
  'extensionReasonMissing',
  'extensionNewDateMissing',
  'extensionNewDateNotLater',
  'decisionTermNotStarted',
  'decisionNotSent',
  'decisionReasonsMissing',
  'outcomeMissing',
  'closureNotRecorded',
  'appealNotProvided',
  'appealBeforeDecision',
  'appealTooLate',
  'appealReviewerMissing',
  'appealReviewerNotIndependent',
  'appealDecisionNotSent',
  'reopenNotProvided',
  'newInformationMissing',
  'dissatisfactionNotRecorded',
  'termInvalid',
  'committeeSizeMissing',
  'extensionWithoutDecisionTerm',
  'referralBodyUnknown',
  'referralDateMissing',
  'bodyContactBeforeReferral',
  'internalStagesNotProvided',
  'internalStageUnknown',
  'internalStageDateMissing',
  'internalStageNotHigher',
  'internalStageBeforePrevious',
  'internalStageBeforeReceipt',
  'commissioningPartyUnknown',
  'commissioningPartyNone',
] as const

export type RefusalRule = (typeof REFUSAL_RULES)[number]

/**
 * Why something is not allowed: the rule broken and the field to correct.
 * A param named `x_nl` / `x_en` fills `{x}` in that language only.
 */
export type Refusal = {
  rule: RefusalRule
  field?: string
  params?: Record<string, string | number>
}

export const refuse = (rule: RefusalRule, field: string, params?: Refusal['params']): Refusal =>
  params ? { rule, field, params } : { rule, field }
