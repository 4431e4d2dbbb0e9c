import { isoDateOf } from '../complaints/storedDates'
import { plainText } from '../complaints/richText'
import { currentDecisionDeadline } from '../procedure/deadlines'
import { formatTerm } from '../procedure/format'
import { translations } from '../translations'
import { objectionText } from './objection'
import { writtenDate } from './writtenDate'

import type { Deadline } from '../procedure/deadline'
import type { Lang } from '../procedure/localized'
import type { RegulationRules } from '../procedure/rules'

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
  lang: Lang
}

/** Every merge field a template may use, filled for one complaint in one language. */
export const mergeValues = ({ complaint, regulation, rules, deadlines, committeeMembers, regulationUrl, lang }: MergeInput): Record<MergeField, string> => {
  const date = (value: unknown) => writtenDate(isoDateOf(value as string), lang)
  const deadline = (kind: Deadline['kind']) => writtenDate(deadlines.find((d) => d.kind === kind)?.date, lang)
  const extension = (complaint.extensions ?? []).at(-1) as Stored | undefined
  const bodies = rules.escalationBodies.map((body) => [body.name, body.contact].filter(Boolean).join(' — ')).join('; ')
  const outcome = complaint.outcome ? (translations[lang] as Record<string, string>)[`outcome.${complaint.outcome}`] ?? '' : ''
  return {
    reference: complaint.reference ?? '',
    organisation: regulation.organisation ?? '',
    'regulation.name': regulation.name ?? '',
    'regulation.link': regulationUrl,
    'complainant.name': complaint.complainant?.name ?? '',
    'complainant.address': [complaint.complainant?.address, complaint.complainant?.city].filter(Boolean).join(', '),
    today: writtenDate(isoDateOf(new Date()), lang),
    receivedOn: date(complaint.receivedOn),
    'term.decision': rules.decision ? formatTerm(rules.decision, lang) : '',
    'term.appeal': rules.appeal ? formatTerm(rules.appeal, lang) : '',
    'deadline.acknowledgement': deadline('acknowledgement'),
    'deadline.nonAdmission': deadline('nonAdmission'),
    'deadline.decision': writtenDate(currentDecisionDeadline(deadlines)?.date, lang),
    'deadline.appeal': deadline('appeal'),
    'extension.reason': extension?.reason ?? '',
    'extension.newDate': writtenDate(deadlines.find((d) => d.kind === 'decisionExtended')?.date, lang),
    'nonAdmission.motivation': complaint.nonAdmissionMotivation ?? '',
    'decision.outcome': outcome,
    'decision.reasoning': plainText(complaint.reasoning),
    'decision.measures': complaint.measures ?? '',
    'appeal.filedOn': date(complaint.appealedOn),
    'appeal.outcome': complaint.appealOutcome ? (translations[lang] as Record<string, string>)[`outcome.${complaint.appealOutcome}`] ?? '' : '',
    'committee.members': committeeMembers.join(lang === 'nl' ? ' en ' : ' and '),
    'escalation.bodies': bodies,
    objection: objectionText({ appealTerm: rules.appeal ? formatTerm(rules.appeal, lang) : '', appealDeadline: deadline('appeal'), bodies }, lang),
  }
}

/** The merge fields an admin may use in a template, listed in the template field's help. */
export const MERGE_FIELD_NAMES = [
  'reference', 'organisation', 'regulation.name', 'regulation.link', 'complainant.name', 'complainant.address', 'today', 'receivedOn',
  'term.decision', 'term.appeal', 'deadline.acknowledgement', 'deadline.nonAdmission', 'deadline.decision', 'deadline.appeal',
  'extension.reason', 'extension.newDate', 'nonAdmission.motivation', 'decision.outcome', 'decision.reasoning', 'decision.measures',
  'appeal.filedOn', 'appeal.outcome', 'committee.members', 'escalation.bodies', 'objection',
] as const

export type MergeField = (typeof MERGE_FIELD_NAMES)[number]
