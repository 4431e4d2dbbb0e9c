import { actsForClient } from '../procedure/client'
import { intakeTexts } from '../translations/intake'
import { PUBLIC_FIELDS } from './publicFields'

import type { Lang } from '../procedure/localized'
import type { ComplainantRole, RegulationRules } from '../procedure/rules'
import type { FieldError } from './fieldErrors'
import type { SubmissionFields } from './readSubmissionFields'

const CLIENT_FIELDS = PUBLIC_FIELDS.filter((field) => field.forClient)

/**
 * The client a submission is about: someone who complains on behalf of a client names them (the
 * same rule the collection applies, with the form's field names); someone who complains in their
 * own right sends nothing of a client; and no detail the regulation does not ask is stored.
 */
export const checkClientFields = (
  fields: SubmissionFields,
  role: ComplainantRole,
  rules: RegulationRules,
  lang: Lang,
  errors: FieldError[],
): void => {
  const params = { role: intakeTexts[lang][`role.${role}`] }
  const given = (name: string) => Boolean(fields[name as keyof SubmissionFields])
  if (!actsForClient(role)) {
    for (const field of CLIENT_FIELDS)
      if (given(field.name)) errors.push({ field: field.name, rule: 'clientNotAsked', params })
    return
  }
  if (!fields.clientName) errors.push({ field: 'clientName', rule: 'clientRequired', params })
  for (const field of CLIENT_FIELDS) {
    const detail = field.forClient
    if (detail === 'name' || !detail || !given(field.name)) continue
    if (!rules.clientDetails.includes(detail))
      errors.push({ field: field.name, rule: 'clientDetailNotAsked' })
  }
}
