import type { PayloadRequest } from 'payload'

import { rulesFromDocument } from '../complaints/rulesFromDocument'
import { isoDateOf, todayInAmsterdam } from '../complaints/storedDates'
import { actsForClient } from '../procedure/client'
import { COMPLAINT_FIELD_NAMES } from '../procedure/requiredData'
import { slugsOf } from '../slugs'
import { translate } from '../translations'
import { caseText } from '../translations/casework'

import type { ClientDetail, ComplaintField, RegulationRules } from '../procedure/rules'
import type { TranslationKey } from '../translations'
import type { CaseLanguage } from '../translations/casework'

/** The data of a complaint in the order a conversation goes: who, how to reach them, then what. */
export const CONVERSATION_ORDER = [
  'name',
  'role',
  'phone',
  'email',
  'address',
  'city',
  'description',
  'eventsOn',
  'desiredSolution',
] as const

export type ConversationField = (typeof CONVERSATION_ORDER)[number]

/** A regulation as the recording form offers it: what it requires, and what it says of oral complaints. */
export type RecordableRegulation = {
  id: string
  name: string
  required: ConversationField[]
  /** At least one of phone, e-mail or address. */
  contactRequired: boolean
  roles: { value: string; label: string }[]
  /** The roles that complain on behalf of a client: choosing one asks the client's name. */
  rolesForClient: string[]
  /** What is asked of that client beside the name (the regulation's `clientDetails`). */
  clientDetails: ClientDetail[]
  oralRule: string
}

const requiredOf = (rules: RegulationRules): ConversationField[] =>
  CONVERSATION_ORDER.filter((field) => (rules.requiredFields as readonly string[]).includes(field))

const oralRuleOf = (rules: RegulationRules, lang: CaseLanguage): string =>
  caseText(
    lang,
    rules.oralIntake === 'complainantWrites'
      ? 'record.oral.complainantWrites'
      : rules.writtenConfirmationRequested
        ? 'record.oral.staffRecordsConfirm'
        : 'record.oral.staffRecords',
  )

/**
 * The regulations a complaint can be recorded under today: of each, the version in force (or,
 * before the first takes effect, the first), with the data it requires in conversation order.
 */
export const recordableRegulations = async (
  req: PayloadRequest,
  lang: CaseLanguage,
): Promise<RecordableRegulation[]> => {
  const today = todayInAmsterdam()
  const { docs } = await req.payload.find({
    collection: slugsOf(req).regulations,
    sort: 'effectiveFrom',
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const bySlug = new Map<string, Record<string, any>>()
  for (const doc of docs as Record<string, any>[]) {
    const held = bySlug.get(doc.slug)
    const from = isoDateOf(doc.effectiveFrom) ?? today
    if (!held || from <= today) bySlug.set(doc.slug, doc)
  }
  return [...bySlug.values()]
    .map((doc) => {
      const rules = rulesFromDocument(doc.rules ?? {})
      return {
        id: String(doc.id),
        name: String(doc.name),
        required: requiredOf(rules),
        contactRequired: rules.requiredFields.includes('contact'),
        roles: (rules.complainantRoles.length > 0 ? rules.complainantRoles : ['client']).map(
          (role) => ({ value: role, label: translate(`role.${role}` as TranslationKey, lang) }),
        ),
        rolesForClient: rules.complainantRoles.filter(actsForClient),
        clientDetails: rules.clientDetails,
        oralRule: oralRuleOf(rules, lang),
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
}

/** The label of each datum in the reader's language. */
export const conversationLabels = (lang: CaseLanguage): Record<ConversationField, string> =>
  ({
    ...Object.fromEntries(
      CONVERSATION_ORDER.filter(
        (field): field is ComplaintField & ConversationField => field !== 'role',
      ).map((field) => [field, capitalise(COMPLAINT_FIELD_NAMES[field][lang])]),
    ),
    role: translate('field.role', lang),
  }) as Record<ConversationField, string>

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** The labels of the client's data, for someone who complains on their behalf. */
export const clientLabels = (lang: CaseLanguage) => ({
  legend: translate('field.client', lang),
  help: translate('field.clientHelp', lang),
  name: translate('field.client.name', lang),
  number: translate('field.client.number', lang),
  dateOfBirth: translate('field.client.dateOfBirth', lang),
})

export type ClientLabels = ReturnType<typeof clientLabels>
