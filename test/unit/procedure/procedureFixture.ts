import type {
  ComplaintFacts,
  GuardName,
  RefusalRule,
  RegulationRules,
} from '../../../src/procedure'

import { copySeed, createContext } from '../../../src/procedure'

/** A regulation that uses every feature, so one set of facts can pass every guard. */
export const everything: RegulationRules = {
  ...copySeed('izw-ambulant').rules,
  writtenOnly: false,
  handling: { kind: 'committee', committeeSize: 2 },
  hearingRequired: true,
  decisionReasoned: true,
  foundedVerdict: true,
  nonAdmissionMotivationRequired: true,
  appeal: { amount: 2, unit: 'weeks', from: 'decision' },
  appealReviewerIndependent: true,
  reopenOnNewInformation: true,
  complainantConsulted: true,
  excludedSubjects: [
    {
      key: 'administrationCosts',
      label: { nl: 'administratiekosten', en: 'administration costs' },
    },
  ],
}

/** Received Fri 24 Apr 2026; decision due 5 Jun, extended once; decided 19 Jun; appeal window to 3 Jul. */
export const complete: ComplaintFacts = {
  receivedOn: '2026-04-24',
  channel: 'oral',
  officialOn: null,
  data: {
    name: 'Piet',
    address: 'Kerkweg 2',
    city: 'Zeist',
    phone: '06 12345678',
    role: 'client',
    description: 'Hulp kwam niet.',
    attachments: 0,
  },
  acknowledgedOn: '2026-04-28',
  eventsOn: '2026-03-01',
  subjects: ['conduct'],
  handler: 'dirk',
  committee: ['anna', 'bram'],
  involved: ['carla'],
  nonAdmittedOn: '2026-05-01',
  nonAdmissionMotivation: 'valt buiten de regeling',
  hearingOn: '2026-05-14',
  // Hoor en wederhoor with both sides; the former coach heard after the complainant's consent (IZW).
  hearings: [
    { date: '2026-05-12', heard: 'complainantAndEmployee' },
    { date: '2026-05-14', heard: 'other' },
  ],
  consent: { givenOn: '2026-05-11', how: 'email', scope: 'De vorige coach mag worden gehoord.' },
  complainantConsultedOn: '2026-05-12',
  extensions: [{ kind: 'fixed', announcedOn: '2026-05-29' }],
  decidedOn: '2026-06-19',
  decisionMotivation: 'gegrond op grond van het gesprek',
  outcome: 'founded',
  closedOn: '2026-06-22',
  appealedOn: '2026-06-30',
  appealReviewer: 'eva',
  appealDecidedOn: '2026-07-10',
  newInformationOn: '2026-07-15',
  withdrawnOn: '2026-05-02',
  resolvedOn: '2026-05-02',
}

export type Case = { rules: RegulationRules; facts: ComplaintFacts }

/** For each guard: a change that makes it fail, and the rule it must then name. */
export const BREAKERS: Record<GuardName, [(base: Case) => Case, RefusalRule]> = {
  oralComplaint: [(c) => ({ ...c, facts: { ...c.facts, channel: 'written' } }), 'notOral'],
  officialOrNotRequired: [
    (c) => ({ ...c, rules: { ...c.rules, writtenOnly: true } }),
    'notOfficial',
  ],
  acknowledgementSent: [
    (c) => ({ ...c, facts: { ...c.facts, acknowledgedOn: null } }),
    'acknowledgementNotSent',
  ],
  nonAdmissionNoticeSent: [
    (c) => ({ ...c, facts: { ...c.facts, nonAdmittedOn: null } }),
    'nonAdmissionNoticeNotSent',
  ],
  motivationGiven: [
    (c) => ({ ...c, facts: { ...c.facts, nonAdmissionMotivation: ' ' } }),
    'motivationMissing',
  ],
  withdrawalRecorded: [
    (c) => ({ ...c, facts: { ...c.facts, withdrawnOn: null } }),
    'withdrawalNotRecorded',
  ],
  resolutionRecorded: [
    (c) => ({ ...c, facts: { ...c.facts, resolvedOn: null } }),
    'resolutionNotRecorded',
  ],
  handlerAssigned: [
    (c) => ({
      rules: { ...c.rules, handling: { kind: 'handler', committeeSize: null } },
      facts: { ...c.facts, handler: null },
    }),
    'handlerMissing',
  ],
  committeeIndependent: [
    (c) => ({ ...c, facts: { ...c.facts, committee: ['anna'] } }),
    'committeeSizeWrong',
  ],
  admissible: [(c) => ({ ...c, facts: { ...c.facts, eventsOn: '2024-12-31' } }), 'eventsTooOld'],
  requiredDataRecorded: [
    (c) => ({ ...c, facts: { ...c.facts, data: { ...c.facts.data, phone: ' ' } } }),
    'requiredDataMissing',
  ],
  complainantConsulted: [
    (c) => ({
      ...c,
      facts: { ...c.facts, complainantConsultedOn: null, complainantDeclinedConsultation: false },
    }),
    'complainantNotConsulted',
  ],
  hearingScheduled: [
    (c) => ({ ...c, facts: { ...c.facts, hearingOn: null } }),
    'hearingNotScheduled',
  ],
  hearingHeld: [
    (c) => ({ ...c, facts: { ...c.facts, hearings: [{ date: '2026-05-14', heard: 'other' }] } }),
    'sidesNotHeard',
  ],
  othersHeardWithConsent: [
    (c) => ({ ...c, facts: { ...c.facts, consent: null } }),
    'consentMissing',
  ],
  extensionAllowed: [(c) => ({ ...c, facts: { ...c.facts, extensions: [] } }), 'extensionMissing'],
  decisionLetterSent: [
    (c) => ({ ...c, facts: { ...c.facts, decidedOn: null } }),
    'decisionNotSent',
  ],
  reasonsGiven: [
    (c) => ({ ...c, facts: { ...c.facts, decisionMotivation: null } }),
    'decisionReasonsMissing',
  ],
  outcomeRecorded: [(c) => ({ ...c, facts: { ...c.facts, outcome: null } }), 'outcomeMissing'],
  closureRecorded: [(c) => ({ ...c, facts: { ...c.facts, closedOn: null } }), 'closureNotRecorded'],
  appealAllowed: [(c) => ({ ...c, rules: { ...c.rules, appeal: null } }), 'appealNotProvided'],
  withinAppealWindow: [
    (c) => ({ ...c, facts: { ...c.facts, appealedOn: '2026-07-06' } }),
    'appealTooLate',
  ],
  appealDecisionSent: [
    (c) => ({ ...c, facts: { ...c.facts, appealDecidedOn: null } }),
    'appealDecisionNotSent',
  ],
  appealReviewerIndependent: [
    (c) => ({ ...c, facts: { ...c.facts, appealReviewer: 'dirk' } }),
    'appealReviewerNotIndependent',
  ],
  reopenGrounds: [
    (c) => ({ ...c, facts: { ...c.facts, newInformationOn: null } }),
    'newInformationMissing',
  ],
}

export const TODAY = '2026-07-20'
export const contextOf = ({ rules, facts }: Case, today = TODAY) =>
  createContext({ rules, facts, today })
export const base: Case = { rules: everything, facts: complete }
