import { ValidationError } from 'payload'

import type { PayloadRequest } from 'payload'

import { describeRefusal } from '../procedure/messages'
import { REFUSAL_RULES } from '../procedure/refusal'
import { translations } from '../translations'

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
  const params: Record<string, string | number> = { field: refusal.field ?? '', ...refusal.params }
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params[name] ?? placeholder))
}

/**
 * Refusals as Payload's validation error: each names the field to correct and the rule, in the
 * language of the person saving.
 */
export const refusalError = (collection: string, refusals: readonly AnyRefusal[], req: PayloadRequest): ValidationError =>
  new ValidationError(
    {
      collection,
      errors: refusals.map((refusal) => ({ path: refusal.field ?? 'status', message: describeAnyRefusal(refusal, languageOf(req)) })),
    },
    req.t,
  )
