import { ValidationError } from 'payload'

import type { PayloadRequest } from 'payload'

import { describeRefusal, fillMessage } from '../procedure/messages'
import { REFUSAL_RULES } from '../procedure/refusal'
import { translations } from '../translations'
import { fieldOfFact } from './factsFromDocument'

import type { Lang } from '../procedure/localized'
import type { Refusal } from '../procedure/refusal'

/** A refusal of the procedure core, or of the storage layer (its texts are in src/translations). */
export type AnyRefusal = Refusal | { rule: string; field?: string; params?: Record<string, string | number> }

export const languageOf = (req: PayloadRequest): Lang => (req.i18n?.language === 'en' ? 'en' : 'nl')

const isCoreRefusal = (refusal: AnyRefusal): refusal is Refusal => (REFUSAL_RULES as readonly string[]).includes(refusal.rule)

/** The refusal as a sentence in the given language. */
export const describeAnyRefusal = (refusal: AnyRefusal, lang: Lang): string => {
  if (isCoreRefusal(refusal)) return describeRefusal(refusal, lang)
  const template = (translations[lang] as Record<string, string>)[`refusal.${refusal.rule}`] ?? refusal.rule
  return fillMessage(template, { field: refusal.field ?? '', ...refusal.params }, lang)
}

/** The field's own label, so the message says which field to correct: "Beroep ingesteld op: ..." */
const fieldName = (path: string, lang: Lang): string => {
  const name = path.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? path
  return (translations[lang] as Record<string, string>)[`field.${name}`] ?? name
}

const pathOf = (field: string | undefined): string => (field ? (fieldOfFact[field] ?? field) : 'status')

/**
 * Refusals as Payload's validation error: each names the field to correct and the rule, in the
 * language of the person saving.
 */
export const refusalError = (collection: string, refusals: readonly AnyRefusal[], req: PayloadRequest): ValidationError => {
  const lang = languageOf(req)
  const errors = refusals.map((refusal) => {
    const path = pathOf(refusal.field)
    return { path, message: `${fieldName(path, lang)}: ${describeAnyRefusal(refusal, lang)}` }
  })
  const error = new ValidationError({ collection, errors }, req.t)
  // The admin shows this message in its notice: the reason itself, not only which field.
  error.message = errors.map((entry) => entry.message).join(' ')
  return error
}
