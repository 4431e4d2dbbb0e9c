import type { RegulationSeed } from '../rules'

import { publicHolidaysOnly } from './holidays'

export const krachtigPerspectief: RegulationSeed = {
  slug: 'krachtig-perspectief',
  name: 'Klachtenreglement Krachtig Perspectief',
  organisation: 'Krachtig Perspectief',
  clientCategory: null,
  version: null,
  // Art. 8: "van toepassing op alle klachten die na deze datum [1 oktober 2024] worden ingediend".
  inForceFrom: '2024-10-02',
  inForceStrictly: true,
  summary: {
    nl: 'Preventie, re-integratie en casemanagement. Een aangewezen klachtenbehandelaar; beroep binnen twee weken na de uitspraak.',
    en: 'Prevention, re-integration and case management. One designated complaints handler; appeal within two weeks of the decision.',
  },
  rules: {
    acknowledgement: { amount: 5, unit: 'workingDays', from: 'receipt' },
    nonAdmission: null,
    nonAdmissionMotivationRequired: true,
    // Art. 4.3 names no start; every complaint is written (art. 1), so receipt.
    decision: { amount: 4, unit: 'weeks', from: 'receipt' },
    decisionReasoned: true,
    decisionInWriting: true,
    foundedVerdict: true,
    // Art. 4.3: more time after telling the complainant in time, with the reason.
    extension: { kind: 'agreed', requireNewDate: false, requireReason: true },
    appeal: { amount: 2, unit: 'weeks', from: 'decision' },
    appealDecision: null,
    appealReviewerIndependent: true,
    externalOfficerContact: null,
    reportThreshold: null,
    reportNonAdmissionAgainst: 'nonAdmissionTerm',
    maxEventAge: null,
    excludedSubjects: [],
    writtenConfirmationRequested: false,
    writtenOnly: true,
    oralIntake: 'complainantWrites',
    handling: { kind: 'handler', committeeSize: null },
    // 4.3: the handler "kan aanvullende informatie opvragen bij de klager of de betrokken
    // medewerker(s)" and invites the complainant "waar nodig": may, not must.
    complainantConsulted: false,
    hearingRequired: false,
    consentToConsultOthers: false,
    escalationBodies: [],
    internalStages: [],
    holidays: publicHolidaysOnly(),
    // Art. 4.1: name and contact details, a description "met vermelding van relevante feiten en data".
    requiredFields: ['name', 'contact', 'description', 'eventsOn'],
    // Art. 1: "De natuurlijke persoon, rechtspersoon of vertegenwoordiger die een klacht indient".
    complainantRoles: ['client', 'representative', 'legalEntity', 'commissioningParty', 'other'],
    // A client may be a person or an organisation: its name is what all clients have.
    clientDetails: [],
    // Art. 4.5: handled, unless the complainant brings new information.
    reopenOnNewInformation: true,
    newInvestigationOnDissatisfaction: false,
    informUwvLabourExpert: false,
    informDirectie: false,
    askSatisfaction: false,
    employeeFeedback: false,
    teamDiscussion: false,
    reviewPeriod: 'year',
    commissioningParties: [],
    commissioningPartyInsight: false,
    // The text asks nothing of telling each client of the regulation at the start.
    informClientsAtStart: false,
    informClientsWithin: null,
  },
}
