import { rulesFromDocument } from '../complaints/rulesFromDocument'
import { isoDateOf } from '../complaints/storedDates'
import { retentionNotice } from '../privacy/notice'
import { retentionRuleOf } from '../privacy/retention'
import { intakeText, intakeTexts } from '../translations/intake'
import { allowedRoles } from './checkRules'
import { ACCEPT, FILE_TYPES } from './fileTypes'
import { HONEYPOT, PUBLIC_FIELDS } from './publicFields'
import { actsForClient } from '../procedure/client'

import type { Localized } from '../procedure/localized'
import type { IntakeTextKey } from '../translations/intake'
import type { PublicField } from './publicFields'
import type { RegulationDocument } from './regulationInForce'
import type { ResolvedIntakeOptions } from './resolveIntakeOptions'

type Links = { regulationUrl: string; formUrl: string; submitUrl: string }

const both = (key: IntakeTextKey, params: Record<string, string | number> = {}): Localized => ({
  nl: intakeText('nl', key, params),
  en: intakeText('en', key, params),
})

const hasText = (key: string): key is IntakeTextKey => key in intakeTexts.nl

/** The texts the form itself shows (buttons, error summary, rule messages for its own checks). */
const formTexts = (lang: 'nl' | 'en') =>
  Object.fromEntries(
    Object.entries(intakeTexts[lang]).filter(
      ([key]) => key.startsWith('form.') || key.startsWith('rule.'),
    ),
  )

/**
 * GET /api/complaints/form/:slug: everything the embedded form needs to show the regulation in
 * force today: its fields with labels and help in Dutch and English, which the regulation
 * requires, who may complain, the limits on attachments, where to read the regulation, and what
 * is stored for how long.
 */
export const formSchema = (
  regulation: RegulationDocument,
  options: ResolvedIntakeOptions,
  links: Links,
) => {
  const rules = rulesFromDocument(regulation.rules ?? {})
  const required = new Set<string>(rules.requiredFields)
  const roles = allowedRoles(rules)
  const { maxFiles, maxFileBytes, maxTotalBytes } = options.attachments
  const maxMb = Math.round((maxFileBytes / 1024 / 1024) * 10) / 10
  // Who complains for a client, and what the form then asks of the client (the name, and the details the regulation uses).
  const rolesForClient = roles.filter(actsForClient)
  const asked = (field: PublicField) =>
    !field.forClient ||
    (rolesForClient.length > 0 &&
      (field.forClient === 'name' || rules.clientDetails.includes(field.forClient)))
  const fields = PUBLIC_FIELDS.filter(
    (field) => (field.name !== 'isUwvClient' || rules.informUwvLabourExpert) && asked(field),
  ).map((field) => ({
    name: field.name,
    kind: field.kind,
    required: field.requirable ? required.has(field.requirable) : field.forClient === 'name',
    contact: field.contact ?? false,
    forClient: Boolean(field.forClient),
    ...(field.maxLength ? { maxLength: field.maxLength } : {}),
    ...(field.autocomplete ? { autocomplete: field.autocomplete } : {}),
    label: both(`field.${field.name}` as IntakeTextKey),
    ...(hasText(`field.${field.name}.help`) && (field.name !== 'role' || rolesForClient.length > 0)
      ? { help: both(`field.${field.name}.help` as IntakeTextKey, { maxFiles, maxMb }) }
      : {}),
    ...(field.name === 'role'
      ? { options: roles.map((role) => ({ value: role, label: both(`role.${role}`) })) }
      : {}),
  }))
  return {
    slug: regulation.slug,
    name: String(regulation.name ?? ''),
    organisation: String(regulation.organisation ?? ''),
    version: regulation.version ?? null,
    effectiveFrom: isoDateOf(regulation.effectiveFrom),
    summary: {
      nl: regulation.summary?.nl ?? '',
      en: regulation.summary?.en || regulation.summary?.nl || '',
    },
    ...links,
    languages: ['nl', 'en'],
    requiredFields: rules.requiredFields,
    contactRequired: required.has('contact'),
    complainantRoles: roles,
    /** Choosing one of these shows the client's fields (and requires the client's name). */
    rolesForClient,
    attachments: {
      maxFiles,
      maxFileBytes,
      maxTotalBytes,
      accept: ACCEPT,
      types: FILE_TYPES.map((type) => type.mime),
    },
    honeypot: { name: HONEYPOT, label: both('field.leaveEmpty') },
    privacy: retentionNotice(retentionRuleOf(regulation.rules ?? {})),
    fields,
    texts: {
      nl: { ...formTexts('nl'), 'field.contact': intakeTexts.nl['field.contact'] },
      en: { ...formTexts('en'), 'field.contact': intakeTexts.en['field.contact'] },
    },
  }
}

export type FormSchema = ReturnType<typeof formSchema>
