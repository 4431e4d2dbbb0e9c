import { COMPLAINANT_ROLES } from '../procedure/rules'
import { intakeTexts } from '../translations/intake'

import type { Lang } from '../procedure/localized'
import type { ComplainantRole, RegulationRules } from '../procedure/rules'
import type { FieldError } from './fieldErrors'
import type { SubmissionFields } from './readSubmissionFields'

/** Who may complain under the regulation; a regulation that names nobody excludes nobody. */
export const allowedRoles = (rules: RegulationRules): readonly ComplainantRole[] =>
  rules.complainantRoles.length > 0 ? rules.complainantRoles : COMPLAINANT_ROLES

const present: Record<string, (fields: SubmissionFields) => boolean> = {
  attachments: (fields) => fields.files.length > 0,
  contact: (fields) => Boolean(fields.email || fields.phone || fields.address),
}

const ruleFor: Record<string, FieldError['rule']> = {
  attachments: 'attachmentsRequired',
  contact: 'contactRequired',
}

/**
 * What the regulation asks of a submission: the data it requires (IZW: name, address, city,
 * phone, description; Krachtig Perspectief: name, contact details, description) and who may
 * complain. A submission without a role complains in the first role the regulation allows.
 */
export const checkRules = (
  fields: SubmissionFields,
  rules: RegulationRules,
  lang: Lang,
  errors: FieldError[],
): ComplainantRole => {
  for (const required of rules.requiredFields) {
    const given = present[required]
      ? present[required](fields)
      : Boolean(fields[required as keyof SubmissionFields])
    if (given) continue
    errors.push({ field: required, rule: ruleFor[required] ?? 'required' })
  }
  const roles = allowedRoles(rules)
  const role = fields.role ?? roles[0] ?? 'client'
  if (!(roles as readonly string[]).includes(role)) {
    const names = roles.map((allowed) => intakeTexts[lang][`role.${allowed}`]).join(', ')
    errors.push({ field: 'role', rule: 'roleNotAllowed', params: { roles: names } })
  }
  return role as ComplainantRole
}
