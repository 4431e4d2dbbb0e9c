import type { RegulationSeed } from '../rules'

import { publicHolidaysOnly } from './holidays'

export const hss: RegulationSeed = {
  slug: 'hss',
  name: 'Klachtenprocedure HSS Hulpverlening Sociale Sector',
  organisation: 'HSS Hulpverlening Sociale Sector',
  clientCategory: null,
  version: null,
  inForceFrom: null,
  inForceStrictly: false,
  summary: {
    nl: 'Hulpverlening in de sociale sector. De directie behandelt elke klacht en inventariseert ze elk kwartaal.',
    en: 'Social-sector assistance. The directie handles every complaint and reviews them every quarter.',
  },
  rules: {
    // 3.2: a confirmation letter within 7 working days of arrival.
    acknowledgement: { amount: 7, unit: 'workingDays', from: 'receipt' },
    nonAdmission: null,
    nonAdmissionMotivationRequired: true,
    // 3.3: a reasoned position within six weeks of arrival, in person or in writing.
    decision: { amount: 6, unit: 'weeks', from: 'receipt' },
    decisionReasoned: true,
    decisionInWriting: false,
    foundedVerdict: false,
    extension: { kind: 'none' },
    appeal: null,
    appealDecision: null,
    appealReviewerIndependent: false,
    externalOfficerContact: null,
    reportThreshold: null,
    reportNonAdmissionAgainst: 'nonAdmissionTerm',
    maxEventAge: null,
    // 3.1: administration costs as such are no complaint; how staff acted around them can be.
    excludedSubjects: [
      {
        key: 'administrationCosts',
        label: { nl: 'administratiekosten', en: 'administration costs' },
      },
    ],
    writtenConfirmationRequested: false,
    writtenOnly: false,
    oralIntake: 'staffRecordsForm',
    handling: { kind: 'directie', committeeSize: null },
    // 3.3: "onderzoekt de klacht in overleg met de klager en eventueel de betrokken medewerker(s)":
    // the complainant is consulted, the employee only where needed, so no hoor en wederhoor.
    complainantConsulted: true,
    hearingRequired: false,
    consentToConsultOthers: false,
    escalationBodies: [
      {
        name: 'Er is iets misgegaan',
        contact: 'erisietsmisgegaan.nl',
        description: {
          nl: 'Externe klachtenvoorziening voor wie zich niet in de uitkomst kan vinden.',
          en: 'External complaints service for complainants who do not accept the outcome.',
        },
        responseTerm: null,
        appliesTo: 'everyone',
        anyMoment: false,
      },
    ],
    internalStages: [],
    holidays: publicHolidaysOnly(),
    requiredFields: ['name', 'description'],
    complainantRoles: ['client'],
    clientDetails: [],
    reopenOnNewInformation: false,
    newInvestigationOnDissatisfaction: false,
    informUwvLabourExpert: false,
    informDirectie: true,
    askSatisfaction: false,
    employeeFeedback: false,
    teamDiscussion: false,
    reviewPeriod: 'quarter',
    commissioningParties: [],
    commissioningPartyInsight: false,
    informClientsAtStart: false,
    informClientsWithin: null,
  },
}
