import type { ProcedureContext } from './context'
import type { GuardName } from './guards'
import type { Refusal } from './refusal'

import { guards } from './guards'
import { describeRefusal } from './messages'
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

// Receipt is acknowledged within its term, also of an oral complaint not yet in writing (IZW).
const ACKNOWLEDGE: readonly GuardName[] = ['acknowledgementSent']
const NOT_ADMIT: readonly GuardName[] = ['nonAdmissionNoticeSent', 'motivationGiven']
/** Who handles, as the regulation demands it: checked again at every step that rests on it. */
const HANDLED: readonly GuardName[] = ['handlerAssigned', 'committeeIndependent']
const DECIDE: readonly GuardName[] = [
  'decisionLetterSent',
  'reasonsGiven',
  'outcomeRecorded',
  'hearingHeld',
  'complainantConsulted',
  ...HANDLED,
]
/** A conversation on the agenda; one with someone else only with the complainant's consent (IZW). */
const HEAR: readonly GuardName[] = ['hearingScheduled', 'othersHeardWithConsent', ...HANDLED]
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
    // Nothing runs on an oral complaint before it is official; the data the regulation requires is there.
    inProgress: ['officialOrNotRequired', 'requiredDataRecorded', ...HANDLED, 'admissible'],
    notAdmitted: NOT_ADMIT,
    withdrawn: WITHDRAW,
    resolvedInformally: RESOLVE,
  },
  inProgress: {
    hearing: HEAR,
    extended: ['extensionAllowed', ...HANDLED],
    decided: DECIDE,
    notAdmitted: NOT_ADMIT,
    withdrawn: WITHDRAW,
    resolvedInformally: RESOLVE,
  },
  hearing: {
    inProgress: HANDLED,
    extended: ['extensionAllowed', ...HANDLED],
    decided: DECIDE,
    withdrawn: WITHDRAW,
    resolvedInformally: RESOLVE,
  },
  extended: {
    hearing: HEAR,
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
    inProgress: HANDLED,
    hearing: HEAR,
    decided: DECIDE,
  },
  notAdmitted: { closed: CLOSE },
  withdrawn: { closed: CLOSE },
  resolvedInformally: { closed: CLOSE },
}

export type TransitionCheck = { allowed: true } | { allowed: false; refusals: Refusal[] }

export type TransitionEdge = {
  from: ComplaintStatus
  to: ComplaintStatus
  guards: readonly GuardName[]
}

/** The table as a flat list, one entry per allowed change. */
export const transitionEdges = (): TransitionEdge[] =>
  COMPLAINT_STATUSES.flatMap((from) =>
    Object.entries(TRANSITIONS[from]).map(([to, names]) => ({
      from,
      to: to as ComplaintStatus,
      guards: names ?? [],
    })),
  )

const isStatus = (value: string): value is ComplaintStatus =>
  (COMPLAINT_STATUSES as readonly string[]).includes(value)

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

/** The shortest way through the table from one status to another: the statuses passed, `to` last; null when there is none. */
export const routeTo = (from: ComplaintStatus, to: ComplaintStatus): ComplaintStatus[] | null => {
  const cameFrom = new Map<ComplaintStatus, ComplaintStatus>()
  const queue: ComplaintStatus[] = [from]
  while (queue.length > 0) {
    const at = queue.shift() as ComplaintStatus
    for (const next of Object.keys(TRANSITIONS[at]) as ComplaintStatus[]) {
      if (next === from || cameFrom.has(next)) continue
      cameFrom.set(next, at)
      if (next === to) {
        const route: ComplaintStatus[] = [to]
        while (route[0] !== from)
          route.unshift(cameFrom.get(route[0] as ComplaintStatus) as ComplaintStatus)
        return route.slice(1)
      }
      queue.push(next)
    }
  }
  return null
}

/** "eerst 'bevestigd' (nog nodig: …); dan 'in behandeling' (…)": each step and what it still needs now. */
const describeRoute = (
  from: ComplaintStatus,
  route: ComplaintStatus[],
  context: ProcedureContext,
  lang: 'nl' | 'en',
): string =>
  route
    .map((step, index) => {
      const previous = index === 0 ? from : (route[index - 1] as ComplaintStatus)
      const needs = (TRANSITIONS[previous][step] ?? [])
        .flatMap((name) => guards[name](context))
        .map((refusal) => describeRefusal(refusal, lang))
      const still =
        needs.length > 0
          ? ` (${lang === 'nl' ? 'nog nodig' : 'still needed'}: ${needs.join(' ')})`
          : ''
      return `'${label(step, lang)}'${still}`
    })
    .join(lang === 'nl' ? '; dan ' : '; then ')

const notDirect = (
  from: ComplaintStatus,
  to: ComplaintStatus,
  route: ComplaintStatus[],
  context: ProcedureContext,
): Refusal => ({
  ...notAllowed(from, to),
  rule: 'transitionNotDirect',
  params: {
    ...notAllowed(from, to).params,
    steps_nl: describeRoute(from, route, context, 'nl'),
    steps_en: describeRoute(from, route, context, 'en'),
  },
})

export const canTransition = (
  from: ComplaintStatus,
  to: ComplaintStatus,
  context: ProcedureContext,
): TransitionCheck => {
  if (from === to && isStatus(from)) return { allowed: true }
  const names = isStatus(from) ? TRANSITIONS[from][to] : undefined
  if (!names) {
    const route = isStatus(from) && isStatus(to) ? routeTo(from, to) : null
    return {
      allowed: false,
      refusals: [route ? notDirect(from, to, route, context) : notAllowed(from, to)],
    }
  }
  const refusals = names.flatMap((name) => guards[name](context))
  return refusals.length === 0 ? { allowed: true } : { allowed: false, refusals }
}

/** Stages in which the complaint is still being handled: the procedure still owes it a step. */
export const IN_HANDLING: ReadonlySet<ComplaintStatus> = new Set([
  'received',
  'awaitingWrittenConfirmation',
  'acknowledged',
  'inProgress',
  'hearing',
  'extended',
  'appealed',
  'reopened',
])

/** From acknowledgement on, who handles is part of the record the later steps rest on. */
const HANDLING_STARTED: ReadonlySet<ComplaintStatus> = new Set([
  'inProgress',
  'hearing',
  'extended',
  'decided',
  'closed',
  'appealed',
  'appealDecided',
  'reopened',
])
const APPEAL_STAGE: ReadonlySet<ComplaintStatus> = new Set(['appealed', 'appealDecided'])

/**
 * What the regulation demands of who handles, checked on any save that changes the handling
 * people: a committee always has its size and independence; once handling started, the handler
 * or committee is there; in appeal, the reviewer is independent.
 */
export const handlingPeopleRefusals = (
  status: ComplaintStatus,
  context: ProcedureContext,
): Refusal[] => {
  const names: GuardName[] = []
  if (HANDLING_STARTED.has(status)) names.push(...HANDLED)
  else if ((context.facts.committee ?? []).length > 0) names.push('committeeIndependent')
  if (APPEAL_STAGE.has(status) && context.facts.appealReviewer)
    names.push('appealReviewerIndependent')
  return names.flatMap((name) => guards[name](context))
}

/** The statuses the complaint can move to now (its own status not included). */
export const allowedNext = (from: ComplaintStatus, context: ProcedureContext): ComplaintStatus[] =>
  Object.keys(TRANSITIONS[from] ?? {}).filter(
    (to): to is ComplaintStatus => isStatus(to) && canTransition(from, to, context).allowed,
  )
