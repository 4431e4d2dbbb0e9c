import { isoDateOf } from '../complaints/storedDates'
import { plainText } from '../complaints/richText'
import { actsForClient } from '../procedure/client'
import { daysBetween } from '../procedure/dates'
import { currentDecisionDeadline } from '../procedure/deadlines'
import { formatTerm } from '../procedure/format'
import { bodiesAtAnyMoment } from '../procedure/referral'
import { translations } from '../translations'
import { objectionText } from './objection'
import { writtenDate } from './writtenDate'

import type { Deadline } from '../procedure/deadline'
import type { Lang } from '../procedure/localized'
import type { EscalationBody, RegulationRules } from '../procedure/rules'

type Stored = Record<string, any>

export type MergeInput = {
  complaint: Stored
  regulation: Stored
  rules: RegulationRules
  deadlines: readonly Deadline[]
  /** Names of the committee members, for the letter that tells the complainant who handles it. */
  committeeMembers: string[]
  /** Where the complainant can read the regulation. */
  regulationUrl: string
  /**
   * The complainant's private link to the satisfaction survey; empty where the regulation asks
   * no satisfaction or the complaint is not decided (src/survey/links.ts).
   */
  surveyUrl?: string
  lang: Lang
  /** Whom the letter is to, where that is not the complainant. */
  addressee?: { name: string } | null
  /** The conversation an invitation is for: a row of the complaint's hearings. */
  hearing?: Stored | null
  /** What a request for information asks, and by when the answer is welcome. */
  request?: { questions: string; answerBy?: string | null } | null
}

/** "14.30" and "9:05" as a letter writes a time: 14:30, 09:05. */
const writtenTime = (time: unknown): string => {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(String(time ?? '').trim())
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : ''
}

/** When the complainant hears from us after an extension: the new date, or that we will tell them. */
const answerBy = (newDate: string, lang: Lang): string =>
  newDate
    ? lang === 'nl'
      ? `U ontvangt ons antwoord nu uiterlijk op ${newDate}.`
      : `You will now receive our answer on ${newDate} at the latest.`
    : lang === 'nl'
      ? 'Wij laten u zo snel mogelijk weten wanneer u ons antwoord ontvangt.'
      : 'We will let you know as soon as possible when you will receive our answer.'

/**
 * How long handling took, written out: calendar days from receipt to closure (or to today, for
 * a letter drafted before the closure is recorded), with both dates.
 */
const leadTime = (complaint: Stored, lang: Lang): string => {
  const from = isoDateOf(complaint.receivedOn)
  if (!from) return ''
  const to = isoDateOf(complaint.closedOn) ?? isoDateOf(new Date())!
  const days = Math.max(0, daysBetween(from, to))
  const count =
    lang === 'nl'
      ? `${days} ${days === 1 ? 'dag' : 'dagen'}`
      : `${days} ${days === 1 ? 'day' : 'days'}`
  return lang === 'nl'
    ? `${count}, van ${writtenDate(from, lang)} tot ${writtenDate(to, lang)}`
    : `${count}, from ${writtenDate(from, lang)} to ${writtenDate(to, lang)}`
}

/** The reasons the stored admissibility check gave, in the letter's language. */
const admissibilityReasons = (complaint: Stored, lang: Lang): string =>
  ((complaint.admissibilityIssues ?? []) as { nl?: string; en?: string }[])
    .map((issue) => issue[lang] ?? '')
    .filter(Boolean)
    .join(' ')

/** Bodies as the complainant reads them: each with how to reach it. */
const namesOf = (bodies: readonly EscalationBody[]): string =>
  bodies.map((body) => [body.name, body.contact].filter(Boolean).join(' — ')).join('; ')

/** Every merge field a template may use, filled for one complaint in one language. */
export const mergeValues = ({
  complaint,
  regulation,
  rules,
  deadlines,
  committeeMembers,
  regulationUrl,
  surveyUrl = '',
  lang,
  addressee,
  hearing,
  request,
}: MergeInput): Record<MergeField, string> => {
  const date = (value: unknown) => writtenDate(isoDateOf(value as string), lang)
  const deadline = (kind: Deadline['kind']) =>
    writtenDate(deadlines.find((d) => d.kind === kind)?.date, lang)
  const extension = (complaint.extensions ?? []).at(-1) as Stored | undefined
  // A body only for UWV clients (IN FOCUS's labour expert) is offered to UWV clients only.
  const uwvClient = Boolean(complaint.uwv?.isUwvClient)
  const bodies = namesOf(
    rules.escalationBodies.filter((body) => body.appliesTo === 'everyone' || uwvClient),
  )
  const referredTo = rules.escalationBodies.find((body) => body.name === complaint.referredTo)
  const newDate = writtenDate(deadlines.find((d) => d.kind === 'decisionExtended')?.date, lang)
  const outcome = complaint.outcome
    ? ((translations[lang] as Record<string, string>)[`outcome.${complaint.outcome}`] ?? '')
    : ''
  return {
    reference: complaint.reference ?? '',
    organisation: regulation.organisation ?? '',
    'regulation.name': regulation.name ?? '',
    'regulation.link': regulationUrl,
    'complainant.name': complaint.complainant?.name ?? '',
    // The greeting of a letter that may go to someone else: the complainant unless it does.
    'addressee.name': addressee?.name?.trim() || (complaint.complainant?.name ?? ''),
    'complainant.address': [complaint.complainant?.address, complaint.complainant?.city]
      .filter(Boolean)
      .join(', '),
    // The client a representative or relative complains for; empty (and its sentence left out) where the complainant is the client.
    'client.name': actsForClient(complaint.complainant?.role)
      ? String(complaint.client?.name ?? '').trim()
      : '',
    today: writtenDate(isoDateOf(new Date()), lang),
    receivedOn: date(complaint.receivedOn),
    leadTime: leadTime(complaint, lang),
    'term.decision': rules.decision ? formatTerm(rules.decision, lang) : '',
    'term.appeal': rules.appeal ? formatTerm(rules.appeal, lang) : '',
    'deadline.acknowledgement': deadline('acknowledgement'),
    'deadline.nonAdmission': deadline('nonAdmission'),
    'deadline.decision': writtenDate(currentDecisionDeadline(deadlines)?.date, lang),
    'deadline.originalDecision': deadline('decision'),
    'deadline.appeal': deadline('appeal'),
    'extension.reason': extension?.reason ?? '',
    'extension.newDate': newDate,
    'extension.answerBy': answerBy(newDate, lang),
    // Without a motivation of its own, the reason the regulation gives (an excluded subject, events too old).
    'nonAdmission.motivation':
      complaint.nonAdmissionMotivation?.trim() || admissibilityReasons(complaint, lang),
    'decision.outcome': outcome,
    'decision.reasoning': plainText(complaint.reasoning),
    'decision.measures': complaint.measures ?? '',
    'appeal.filedOn': date(complaint.appealedOn),
    'appeal.outcome': complaint.appealOutcome
      ? ((translations[lang] as Record<string, string>)[`outcome.${complaint.appealOutcome}`] ?? '')
      : '',
    // A sentence that needs the link is left out where there is none (render.ts).
    surveyLink: rules.askSatisfaction ? surveyUrl : '',
    'committee.members': committeeMembers.join(lang === 'nl' ? ' en ' : ' and '),
    'request.questions': request?.questions?.trim() ?? '',
    'request.answerBy': writtenDate(isoDateOf(request?.answerBy ?? null), lang),
    'invitation.date': writtenDate(isoDateOf(hearing?.date ?? null), lang),
    'invitation.time': writtenTime(hearing?.time),
    'invitation.place': String(hearing?.place ?? '').trim(),
    'invitation.attendees': String(hearing?.attendees ?? '').trim(),
    'escalation.bodies': bodies,
    'escalation.anyMoment': namesOf(bodiesAtAnyMoment(rules, uwvClient)),
    'referral.body': referredTo ? namesOf([referredTo]) : (complaint.referredTo ?? ''),
    'referral.on': date(complaint.referredOn),
    'referral.contactBy': deadline('externalOfficerContact'),
    objection: objectionText(
      {
        appealTerm: rules.appeal ? formatTerm(rules.appeal, lang) : '',
        appealDeadline: deadline('appeal'),
        bodies,
      },
      lang,
    ),
  }
}

/** The merge fields an admin may use in a template, listed in the template field's help. */
export const MERGE_FIELD_NAMES = [
  'reference',
  'organisation',
  'regulation.name',
  'regulation.link',
  'complainant.name',
  'complainant.address',
  'addressee.name',
  'client.name',
  'today',
  'receivedOn',
  'leadTime',
  'term.decision',
  'term.appeal',
  'deadline.acknowledgement',
  'deadline.nonAdmission',
  'deadline.decision',
  'deadline.originalDecision',
  'deadline.appeal',
  'extension.reason',
  'extension.newDate',
  'extension.answerBy',
  'nonAdmission.motivation',
  'decision.outcome',
  'decision.reasoning',
  'decision.measures',
  'appeal.filedOn',
  'appeal.outcome',
  'surveyLink',
  'committee.members',
  'escalation.bodies',
  'escalation.anyMoment',
  'referral.body',
  'referral.on',
  'referral.contactBy',
  'objection',
  'request.questions',
  'request.answerBy',
  'invitation.date',
  'invitation.time',
  'invitation.place',
  'invitation.attendees',
] as const

export type MergeField = (typeof MERGE_FIELD_NAMES)[number]
