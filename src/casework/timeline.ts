import { metOn } from '../procedure/openDeadlines'

import type { Deadline } from '../procedure/deadline'
import type { ComplaintFacts } from '../procedure/facts'

type Stored = Record<string, any>

/** One entry of a case's history, in the words of the case page's language. */
export type TimelineEvent = {
  /** A day (YYYY-MM-DD) or a moment (ISO); entries sort by it. */
  at: string
  kind:
    'received' | 'stage' | 'letter' | 'extension' | 'hearing' | 'escalation' | 'act' | 'deadline'
  /** What happened, as a text key and its values. */
  text: string
  values: Record<string, string>
  /** Who did it: a person's name, or null for the system. */
  by?: string | null
  /** For a deadline: met in time, met late, still running, or passed. */
  state?: 'met' | 'late' | 'open' | 'passed'
}

export type TimelineInput = {
  complaint: Stored
  /** The complaint's versions, oldest first: each with its moment and what was saved. */
  versions: { createdAt: string; version: Stored }[]
  letters: Stored[]
  /** The regulation's deadlines for this complaint, and the facts that meet them. */
  deadlines: readonly Deadline[]
  facts: ComplaintFacts
  admissible: boolean
  today: string
  nameOf: (id: unknown) => string | null
  /** An internal stage's name, by its key, in the reader's language. */
  internalStageName: (key: string) => string
}

const day = (value: unknown): string | null =>
  typeof value === 'string' && value.length >= 10 ? value.slice(0, 10) : null

/** Who saved a version: the person, or nobody (the public form, a job). */
const saver = (version: Stored, nameOf: TimelineInput['nameOf']) =>
  version.savedBy ? nameOf(version.savedBy) : null

const stages = ({ versions, nameOf }: TimelineInput): TimelineEvent[] => {
  const events: TimelineEvent[] = []
  let previous: string | null = null
  for (const { createdAt, version } of versions) {
    if (previous === null)
      events.push({
        at: createdAt,
        kind: 'stage',
        text: 'timeline.created',
        values: {},
        by: saver(version, nameOf),
      })
    else if (version.status !== previous)
      events.push({
        at: createdAt,
        kind: 'stage',
        text: 'timeline.stage',
        values: { stage: String(version.status) },
        by: saver(version, nameOf),
      })
    previous = String(version.status)
  }
  return events
}

const letters = ({ letters: all }: TimelineInput): TimelineEvent[] =>
  all.flatMap((letter) => {
    const values = { letter: String(letter.kind) }
    const drafted: TimelineEvent = {
      at: String(letter.createdAt),
      kind: 'letter',
      text: 'timeline.letterDrafted',
      values,
    }
    // A sent letter is never changed again: its last save is the moment it went out.
    const sent = letter.status === 'sent' ? String(letter.updatedAt ?? day(letter.sentOn)) : null
    return sent
      ? [
          drafted,
          { at: sent, kind: 'letter', text: 'timeline.letterSent', values } as TimelineEvent,
        ]
      : [drafted]
  })

const ACTS = [
  ['referredOn', 'timeline.referred'],
  ['bodyContactedOn', 'timeline.bodyContacted'],
  ['appealedOn', 'timeline.appealed'],
  ['newInformationOn', 'timeline.newInformation'],
  ['dissatisfiedOn', 'timeline.dissatisfied'],
] as const

const records = ({ complaint, today, internalStageName }: TimelineInput): TimelineEvent[] => [
  ...((complaint.extensions as Stored[] | undefined) ?? []).flatMap((extension) =>
    day(extension.announcedOn)
      ? [
          {
            at: day(extension.announcedOn) as string,
            kind: 'extension' as const,
            text: 'timeline.extension',
            values: { kind: String(extension.kind), reason: String(extension.reason ?? '') },
          },
        ]
      : [],
  ),
  ...((complaint.hearings as Stored[] | undefined) ?? []).flatMap((hearing) =>
    day(hearing.date)
      ? [
          {
            at: day(hearing.date) as string,
            kind: 'hearing' as const,
            text: hearing.waived
              ? 'timeline.hearingWaived'
              : (day(hearing.date) as string) > today
                ? 'timeline.hearingPlanned'
                : 'timeline.hearing',
            values: { heard: String(hearing.heard ?? ''), party: String(hearing.party ?? '') },
          },
        ]
      : [],
  ),
  // Each internal stage the complaint moved up to, from its day (both IZW).
  ...((complaint.internalStages as Stored[] | undefined) ?? []).flatMap((row) =>
    day(row.on)
      ? [
          {
            at: day(row.on) as string,
            kind: 'act' as const,
            text: 'timeline.internalStage',
            values: {
              internalStage: internalStageName(String(row.stage)),
              handledBy: String(row.handledBy ?? '').trim(),
            },
          },
        ]
      : [],
  ),
  ...(day(complaint.consent?.givenOn)
    ? [
        {
          at: day(complaint.consent.givenOn) as string,
          kind: 'act' as const,
          text: 'timeline.consent',
          values: { how: String(complaint.consent.how ?? '') },
        },
      ]
    : []),
  ...((complaint.escalations as Stored[] | undefined) ?? []).flatMap((escalation) =>
    day(escalation.date)
      ? [
          {
            at: day(escalation.date) as string,
            kind: 'escalation' as const,
            text: 'timeline.escalation',
            values: { body: String(escalation.body ?? '') },
          },
        ]
      : [],
  ),
  // Acts recorded by their date: a referral, an appeal, new information, dissatisfaction.
  ...ACTS.flatMap(([field, text]) => {
    const on = day(complaint[field])
    return on ? [{ at: on, kind: 'act' as const, text, values: {} }] : []
  }),
  // The complainant's answer to the satisfaction survey, online or recorded by staff.
  ...satisfaction(complaint),
]

const satisfaction = (complaint: Stored): TimelineEvent[] => {
  const answer = (complaint.satisfaction ?? {}) as Stored
  const on = day(answer.answeredOn)
  if (!on) return []
  return [
    answer.via
      ? {
          at: on,
          kind: 'act',
          text: 'timeline.satisfactionVia',
          values: { via: String(answer.via) },
        }
      : { at: on, kind: 'act', text: 'timeline.satisfaction', values: {} },
  ]
}

/** Each deadline the organisation owes: met in time or late (on the day it was met), or still open. */
const deadlines = ({
  deadlines: all,
  facts,
  admissible,
  today,
}: TimelineInput): TimelineEvent[] => {
  const extended = all.some((deadline) => deadline.kind === 'decisionExtended')
  return all
    .filter(
      (deadline) =>
        deadline.owedBy === 'organisation' &&
        deadline.kind !== 'reportThreshold' &&
        !(deadline.kind === 'decision' && extended) &&
        !(deadline.kind === 'nonAdmission' && admissible && !facts.nonAdmittedOn),
    )
    .map((deadline) => {
      const met = metOn(deadline.kind, facts)
      const values = { kind: deadline.kind, due: deadline.date }
      if (met)
        return {
          at: met,
          kind: 'deadline',
          text: met <= deadline.date ? 'timeline.met' : 'timeline.late',
          values,
          state: met <= deadline.date ? 'met' : 'late',
        }
      const passed = deadline.date < today
      return {
        at: deadline.date,
        kind: 'deadline',
        text: passed ? 'timeline.passed' : 'timeline.open',
        values,
        state: passed ? 'passed' : 'open',
      }
    })
}

/**
 * The case's history: receipt, each change of stage and who made it (from the versions), letters
 * drafted and sent, extensions, hearings, internal stages, referrals, and each deadline met, late
 * or open.
 */
export const timelineOf = (input: TimelineInput): TimelineEvent[] => {
  const received: TimelineEvent = {
    at: day(input.complaint.receivedOn) ?? String(input.complaint.createdAt),
    kind: 'received',
    text: 'timeline.received',
    values: { channel: String(input.complaint.channel ?? '') },
  }
  // A day without a time sorts at the end of that day, after what happened at a known moment;
  // receipt opens its day.
  const key = (event: TimelineEvent) =>
    /^\d{4}-\d{2}-\d{2}$/.test(event.at)
      ? `${event.at}T${event.kind === 'received' ? '00:00' : '99:99'}`
      : event.at
  return [received, ...stages(input), ...letters(input), ...records(input), ...deadlines(input)]
    .map((event, order) => ({ event, order, key: key(event) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order))
    .map(({ event }) => event)
}
