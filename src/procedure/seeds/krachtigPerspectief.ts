import type { RegulationSeed } from '../rules'

import { publicHolidaysOnly } from './holidays'

export const krachtigPerspectief: RegulationSeed = {
  slug: 'krachtig-perspectief',
  name: 'Klachtenreglement Krachtig Perspectief',
  organisation: 'Krachtig Perspectief',
  clientCategory: null,
  version: null,
  // Art. 8: in force on 1 October 2024 for complaints submitted after that date.
  inForceFrom: '2024-10-01',
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
    extension: { kind: 'agreed' },
    appeal: { amount: 2, unit: 'weeks', from: 'decision' },
    appealDecision: null,
    appealReviewerIndependent: true,
    externalOfficerContact: null,
    reportThreshold: null,
    maxEventAge: null,
    excludedSubjects: [],
    writtenOnly: true,
    oralIntake: 'complainantWrites',
    handling: { kind: 'handler', committeeSize: null },
    hearingRequired: false,
    escalationBodies: [],
    holidays: publicHolidaysOnly(),
    requiredFields: ['name', 'contact', 'description'],
    complainantRoles: ['client', 'legalRepresentative', 'legalEntity', 'commissioningParty', 'other'],
    // Art. 4.5: handled, unless the complainant brings new information.
    reopenOnNewInformation: true,
    newInvestigationOnDissatisfaction: false,
    informUwvLabourExpert: false,
    informDirectie: false,
    askSatisfaction: false,
  },
}
