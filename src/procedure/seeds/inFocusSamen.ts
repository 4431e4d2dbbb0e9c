import type { RegulationSeed } from '../rules'

import { publicHolidaysOnly } from './holidays'

export const inFocusSamen: RegulationSeed = {
  slug: 'in-focus-samen',
  name: 'Klachtenreglement IN FOCUS Samen',
  organisation: 'IN FOCUS Samen',
  clientCategory: null,
  version: null,
  inForceFrom: null,
  inForceStrictly: false,
  summary: {
    nl: 'Re-integratie, ook voor UWV-cliënten. Een commissie van twee onafhankelijke medewerkers behandelt elke klacht.',
    en: 'Re-integration, including UWV clients. A committee of two independent staff members handles each complaint.',
  },
  rules: {
    acknowledgement: { amount: 5, unit: 'workingDays', from: 'receipt' },
    // Procedure step 4: notice "within four weeks of the date of receipt".
    nonAdmission: { amount: 4, unit: 'weeks', from: 'receipt' },
    nonAdmissionMotivationRequired: false,
    // Step 6: a reasoned written decision within 4 weeks of receipt.
    decision: { amount: 4, unit: 'weeks', from: 'receipt' },
    decisionReasoned: true,
    decisionInWriting: true,
    foundedVerdict: false,
    // Step 6: if late, the complainant is told in time and a new date is agreed.
    extension: { kind: 'agreed', requireNewDate: true, requireReason: false },
    appeal: null,
    appealDecision: null,
    appealReviewerIndependent: false,
    externalOfficerContact: null,
    reportThreshold: null,
    reportNonAdmissionAgainst: 'nonAdmissionTerm',
    maxEventAge: null,
    excludedSubjects: [],
    // Any dissatisfaction counts; step 2 only asks for it in writing.
    writtenConfirmationRequested: true,
    writtenOnly: false,
    oralIntake: 'complainantWrites',
    handling: { kind: 'committee', committeeSize: 2 },
    complainantConsulted: false,
    // Step 5: "hoor en wederhoor ... alle partijen horen": the complainant and the employee concerned.
    hearingRequired: true,
    // The text sets no condition on whom the committee hears.
    consentToConsultOthers: false,
    escalationBodies: [
      {
        name: 'Arbeidsdeskundige UWV',
        contact: null,
        description: {
          nl: 'Wordt bij UWV-cliënten over de klacht ingelicht; de klager kan zich tot hem of haar wenden als de afhandeling tekortschoot.',
          en: 'Is told about complaints of UWV clients; the complainant can turn to them when the handling fell short.',
        },
        responseTerm: null,
        appliesTo: 'uwvClients',
        anyMoment: false,
      },
    ],
    internalStages: [],
    holidays: publicHolidaysOnly(),
    requiredFields: ['name', 'description'],
    complainantRoles: ['client'],
    clientDetails: [],
    reopenOnNewInformation: false,
    // Step 7: the committee may start a new investigation or make a new offer.
    newInvestigationOnDissatisfaction: true,
    informUwvLabourExpert: true,
    informDirectie: false,
    askSatisfaction: false,
    employeeFeedback: false,
    teamDiscussion: false,
    reviewPeriod: 'none',
    // "Registratie van klachten": a commissioning party sees its complaints on request.
    commissioningParties: [
      { key: 'uwv', name: 'UWV' },
      { key: 'gemeente', name: 'Gemeente' },
    ],
    commissioningPartyInsight: true,
    // "Het klachtenreglement wordt bij aanvang van het traject bij de cliënt onder de aandacht
    // gebracht": the text names no number of days; "bij aanvang" is read as within the first week.
    informClientsAtStart: true,
    informClientsWithin: { amount: 5, unit: 'workingDays' },
  },
}
