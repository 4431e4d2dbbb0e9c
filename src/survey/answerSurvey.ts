import { ValidationError } from 'payload'

import { recordAudit } from '../audit/recordAudit'
import { todayInAmsterdam } from '../complaints/storedDates'
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../database/outage'
import { inTransaction, lockRows } from '../database/transaction'
import { corsHeaders, isAllowedOrigin } from '../intake/cors'
import { describeErrors } from '../intake/fieldErrors'
import { requestLang } from '../intake/language'
import { RequestRefusal } from '../intake/readBody'
import { jsonResponse } from '../intake/respond'
import { slugsOf } from '../slugs'
import { intakeText } from '../translations/intake'
import { findSurvey } from './findSurvey'
import { checkAnswer, readAnswerBody } from './readAnswer'

import type { PayloadRequest } from 'payload'
import type { FieldError } from '../intake/fieldErrors'
import type { RateLimiter } from '../intake/rateLimit'
import type { ResolvedIntakeOptions } from '../intake/resolveIntakeOptions'
import type { Lang } from '../procedure/localized'
import type { Answer } from './readAnswer'
import type { SurveyView } from './findSurvey'

/** An answer that another request stored first, while this one waited for the complaint's lock. */
class AnsweredMeanwhile extends Error {}

/**
 * Stores the answer on the complaint, under its row's lock, in one transaction with its entry in
 * the audit log: a second answer, at the same moment or later, finds the first and is refused.
 * Saved through the collection and its hooks, by nobody logged in (the version records no one).
 */
const store = (req: PayloadRequest, survey: SurveyView, token: string, answer: Answer) =>
  inTransaction(req, async () => {
    const slug = slugsOf(req).complaints
    await lockRows(req, slug, [survey.id])
    const current = await findSurvey(req.payload, token, req)
    if (!current || current.answered) throw new AnsweredMeanwhile()
    await req.payload.update({
      collection: slug,
      id: survey.id,
      data: {
        satisfaction: {
          score: answer.score,
          handledWell: answer.handledWell,
          answeredOn: todayInAmsterdam(),
          via: 'online',
          // Without a comment, a note staff wrote there stays.
          ...(answer.comment ? { remark: answer.comment } : {}),
        },
      } as never,
      req,
      overrideAccess: true,
      depth: 0,
    })
    await recordAudit(req, {
      action: 'surveyAnswered',
      collection: slug,
      id: survey.id,
      reference: survey.reference,
      // The figures only: the comment is the complainant's own text, kept on the file alone.
      summary: `score ${answer.score}, handled well: ${answer.handledWell}`,
    })
  })

/**
 * POST /api/complaints/survey/:token `{ score, handledWell, comment?, lang? }`: the complainant's
 * answer to the satisfaction survey. As the public form: origin, rate limit (its own count) and
 * size cap first; then the token, which answers the same 404 whether it is malformed, unknown or
 * of a complaint without a survey; then once only (409); then every field (422, bilingual).
 */
export const answerSurvey = async (
  req: PayloadRequest,
  options: ResolvedIntakeOptions,
  limiter: RateLimiter | null,
): Promise<Response> => {
  const cors = { ...corsHeaders(req, options), 'Referrer-Policy': 'no-referrer' }
  let lang: Lang = requestLang(req)
  const answer = (status: number, body: Record<string, unknown>, headers = {}) =>
    jsonResponse(status, body, { ...cors, ...headers })

  if (!isAllowedOrigin(req, options))
    return answer(403, {
      message: intakeText(lang, 'request.originNotAllowed', {
        origin: String(req.headers.get('origin')).slice(0, 200),
      }),
    })
  try {
    const decision = limiter
      ? await limiter(req, options.clientAddress(req))
      : ({ allowed: true } as const)
    if (!decision.allowed) {
      const seconds = decision.retryAfterSeconds
      return answer(
        429,
        {
          message: intakeText(lang, 'request.surveyRateLimited', { seconds }),
          retryAfterSeconds: seconds,
        },
        { 'Retry-After': String(seconds) },
      )
    }
    const body = await readAnswerBody(req)
    const checked = checkAnswer(body)
    lang = checked.lang ?? lang
    const token = String(req.routeParams?.token ?? '')
    const survey = await findSurvey(req.payload, token)
    if (!survey) return answer(404, { message: intakeText(lang, 'request.surveyNotFound') })
    const answered = () =>
      answer(409, {
        message: intakeText(lang, 'request.surveyAnswered'),
        reference: survey.reference,
        answered: true,
      })
    if (survey.answered) return answered()
    if (!checked.answer) {
      const errors: FieldError[] = checked.errors
      return answer(422, {
        message: intakeText(lang, 'request.invalid', { count: errors.length }),
        errors: describeErrors(errors, lang),
      })
    }
    try {
      await store(req, survey, token, checked.answer)
    } catch (error) {
      if (error instanceof AnsweredMeanwhile) return answered()
      // The collection's own checks refused the save: say so, as a refusal of the answer.
      if (error instanceof ValidationError)
        return answer(422, {
          message: intakeText(lang, 'request.invalid', { count: error.data.errors.length }),
          errors: error.data.errors.map((item) => ({
            field: item.path,
            rule: 'rejected',
            message: item.message,
          })),
        })
      throw error
    }
    return answer(200, {
      message: intakeText(lang, 'request.surveyStored', { reference: survey.reference }),
      reference: survey.reference,
      answered: true,
    })
  } catch (error) {
    if (error instanceof RequestRefusal)
      return answer(error.status, { message: intakeText(lang, error.key, error.params) })
    if (isDatabaseUnavailable(error)) {
      const seconds = RETRY_AFTER_SECONDS
      return answer(
        503,
        {
          message: intakeText(lang, 'request.databaseUnavailable', { seconds }),
          retryAfterSeconds: seconds,
        },
        { 'Retry-After': String(seconds) },
      )
    }
    req.payload.logger.error({ err: error, msg: 'A survey answer could not be stored' })
    return answer(500, { message: intakeText(lang, 'request.surveyServerError') })
  }
}

/** GET /api/complaints/survey/:token: what the survey page shows, as JSON; 404 as for an answer. */
export const surveyStatus = async (
  req: PayloadRequest,
  options: ResolvedIntakeOptions,
): Promise<Response> => {
  const headers = { ...corsHeaders(req, options), 'Referrer-Policy': 'no-referrer' }
  const survey = await findSurvey(req.payload, String(req.routeParams?.token ?? ''))
  if (!survey)
    return jsonResponse(
      404,
      { message: intakeText(requestLang(req), 'request.surveyNotFound') },
      headers,
    )
  const { reference, language, answered } = survey
  return jsonResponse(200, { reference, language, answered }, headers)
}
