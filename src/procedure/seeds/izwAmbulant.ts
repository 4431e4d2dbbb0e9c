import type { RegulationSeed } from '../rules'

import { publicHolidaysOnly } from './holidays'

export const izwAmbulant: RegulationSeed = {
  slug: 'izw-ambulant',
  name: 'IederZijnWerk Ambulant - Klachtenprocedure',
  organisation: 'IederZijnWerk',
  clientCategory: 'ambulant',
  version: null,
  inForceFrom: null,
  inForceStrictly: false,
  summary: {
    nl: 'Ambulante ondersteuning, dagbesteding en huishoudelijke hulp (Wkkgz). Klachtenportaal Zorg helpt de klager op elk moment.',
    en: 'Ambulant support, day activities and household help (Wkkgz). Klachtenportaal Zorg can assist the complainant at any time.',
  },
  rules: {
    acknowledgement: { amount: 5, unit: 'workingDays', from: 'receipt' },
    nonAdmission: { amount: 6, unit: 'weeks', from: 'receipt' },
    nonAdmissionMotivationRequired: true,
    decision: { amount: 6, unit: 'weeks', from: 'official' },
    decisionReasoned: false,
    decisionInWriting: true,
    foundedVerdict: false,
    // Once 4 more weeks, asked in writing within the 6; 10 weeks in all.
    extension: {
      kind: 'fixed',
      amount: 4,
      unit: 'weeks',
      max: { amount: 10, unit: 'weeks' },
      requireNewDate: false,
      requireReason: false,
    },
    appeal: null,
    appealDecision: null,
    appealReviewerIndependent: false,
    externalOfficerContact: { amount: 5, unit: 'workingDays', from: 'referral' },
    reportThreshold: { amount: 6, unit: 'weeks', from: 'official' },
    reportNonAdmissionAgainst: 'reportThreshold',
    // Complaints may concern events of at most a year ago.
    maxEventAge: { amount: 1, unit: 'years' },
    excludedSubjects: [],
    writtenConfirmationRequested: true,
    writtenOnly: true,
    oralIntake: 'staffRecordsForm',
    handling: { kind: 'directie', committeeSize: null },
    complainantConsulted: false,
    // Hoor en wederhoor is the complaints officer's way of working, not a condition of the decision.
    hearingRequired: false,
    // "Indien nodig kan IederZijnWerk Ambulant contact opnemen met andere betrokkenen bij de
    // klacht, maar dit gebeurt altijd na toestemming van de betrokken partij."
    consentToConsultOthers: true,
    escalationBodies: [
      {
        name: 'Klachtenfunctionaris Klachtenportaal Zorg',
        contact: 'info@klachtenportaalzorg.nl, www.klachtenportaalzorg.nl',
        description: {
          nl: 'Onpartijdige hulp en bemiddeling, ook voordat de klager met de organisatie praat.',
          en: 'Impartial help and mediation, also before the complainant talks to the organisation.',
        },
        responseTerm: { amount: 5, unit: 'workingDays' },
        appliesTo: 'everyone',
        anyMoment: true,
      },
      {
        name: 'Geschillencommissie Klachtenportaal Zorg',
        contact: 'www.klachtenportaalzorg.nl',
        description: {
          nl: 'Beslist over klachten die ook met de klachtenfunctionaris niet zijn opgelost.',
          en: 'Decides on complaints that stayed unresolved even with the complaints officer.',
        },
        responseTerm: null,
        appliesTo: 'everyone',
        anyMoment: false,
      },
    ],
    // "de klant ... gaat direct met de betrokken medewerker ... in gesprek"; then "de coördinator of
    // leidinggevende"; then "een gesprek met de directie".
    internalStages: [
      {
        key: 'employee',
        label: {
          nl: 'Gesprek met de betrokken medewerker',
          en: 'Conversation with the employee concerned',
        },
      },
      {
        key: 'coordinator',
        label: { nl: 'Coördinator of leidinggevende', en: 'Coordinator or manager' },
      },
      { key: 'directie', label: { nl: 'Directie', en: 'Management (directie)' } },
    ],
    holidays: publicHolidaysOnly(),
    requiredFields: ['name', 'address', 'city', 'phone', 'description'],
    // "de klant zelf, de wettelijk vertegenwoordiger van de klant, of nabestaande van een overleden klant".
    complainantRoles: ['client', 'legalRepresentative', 'survivingRelative'],
    // Care identifies a client by name and date of birth; a relative knows both.
    clientDetails: ['dateOfBirth'],
    reopenOnNewInformation: false,
    newInvestigationOnDissatisfaction: false,
    informUwvLabourExpert: false,
    informDirectie: true,
    askSatisfaction: true,
    employeeFeedback: true,
    teamDiscussion: true,
    reviewPeriod: 'none',
    commissioningParties: [],
    commissioningPartyInsight: false,
    // "Deze is te vinden op de website": published, not brought to each client at the start.
    informClientsAtStart: false,
    informClientsWithin: null,
  },
}
