import { ValidationError } from 'payload'

import type { PayloadRequest } from 'payload'

import { fillMessage, refusalMessages } from '../procedure/messages'
import { REFUSAL_RULES } from '../procedure/refusal'
import { translations } from '../translations'
import { languageOf, textOf } from '../translations/text'
import { fieldOfFact } from './factsFromDocument'

import type { Lang } from '../procedure/localized'
import type { Refusal } from '../procedure/refusal'

/** A refusal of the procedure core, or of the storage layer (its texts are in src/translations). */
export type AnyRefusal =
  Refusal | { rule: string; field?: string; params?: Record<string, string | number> }

export { languageOf }

const isCoreRefusal = (refusal: AnyRefusal): refusal is Refusal =>
  (REFUSAL_RULES as readonly string[]).includes(refusal.rule)

/**
 * The refusal as a sentence in the given language; with a request, in the words the host may
 * have given it in Payload's i18n (`plugin-complaints:procedure.<rule>` or `refusal.<rule>`).
 */
export const describeAnyRefusal = (
  refusal: AnyRefusal,
  lang: Lang,
  req?: PayloadRequest,
): string => {
  const core = isCoreRefusal(refusal)
  const key = core ? `procedure.${refusal.rule}` : `refusal.${refusal.rule}`
  const own = core
    ? refusalMessages[lang][refusal.rule as Refusal['rule']]
    : (translations[lang] as Record<string, string>)[key]
  const template = (req ? textOf(req, key) : undefined) ?? own ?? refusal.rule
  return fillMessage(template, { field: refusal.field ?? '', ...refusal.params }, lang)
}

/** The field's own label, so the message says which field to correct: "Beroep ingesteld op: ..." */
const fieldName = (path: string, req: PayloadRequest): string => {
  const parts = path.split('.').filter((part) => !/^\d+$/.test(part))
  const name = parts.at(-1) ?? path
  // A field of a group may have a label of its own: "Naam van de cliënt", not "Naam".
  return textOf(req, `field.${parts.join('.')}`) ?? textOf(req, `field.${name}`) ?? name
}

const pathOf = (field: string | undefined): string =>
  field ? (fieldOfFact[field] ?? field) : 'status'

/**
 * Refusals as Payload's validation error: each names the field to correct and the rule, in the
 * language of the person saving.
 */
export const refusalError = (
  collection: string,
  refusals: readonly AnyRefusal[],
  req: PayloadRequest,
): ValidationError => {
  const lang = languageOf(req)
  const errors = refusals.map((refusal) => {
    const path = pathOf(refusal.field)
    return { path, message: `${fieldName(path, req)}: ${describeAnyRefusal(refusal, lang, req)}` }
  })
  const error = new ValidationError({ collection, errors }, req.t)
  // The admin shows this message in its notice: the reason itself, not only which field.
  error.message = errors.map((entry) => entry.message).join(' ')
  return error
}
