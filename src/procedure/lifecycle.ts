import type { ProcedureContext } from './context'
import type { GuardName } from './guards'
import type { Refusal } from './refusal'

import { guards } from './guards'
import { refuse } from './refusal'
import { STATUS_LABELS } from './statusLabels'

export const COMPLAINT_STATUSES = [
  'received',
  /** Oral complaint; waiting for it in writing or on the form. */
  'awaitingWrittenConfirmation',
  'acknowledged',
  /** Niet in behandeling genomen. */
  'notAdmitted',
  'inProgress',
  /** Hoor en wederhoor. */
  'hearing',
  'extended',
  'decided',
  'closed',
  'appealed',
  'appealDecided',
  'reopened',
  'withdrawn',
  'resolvedInformally',
] as const

export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number]

type Edges = Partial<Record<ComplaintStatus, readonly GuardName[]>>

const ACKNOWLEDGE: readonly GuardName[] = ['acknowledgementSent', 'officialOrNotRequired']
const NOT_ADMIT: readonly GuardName[] = ['nonAdmissionNoticeSent', 'motivationGiven']
const DECIDE: readonly GuardName[] = ['decisionLetterSent', 'reasonsGiven', 'outcomeRecorded', 'hearingHeld']
const APPEAL: readonly GuardName[] = ['appealAllowed', 'withinAppealWindow']
const CLOSE: readonly GuardName[] = ['closureRecorded']
const WITHDRAW: readonly GuardName[] = ['withdrawalRecorded']
const RESOLVE: readonly GuardName[] = ['resolutionRecorded']

/**
 * The procedure: every status change allowed, and what each one requires.
 * A change not listed here is refused; saving without a change always passes.
 */
export const TRANSITIONS: Readonly<Record<ComplaintStatus, Edges>> = {
  received: {
    awaitingWrittenConfirmation: ['oralComplaint'],
    acknowledged: ACKNOWLEDGE,
    notAdmitted: NOT_ADMIT,
    withdrawn: WITHDRAW,
    resolvedInformally: RESOLVE,
  },
  awaitingWrittenConfirmation: {
    acknowledged: ACKNOWLEDGE,
    notAdmitted: NOT_ADMIT,
    withdrawn: WITHDRAW,
    resolvedInformally: RESOLVE,
  },
  acknowledged: {
    inProgress: ['handlerAssigned', 'committeeIndependent', 'admissible'],
    notAdmitted: NOT_ADMIT,
    withdrawn: WITHDRAW,
    resolvedInformally: RESOLVE,
  },
  inProgress: {
    hearing: ['hearingScheduled'],
    extended: ['extensionAllowed'],
    decided: DECIDE,
    notAdmitted: NOT_ADMIT,
    withdrawn: WITHDRAW,
    resolvedInformally: RESOLVE,
  },
  hearing: {
    inProgress: [],
    extended: ['extensionAllowed'],
    decided: DECIDE,
    withdrawn: WITHDRAW,
    resolvedInformally: RESOLVE,
  },
  extended: {
    hearing: ['hearingScheduled'],
    decided: DECIDE,
    withdrawn: WITHDRAW,
    resolvedInformally: RESOLVE,
  },
  decided: {
    closed: CLOSE,
    appealed: APPEAL,
    reopened: ['reopenGrounds'],
  },
  closed: {
    appealed: APPEAL,
    reopened: ['reopenGrounds'],
  },
  appealed: {
    appealDecided: ['appealDecisionSent', 'appealReviewerIndependent'],
    withdrawn: WITHDRAW,
  },
  appealDecided: { closed: CLOSE },
  reopened: {
    inProgress: [],
    hearing: ['hearingScheduled'],
    decided: DECIDE,
  },
  notAdmitted: { closed: CLOSE },
  withdrawn: { closed: CLOSE },
  resolvedInformally: { closed: CLOSE },
}

export type TransitionCheck = { allowed: true } | { allowed: false; refusals: Refusal[] }

export type TransitionEdge = { from: ComplaintStatus; to: ComplaintStatus; guards: readonly GuardName[] }

/** The table as a flat list, one entry per allowed change. */
export const transitionEdges = (): TransitionEdge[] =>
  COMPLAINT_STATUSES.flatMap((from) =>
    Object.entries(TRANSITIONS[from]).map(([to, names]) => ({ from, to: to as ComplaintStatus, guards: names ?? [] })),
  )

const isStatus = (value: string): value is ComplaintStatus => (COMPLAINT_STATUSES as readonly string[]).includes(value)

const label = (status: string, lang: 'nl' | 'en'): string =>
  isStatus(status) ? STATUS_LABELS[lang][status] : status

const notAllowed = (from: string, to: string): Refusal =>
  refuse('transitionNotAllowed', 'status', {
    from,
    to,
    from_nl: label(from, 'nl'),
    from_en: label(from, 'en'),
    to_nl: label(to, 'nl'),
    to_en: label(to, 'en'),
  })

export const canTransition = (from: ComplaintStatus, to: ComplaintStatus, context: ProcedureContext): TransitionCheck => {
  if (from === to && isStatus(from)) return { allowed: true }
  const names = isStatus(from) ? TRANSITIONS[from][to] : undefined
  if (!names) return { allowed: false, refusals: [notAllowed(from, to)] }
  const refusals = names.flatMap((name) => guards[name](context))
  return refusals.length === 0 ? { allowed: true } : { allowed: false, refusals }
}

/** The statuses the complaint can move to now (its own status not included). */
export const allowedNext = (from: ComplaintStatus, context: ProcedureContext): ComplaintStatus[] =>
  Object.keys(TRANSITIONS[from] ?? {}).filter(
    (to): to is ComplaintStatus => isStatus(to) && canTransition(from, to, context).allowed,
  )
