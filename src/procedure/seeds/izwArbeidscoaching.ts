import type { RegulationSeed } from '../rules'

import { publicHolidaysOnly } from './holidays'

export const izwArbeidscoaching: RegulationSeed = {
  slug: 'izw-arbeidscoaching',
  name: 'IederZijnWerk Arbeidscoaching - Klachtenprocedure',
  organisation: 'IederZijnWerk',
  clientCategory: 'arbeidscoaching',
  version: '3',
  inForceFrom: '2024-01-25',
  inForceStrictly: false,
  summary: {
    nl: 'Begeleiding naar en bij werk. Eerst een gesprek; daarna leidinggevende of directie, en zo nodig een onafhankelijke klachtenfunctionaris.',
    en: 'Job coaching. A conversation first; then the manager or directie, and if needed an independent complaints officer.',
  },
  rules: {
    acknowledgement: { amount: 5, unit: 'workingDays', from: 'receipt' },
    nonAdmission: { amount: 4, unit: 'weeks', from: 'receipt' },
    nonAdmissionMotivationRequired: true,
    // The four weeks run from the moment the complaint is official, i.e. written.
    decision: { amount: 4, unit: 'weeks', from: 'official' },
    decisionReasoned: false,
    decisionInWriting: true,
    foundedVerdict: false,
    extension: { kind: 'none' },
    appeal: null,
    appealDecision: null,
    appealReviewerIndependent: false,
    // "within 5 days of receipt": days, not working days; receipt by the officer.
    externalOfficerContact: { amount: 5, unit: 'calendarDays', from: 'referral' },
    // The yearly report counts against 6 weeks although the procedure says 4.
    reportThreshold: { amount: 6, unit: 'weeks', from: 'official' },
    reportNonAdmissionAgainst: 'reportThreshold',
    maxEventAge: null,
    excludedSubjects: [],
    writtenConfirmationRequested: true,
    writtenOnly: true,
    oralIntake: 'staffRecordsForm',
    handling: { kind: 'directie', committeeSize: null },
    complainantConsulted: false,
    // The complaints officer "kan ... op basis van hoor en wederhoor een advies" give: may, not must.
    hearingRequired: false,
    // "Indien nodig kan IederZijnWerk Arbeidscoaching contact opnemen met andere betrokkenen, maar
    // dit gebeurt altijd na toestemming van de betrokken partij."
    consentToConsultOthers: true,
    escalationBodies: [
      {
        name: 'Onafhankelijk klachtenfunctionaris (mr. J.G.H. van der Kolk)',
        contact: 'josvanderkolk2@gmail.com',
        description: {
          nl: 'Adviseert, onderzoekt met hoor en wederhoor en bemiddelt wanneer medewerker, leidinggevende en directie er niet uitkomen.',
          en: 'Advises, investigates hearing both sides and mediates when staff, manager and directie cannot settle the complaint.',
        },
        responseTerm: { amount: 5, unit: 'calendarDays' },
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
