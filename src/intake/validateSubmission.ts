import { describeAnyRefusal } from '../complaints/refusalError'
import { rulesFromDocument } from '../complaints/rulesFromDocument'
import { checkClientFields } from './checkClientFields'
import { checkRules } from './checkRules'
import { fieldLabelOf } from './fieldErrors'
import { idempotencyDigest, readIdempotencyKey } from './idempotency'
import { isLang } from './language'
import { readSubmissionFields } from './readSubmissionFields'
import { single } from './readValues'
import { isRegulationSlug, regulationInForce } from './regulationInForce'

import type { PayloadRequest } from 'payload'
import type { Lang } from '../procedure/localized'
import type { FieldError } from './fieldErrors'
import type { RawSubmission } from './readBody'
import type { ResolvedIntakeOptions } from './resolveIntakeOptions'
import type { NewComplaint } from './storeComplaint'

export type Validated = { lang: Lang; errors: FieldError[]; complaint: NewComplaint | null }

/** The regulation the submission names, in force today; an error on `regulation` otherwise. */
const findRegulation = async (
  req: PayloadRequest,
  slug: unknown,
  today: string,
  lang: Lang,
  errors: FieldError[],
) => {
  if (!isRegulationSlug(slug)) {
    errors.push({
      field: 'regulation',
      rule: 'unknownRegulation',
      params: { slug: typeof slug === 'string' ? slug.slice(0, 100) : '' },
    })
    return null
  }
  const { found, exists } = await regulationInForce(req.payload, slug, today)
  if (found) return found
  if (!exists) errors.push({ field: 'regulation', rule: 'unknownRegulation', params: { slug } })
  else {
    // The collection's own refusal: no version of this regulation is in force yet.
    const refusal = describeAnyRefusal(
      { rule: 'noRegulationInForce', field: 'regulation', params: { slug, receivedOn: today } },
      lang,
    )
    errors.push({
      field: 'regulation',
      rule: 'rejected',
      params: { message: `${fieldLabelOf('regulation', lang)}: ${refusal}` },
    })
  }
  return null
}

/** An answer refused for what it holds is not also reported as missing: one reason per field is enough. */
const withoutEchoes = (errors: FieldError[]): FieldError[] =>
  errors.filter(
    (error) =>
      error.rule !== 'required' ||
      !errors.some((other) => other.field === error.field && other.rule !== 'required'),
  )

/**
 * Everything the server checks before anything is stored: each answer on its own, then what
 * the regulation in force asks. All errors are reported at once.
 */
export const validateSubmission = async (
  req: PayloadRequest,
  raw: RawSubmission,
  options: ResolvedIntakeOptions,
  fallbackLang: Lang,
  today: string,
): Promise<Validated> => {
  const errors: FieldError[] = []
  const askedLang = single(raw.values, 'lang', errors)
  const lang = isLang(askedLang) ? askedLang : fallbackLang
  if (askedLang !== undefined && askedLang !== '' && !isLang(askedLang))
    errors.push({ field: 'lang', rule: 'languageInvalid' })
  const slug = single(raw.values, 'regulation', errors)
  const fields = readSubmissionFields(raw, options.attachments, today, errors)
  const key = readIdempotencyKey(req, raw, errors)
  const regulation = await findRegulation(req, slug, today, lang, errors)
  const rules = regulation ? rulesFromDocument(regulation.rules ?? {}) : null
  const role = rules ? checkRules(fields, rules, lang, errors) : 'client'
  if (rules && !errors.some((error) => error.field === 'role'))
    checkClientFields(fields, role, rules, lang, errors)
  if (errors.length > 0 || !regulation)
    return { lang, errors: withoutEchoes(errors), complaint: null }
  const idempotencyKey = key ? idempotencyDigest(key, regulation.slug, fields) : null
  return { lang, errors, complaint: { regulation, fields, role, lang, idempotencyKey } }
}
