import { initI18n } from '@payloadcms/translations'

import { isoDateOf, todayInAmsterdam } from '../complaints/storedDates'
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../database/outage'
import { intakeText } from '../translations/intake'
import { collectionErrors } from './collectionErrors'
import { corsHeaders, isAllowedOrigin } from './cors'
import { describeErrors } from './fieldErrors'
import { requestLang } from './language'
import { statusPath } from './links'
import { readSubmission, RequestRefusal } from './readBody'
import { jsonResponse } from './respond'
import { storeComplaint } from './storeComplaint'
import { slugsOf } from '../slugs'
import { validateSubmission } from './validateSubmission'

import type { PayloadRequest } from 'payload'
import type { Lang } from '../procedure/localized'
import type { FieldError } from './fieldErrors'
import type { RateDecision, RateLimiter } from './rateLimit'
import type { ResolvedIntakeOptions } from './resolveIntakeOptions'

type Receipt = { reference: string; statusToken: string; receivedOn: string }

const receiptBody = (
  req: PayloadRequest,
  options: ResolvedIntakeOptions,
  lang: Lang,
  receipt: Receipt,
) => ({
  message: intakeText(lang, 'request.received', { reference: receipt.reference }),
  reference: receipt.reference,
  receivedOn: receipt.receivedOn,
  statusToken: receipt.statusToken,
  statusUrl: `${options.publicUrl}${statusPath(options, receipt.statusToken)}`,
})

/** The complaint an earlier, identical submission with the same key created, if any. */
const earlier = async (req: PayloadRequest, idempotencyKey: string): Promise<Receipt | null> => {
  const { docs } = await req.payload.find({
    collection: slugsOf(req).complaints,
    where: { idempotencyKey: { equals: idempotencyKey } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const found = docs[0] as unknown as Record<string, unknown> | undefined
  return found
    ? {
        reference: String(found.reference),
        statusToken: String(found.statusToken),
        receivedOn: isoDateOf(found.receivedOn as string) ?? '',
      }
    : null
}

/** Payload's own messages (field validation, uploads) in the language of the submission. */
const speak = async (req: PayloadRequest, lang: Lang) => {
  const i18n = req.payload.config.i18n
  if (req.i18n?.language === lang || !(lang in (i18n.supportedLanguages ?? {}))) return
  req.i18n = await initI18n({ config: i18n, context: 'api', language: lang })
  req.t = req.i18n.t
}

/**
 * POST /api/complaints/submit: origin, rate limit and size caps first, then every check of
 * the form and the regulation, then one transaction through the collections. Bad input always
 * gets a 4xx and stores nothing; while the database is away the answer is 503 with Retry-After;
 * a retry with the same idempotency key gets the same reference.
 */
export const submitComplaint = async (
  req: PayloadRequest,
  options: ResolvedIntakeOptions,
  limiter: RateLimiter | null,
): Promise<Response> => {
  const cors = corsHeaders(req, options)
  let lang = requestLang(req)
  const refuse = (status: number, errors: FieldError[], headers: Record<string, string> = {}) =>
    jsonResponse(
      status,
      {
        message: intakeText(lang, 'request.invalid', { count: errors.length }),
        errors: describeErrors(errors, lang),
      },
      { ...cors, ...headers },
    )

  if (!isAllowedOrigin(req, options))
    return jsonResponse(
      403,
      {
        message: intakeText(lang, 'request.originNotAllowed', {
          origin: String(req.headers.get('origin')).slice(0, 200),
        }),
      },
      cors,
    )
  try {
    const decision: RateDecision = limiter
      ? await limiter(req, options.clientAddress(req))
      : { allowed: true }
    if (!decision.allowed) {
      const seconds = decision.retryAfterSeconds
      return jsonResponse(
        429,
        {
          message: intakeText(lang, 'request.rateLimited', { seconds }),
          retryAfterSeconds: seconds,
        },
        { ...cors, 'Retry-After': String(seconds) },
      )
    }
    const raw = await readSubmission(req, {
      maxJsonBytes: options.maxJsonBytes,
      maxTotalBytes: options.attachments.maxTotalBytes,
    })
    const validated = await validateSubmission(req, raw, options, lang, todayInAmsterdam())
    lang = validated.lang
    const complaint = validated.complaint
    if (!complaint) return refuse(422, validated.errors)

    await speak(req, lang)
    try {
      const stored = await storeComplaint(req, complaint)
      return jsonResponse(201, receiptBody(req, options, lang, stored), cors)
    } catch (error) {
      // A retry of a stored submission (or two at once: the second waits for the first) fails
      // on the key's unique index, or on a rule that came into force since: it gets the receipt
      // of the first. Looked up only then, so a first submission pays nothing for it.
      const first = complaint.idempotencyKey ? await earlier(req, complaint.idempotencyKey) : null
      if (first)
        return jsonResponse(200, receiptBody(req, options, lang, first), {
          ...cors,
          'Idempotent-Replayed': 'true',
        })
      const refused = collectionErrors(error, lang)
      if (refused) return refuse(422, refused)
      throw error
    }
  } catch (error) {
    if (error instanceof RequestRefusal)
      return jsonResponse(
        error.status,
        { message: intakeText(lang, error.key, error.params) },
        cors,
      )
    // The database restarting: the form tries again with the same key, and stores it once.
    if (isDatabaseUnavailable(error)) {
      const seconds = RETRY_AFTER_SECONDS
      return jsonResponse(
        503,
        {
          message: intakeText(lang, 'request.unavailable', { seconds }),
          retryAfterSeconds: seconds,
        },
        { ...cors, 'Retry-After': String(seconds) },
      )
    }
    req.payload.logger.error({
      err: error,
      msg: 'A complaint from the public form could not be stored',
    })
    return jsonResponse(500, { message: intakeText(lang, 'request.serverError') }, cors)
  }
}
