import { intakeText, intakeTexts } from '../translations/intake'

import type { Lang } from '../procedure/localized'
import type { IntakeTextKey } from '../translations/intake'

type RuleKey = Extract<IntakeTextKey, `rule.${string}`> extends `rule.${infer Rule}` ? Rule : never

/** One thing to correct: the field, the rule it breaks, and what fills the rule's text. */
export type FieldError = {
  field: string
  rule: RuleKey
  params?: Record<string, string | number>
}

/** The field's label on the form, or its name when the form does not show it. */
export const fieldLabelOf = (field: string, lang: Lang): string =>
  (intakeTexts[lang] as Record<string, string>)[`field.${field}`] ?? field

/** "Uw naam: vul dit veld in; de klachtenregeling vraagt het." A refusal of the collection comes whole. */
export const messageOf = (error: FieldError, lang: Lang): string => {
  const text = intakeText(lang, `rule.${error.rule}` as IntakeTextKey, error.params)
  return error.rule === 'rejected' ? text : `${fieldLabelOf(error.field, lang)}: ${text}`
}

/** The errors as the response carries them. */
export const describeErrors = (errors: readonly FieldError[], lang: Lang) =>
  errors.map((error) => ({ field: error.field, rule: error.rule, message: messageOf(error, lang) }))
