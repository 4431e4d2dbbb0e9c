import type { AnchoredTerm, RegulationRules } from '../procedure/rules'
import { REVIEW_PERIODS } from '../procedure/rules'
import type { Term } from '../procedure/terms'
import { isoDateOf } from './storedDates'

type Stored = Record<string, any>

const term = (stored: Stored | null | undefined): Term | null =>
  stored && typeof stored.amount === 'number'
    ? { amount: stored.amount, unit: stored.unit ?? 'weeks' }
    : null

const anchoredTerm = (stored: Stored | null | undefined): AnchoredTerm | null => {
  const plain = term(stored)
  return plain ? { ...plain, from: stored?.from ?? 'receipt' } : null
}

const localized = (stored: Stored | null | undefined) => ({
  nl: stored?.nl ?? '',
  en: stored?.en ?? stored?.nl ?? '',
})

/** The rules of a stored regulation, as the procedure core reads them. */
export const rulesFromDocument = (stored: Stored): RegulationRules => {
  const extension = stored.extension ?? {}
  // Before these were settings, an agreed extension needed both a new date and a reason.
  const requirements = {
    requireNewDate: extension.requireNewDate ?? extension.kind === 'agreed',
    requireReason: extension.requireReason ?? extension.kind === 'agreed',
  }
  return {
    acknowledgement: anchoredTerm(stored.acknowledgement),
    nonAdmission: anchoredTerm(stored.nonAdmission),
    nonAdmissionMotivationRequired: Boolean(stored.nonAdmissionMotivationRequired),
    decision: anchoredTerm(stored.decision),
    decisionReasoned: Boolean(stored.decisionReasoned),
    decisionInWriting: stored.decisionInWriting !== false,
    foundedVerdict: Boolean(stored.foundedVerdict),
    extension:
      extension.kind === 'fixed'
        ? {
            kind: 'fixed',
            amount: extension.amount ?? 0,
            unit: extension.unit ?? 'weeks',
            max: term(extension.max),
            ...requirements,
          }
        : extension.kind === 'agreed'
          ? { kind: 'agreed', ...requirements }
          : { kind: 'none' },
    appeal: anchoredTerm(stored.appeal),
    appealDecision: anchoredTerm(stored.appealDecision),
    appealReviewerIndependent: Boolean(stored.appealReviewerIndependent),
    externalOfficerContact: anchoredTerm(stored.externalOfficerContact),
    reportThreshold: anchoredTerm(stored.reportThreshold),
    reportNonAdmissionAgainst:
      stored.reportNonAdmissionAgainst === 'reportThreshold'
        ? 'reportThreshold'
        : 'nonAdmissionTerm',
    maxEventAge: term(stored.maxEventAge),
    excludedSubjects: (stored.excludedSubjects ?? []).map((subject: Stored) => ({
      key: subject.key,
      label: localized(subject.label),
    })),
    writtenOnly: Boolean(stored.writtenOnly),
    // Before this was a setting, the request went out where only written complaints are official.
    writtenConfirmationRequested:
      stored.writtenConfirmationRequested ?? Boolean(stored.writtenOnly),
    oralIntake: stored.oralIntake ?? 'staffRecordsForm',
    handling: {
      kind: stored.handling?.kind ?? 'handler',
      committeeSize: stored.handling?.committeeSize ?? null,
    },
    hearingRequired: Boolean(stored.hearingRequired),
    complainantConsulted: Boolean(stored.complainantConsulted),
    consentToConsultOthers: Boolean(stored.consentToConsultOthers),
    escalationBodies: (stored.escalationBodies ?? []).map((body: Stored) => ({
      name: body.name,
      contact: body.contact ?? null,
      description: localized(body.description),
      responseTerm: term(body.responseTerm),
      appliesTo: body.appliesTo === 'uwvClients' ? 'uwvClients' : 'everyone',
      anyMoment: Boolean(body.anyMoment),
    })),
    internalStages: (stored.internalStages ?? []).map((stage: Stored) => ({
      key: stage.key,
      label: localized(stage.label),
    })),
    holidays: {
      goodFriday: Boolean(stored.holidays?.goodFriday),
      liberationDay: stored.holidays?.liberationDay ?? 'never',
      closedOn: (stored.holidays?.closedOn ?? []).map((day: Stored) => ({
        date: isoDateOf(day.date) as string,
        name: day.name ?? null,
      })),
    },
    requiredFields: stored.requiredFields ?? [],
    complainantRoles: stored.complainantRoles ?? [],
    clientDetails: stored.clientDetails ?? [],
    reopenOnNewInformation: Boolean(stored.reopenOnNewInformation),
    newInvestigationOnDissatisfaction: Boolean(stored.newInvestigationOnDissatisfaction),
    informUwvLabourExpert: Boolean(stored.informUwvLabourExpert),
    informDirectie: stored.informDirectie !== false,
    askSatisfaction: Boolean(stored.askSatisfaction),
    employeeFeedback: Boolean(stored.employeeFeedback),
    teamDiscussion: Boolean(stored.teamDiscussion),
    reviewPeriod: (REVIEW_PERIODS as readonly string[]).includes(stored.reviewPeriod)
      ? stored.reviewPeriod
      : 'none',
    commissioningParties: (stored.commissioningParties ?? [])
      .filter((party: Stored) => typeof party?.key === 'string' && party.key.trim())
      .map((party: Stored) => ({ key: party.key, name: party.name || party.key })),
    commissioningPartyInsight: Boolean(stored.commissioningPartyInsight),
    informClientsAtStart: Boolean(stored.informClientsAtStart),
    informClientsWithin: stored.informClientsAtStart ? term(stored.informClientsWithin) : null,
  }
}
