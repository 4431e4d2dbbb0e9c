import { isoDateOf } from '../complaints/storedDates'
import { currentInternalStage, higherInternalStages } from '../procedure/internalStages'
import {
  CONSENT_WAYS,
  consentMissing,
  HEARING_PARTIES,
  sideHeard,
} from '../procedure/investigation'
import { caseText } from '../translations/casework'
import { internalStageText } from '../translations/internalStages'
import { label } from './caseWords'
import { writtenDay } from './formatLong'

import type { IsoDate } from '../procedure/dates'
import type { ComplaintFacts } from '../procedure/facts'
import type { RegulationRules } from '../procedure/rules'
import type { CaseLanguage, CaseTextKey } from '../translations/casework'
import type { Option } from './stepInputs'

type Stored = Record<string, any>

/** The investigation's actions: each drafts a letter or records what happened, never a change of stage. */
export const INVESTIGATION_ACTIONS = [
  'requestInformation',
  'invite',
  'recordHearing',
  'recordConsent',
  'escalateInternally',
] as const

export type InvestigationActionName = (typeof INVESTIGATION_ACTIONS)[number]

/** One input of an action's form, as the case page shows it. */
export type FormInput = {
  name: string
  kind: 'text' | 'textarea' | 'email' | 'date' | 'time' | 'select' | 'checkbox'
  label: string
  options?: Option[]
  required?: boolean
  value?: string
  min?: string
  max?: string
  /** Shown only while the input `input` of the same form has one of `values`. */
  when?: { input: string; values: string[] }
}

export type InvestigationAction = {
  name: InvestigationActionName
  label: string
  intro: string
  submit: string
  inputs: FormInput[]
}

/** The investigation part of the case page: what the regulation asks of it, and what can be done. */
export type Investigation = {
  /** Hoor en wederhoor, where required: who has been heard so far. */
  hearing: string | null
  /** The complainant's consent to consult others: recorded, or still needed. */
  consent: string | null
  /** The internal stage the complaint is at, where the regulation has internal stages. */
  internalStage: string | null
  actions: InvestigationAction[]
}

export type InvestigationInput = {
  complaint: Stored
  rules: RegulationRules
  facts: ComplaintFacts
  today: IsoDate
  /** The employee concerned, by name; null when the complaint names none. */
  employee: string | null
  /** Who handle the complaint, by name: the attendees an invitation proposes. */
  handlers: string[]
  lang: CaseLanguage
}

const OTHER = { input: 'to', values: ['other'] }

const consentLine = ({ complaint, rules, facts, lang }: InvestigationInput): string | null => {
  const recorded = consentMissing(facts.consent).length === 0
  if (recorded)
    return caseText(lang, 'investigation.consent.given', {
      date: writtenDay(facts.consent?.givenOn as string, lang),
      how: label(`consentWay.${facts.consent?.how}`, lang),
      scope: String(complaint.consent?.scope ?? '').trim(),
    })
  return rules.consentToConsultOthers ? caseText(lang, 'investigation.consent.missing') : null
}

const hearingLine = ({ rules, facts, today, lang }: InvestigationInput): string | null => {
  if (!rules.hearingRequired) return null
  const state = (heard: boolean) =>
    caseText(lang, heard ? 'investigation.heard.yes' : 'investigation.heard.no')
  const complainant = state(sideHeard(facts.hearings, 'complainant', today))
  if (!facts.employeeConcerned)
    return caseText(lang, 'investigation.hearing.complainantOnly', { complainant })
  return caseText(lang, 'investigation.hearing.state', {
    complainant,
    employee: state(sideHeard(facts.hearings, 'employee', today)),
  })
}

const internalStageLine = ({
  complaint,
  rules,
  facts,
  lang,
}: InvestigationInput): string | null => {
  if (rules.internalStages.length === 0) return null
  const current = currentInternalStage(rules, facts)
  if (!current)
    return internalStageText(lang, 'none', { stage: rules.internalStages[0]!.label[lang] })
  const row = ((complaint.internalStages ?? []) as Stored[]).at(-1)
  const by = String(row?.handledBy ?? '').trim()
  return internalStageText(lang, 'current', {
    stage: current.label[lang] || current.key,
    date: writtenDay(isoDateOf(row?.on) as string, lang),
    by: by ? internalStageText(lang, 'by', { name: by }) : '',
  })
}

/** Moving up to a higher internal stage (both IZW), where the regulation has one above this. */
const escalateAction = ({
  rules,
  facts,
  today,
  lang,
}: InvestigationInput): InvestigationAction[] => {
  const higher = higherInternalStages(rules, facts)
  if (higher.length === 0) return []
  const t = (key: Parameters<typeof internalStageText>[1]) => internalStageText(lang, key)
  return [
    {
      name: 'escalateInternally',
      label: t('action'),
      intro: t('intro'),
      submit: t('submit'),
      inputs: [
        {
          name: 'stage',
          kind: 'select',
          label: t('stage'),
          options: higher.map((stage) => ({ value: stage.key, label: stage.label[lang] })),
          value: higher[0]!.key,
          required: true,
        },
        { name: 'on', kind: 'date', label: t('on'), max: today, value: today, required: true },
        { name: 'handledBy', kind: 'text', label: t('handledBy') },
      ],
    },
  ]
}

/**
 * The forms of the investigation (Krachtig Perspectief 4.3: "aanvullende informatie opvragen",
 * "uitnodigen voor een gesprek"; hoor en wederhoor; IZW's consent), in the reader's language.
 * The employee concerned is offered only when the complaint names one.
 */
export const investigationOf = (input: InvestigationInput): Investigation => {
  const { complaint, today, employee, handlers, lang } = input
  const t = (key: CaseTextKey, values?: Record<string, string>) => caseText(lang, key, values)
  const complainantName = String(complaint.complainant?.name ?? '').trim() || '—'
  const languages: Option[] = [
    { value: 'nl', label: 'Nederlands' },
    { value: 'en', label: 'English' },
  ]
  const addressees: Option[] = [
    { value: 'complainant', label: t('investigation.to.complainant', { name: complainantName }) },
    ...(employee
      ? [{ value: 'employee', label: t('investigation.to.employee', { name: employee }) }]
      : []),
    { value: 'other', label: t('investigation.to.other') },
  ]
  const heard = HEARING_PARTIES.filter(
    (party) => employee || (party !== 'employee' && party !== 'complainantAndEmployee'),
  ).map((party) => ({ value: party, label: label(`heard.${party}`, lang) }))
  const someoneElse: FormInput[] = [
    { name: 'name', kind: 'text', label: t('investigation.name'), required: true, when: OTHER },
    { name: 'email', kind: 'email', label: t('investigation.email'), when: OTHER },
    { name: 'address', kind: 'textarea', label: t('investigation.address'), when: OTHER },
    {
      name: 'language',
      kind: 'select',
      label: t('investigation.language'),
      options: languages,
      value: 'nl',
      when: OTHER,
    },
  ]
  const open = ((complaint.hearings ?? []) as Stored[]).filter(
    (row) => row.id && !row.waived && !String(row.summary ?? '').trim(),
  )
  const rows: Option[] = [
    ...open.map((row) => ({
      value: String(row.id),
      label: [
        isoDateOf(row.date) ? writtenDay(isoDateOf(row.date) as string, lang) : null,
        row.time ? String(row.time) : null,
        [label(`heard.${row.heard}`, lang), row.party].filter(Boolean).join(' '),
      ]
        .filter(Boolean)
        .join(', '),
    })),
    { value: '', label: t('investigation.row.new') },
  ]
  const action = (
    name: Exclude<InvestigationActionName, 'escalateInternally'>,
    inputs: FormInput[],
  ): InvestigationAction => ({
    name,
    label: t(`investigation.${name}`),
    intro: t(`investigation.${name}.intro`),
    submit: t(`investigation.${name}.submit`),
    inputs,
  })
  return {
    hearing: hearingLine(input),
    consent: consentLine(input),
    internalStage: internalStageLine(input),
    actions: [
      action('requestInformation', [
        {
          name: 'to',
          kind: 'select',
          label: t('investigation.to'),
          options: addressees,
          value: 'complainant',
          required: true,
        },
        ...someoneElse,
        {
          name: 'questions',
          kind: 'textarea',
          label: t('investigation.questions'),
          required: true,
        },
        { name: 'answerBy', kind: 'date', label: t('investigation.answerBy'), min: today },
      ]),
      action('invite', [
        {
          name: 'to',
          kind: 'select',
          label: t('investigation.invitee'),
          options: heard,
          value: 'complainant',
          required: true,
        },
        ...someoneElse,
        { name: 'date', kind: 'date', label: t('investigation.date'), min: today, required: true },
        { name: 'time', kind: 'time', label: t('investigation.time'), required: true },
        { name: 'place', kind: 'text', label: t('investigation.place'), required: true },
        {
          name: 'attendees',
          kind: 'text',
          label: t('investigation.attendees'),
          value: handlers.join(', '),
        },
      ]),
      action('recordHearing', [
        {
          name: 'row',
          kind: 'select',
          label: t('investigation.row'),
          options: rows,
          value: rows[0]?.value ?? '',
        },
        { name: 'date', kind: 'date', label: t('investigation.date'), max: today, value: today },
        { name: 'heard', kind: 'select', label: t('investigation.heard'), options: heard },
        { name: 'party', kind: 'text', label: t('investigation.party') },
        { name: 'summary', kind: 'textarea', label: t('investigation.minutes') },
        { name: 'waived', kind: 'checkbox', label: t('investigation.waived') },
      ]),
      action('recordConsent', [
        {
          name: 'givenOn',
          kind: 'date',
          label: t('investigation.givenOn'),
          max: today,
          value: today,
          required: true,
        },
        {
          name: 'how',
          kind: 'select',
          label: t('investigation.how'),
          options: CONSENT_WAYS.map((way) => ({
            value: way,
            label: label(`consentWay.${way}`, lang),
          })),
          required: true,
        },
        { name: 'scope', kind: 'textarea', label: t('investigation.scope'), required: true },
      ]),
      ...escalateAction(input),
    ],
  }
}
