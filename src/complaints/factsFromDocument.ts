import type { ComplaintFacts } from '../procedure/facts'
import { plainText } from './richText'
import { isoDateOf } from './storedDates'

type Stored = Record<string, any>

/** Where the procedure core names a fact, the field of the complaint that holds it. */
export const fieldOfFact: Record<string, string> = {
  decisionMotivation: 'reasoning',
  hearingOn: 'hearings',
  subjects: 'excludedSubject',
}

const ORAL_CHANNELS = new Set(['phone', 'inPerson'])

/** Hearings in which the complainant was (to be) heard. */
const COMPLAINANT_HEARD = new Set(['complainant', 'complainantAndEmployee'])

/** The id of a relationship value, whether Payload gave the id or the populated document. */
export const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return String(value)
}

const ids = (values: unknown): string[] =>
  Array.isArray(values) ? values.map(idOf).filter((id): id is string => id !== null) : []

/**
 * What the procedure core knows of a stored complaint. `committeeMembers` are passed in because
 * they live on the Committee document.
 */
export const factsFromDocument = (
  complaint: Stored,
  committeeMembers: string[] = [],
): ComplaintFacts => {
  const date = (name: string) => isoDateOf(complaint[name])
  const hearings: Stored[] = complaint.hearings ?? []
  const held = hearings.filter((hearing) => hearing.date && !hearing.waived)
  const withComplainant = hearings.filter((hearing) => COMPLAINANT_HEARD.has(hearing.heard))
  const consulted = withComplainant.filter((hearing) => hearing.date && !hearing.waived)
  const person = complaint.complainant ?? {}
  return {
    receivedOn: date('receivedOn') as string,
    channel: ORAL_CHANNELS.has(complaint.channel) ? 'oral' : 'written',
    officialOn: date('officialOn'),
    data: {
      name: person.name ?? null,
      address: person.address ?? null,
      city: person.city ?? null,
      phone: person.phone ?? null,
      email: person.email ?? null,
      role: person.role ?? null,
      description: complaint.description ?? null,
      desiredSolution: complaint.desiredSolution ?? null,
      attachments: ids(complaint.attachments).length,
      client: {
        name: complaint.client?.name ?? null,
        number: complaint.client?.number ?? null,
        dateOfBirth: isoDateOf(complaint.client?.dateOfBirth),
      },
    },
    acknowledgedOn: date('acknowledgedOn'),
    eventsOn: date('eventsOn'),
    subjects: complaint.excludedSubject ? [complaint.excludedSubject] : [],
    handler: idOf(complaint.handler),
    committee: committeeMembers,
    involved: [...ids(complaint.involved), ...ids([complaint.subjectEmployee])],
    employeeConcerned: ids([complaint.subjectEmployee]).length > 0,
    nonAdmittedOn: date('nonAdmittedOn'),
    nonAdmissionMotivation: complaint.nonAdmissionMotivation ?? null,
    hearingOn: held.length ? isoDateOf(held[held.length - 1]?.date) : null,
    // The first conversation with the complainant: one still ahead is not a consultation yet.
    complainantConsultedOn:
      consulted
        .map((hearing) => isoDateOf(hearing.date))
        .filter((date): date is string => Boolean(date))
        .sort()[0] ?? null,
    complainantDeclinedConsultation: withComplainant.some((hearing) => hearing.waived),
    hearings: hearings.map((hearing) => ({
      date: isoDateOf(hearing.date),
      heard: hearing.heard ?? null,
      waived: Boolean(hearing.waived),
    })),
    consent: {
      givenOn: isoDateOf(complaint.consent?.givenOn),
      how: complaint.consent?.how ?? null,
      scope: complaint.consent?.scope ?? null,
    },
    extensions: (complaint.extensions ?? []).map((extension: Stored) => ({
      kind: extension.kind,
      announcedOn: isoDateOf(extension.announcedOn),
      newDate: isoDateOf(extension.newDate),
      reason: extension.reason ?? null,
    })),
    decidedOn: date('decidedOn'),
    decisionMotivation: plainText(complaint.reasoning).trim() || null,
    outcome: complaint.outcome ?? null,
    closedOn: date('closedOn'),
    appealedOn: date('appealedOn'),
    appealReviewer: idOf(complaint.appealReviewer),
    appealDecidedOn: date('appealDecidedOn'),
    newInformationOn: date('newInformationOn'),
    dissatisfiedOn: date('dissatisfiedOn'),
    referredOn: date('referredOn'),
    referredTo: complaint.referredTo || null,
    arrivedThroughBody: Boolean(complaint.arrivedThroughBody),
    bodyContactedOn: date('bodyContactedOn'),
    withdrawnOn: date('withdrawnOn'),
    resolvedOn: date('resolvedOn'),
    employeeFeedbackOn: date('employeeFeedbackOn'),
    teamDiscussedOn: date('teamDiscussedOn'),
    internalStages: (complaint.internalStages ?? []).map((row: Stored) => ({
      stage: String(row.stage ?? ''),
      on: isoDateOf(row.on),
    })),
    improvementActions: (complaint.improvementActions ?? []).map((action: Stored) => ({
      action: action.action ?? null,
      owner: idOf(action.owner),
      dueOn: isoDateOf(action.dueOn),
      done: Boolean(action.done),
    })),
  }
}
