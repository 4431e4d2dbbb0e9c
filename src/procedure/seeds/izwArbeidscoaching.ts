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
    hearingRequired: false,
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
    holidays: publicHolidaysOnly(),
    requiredFields: ['name', 'address', 'city', 'phone', 'description'],
    complainantRoles: ['client', 'legalRepresentative', 'survivingRelative'],
    reopenOnNewInformation: false,
    newInvestigationOnDissatisfaction: false,
    informUwvLabourExpert: false,
    informDirectie: true,
    askSatisfaction: true,
    employeeFeedback: true,
    teamDiscussion: true,
    reviewPeriod: 'none',
    // "Deze is te vinden op de website": published, not brought to each client at the start.
    informClientsAtStart: false,
    informClientsWithin: null,
  },
}
