import { todayInAmsterdam } from '../complaints/storedDates'
import { slugsOf } from '../slugs'
import { intakeText } from '../translations/intake'
import { corsHeaders, isAllowedOrigin, preflightHeaders } from './cors'
import { complaintFormScriptResponse } from './embed/script'
import { formSchema } from './formSchema'
import { requestLang } from './language'
import { formPath, regulationTextPath } from './links'
import { createRateLimiter } from './rateLimit'
import { isRegulationSlug, regulationInForce } from './regulationInForce'
import { jsonResponse } from './respond'
import { findStatus } from './statusView'
import { submitComplaint } from './submitComplaint'
import { answerSurvey, surveyStatus } from '../survey/answerSurvey'

import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import type { ResolvedIntakeOptions } from './resolveIntakeOptions'

const param = (req: PayloadRequest, name: string): string => String(req.routeParams?.[name] ?? '')

const form =
  (options: ResolvedIntakeOptions): PayloadHandler =>
  async (req) => {
    const lang = requestLang(req)
    const slug = param(req, 'slug')
    const found = isRegulationSlug(slug)
      ? (await regulationInForce(req.payload, slug, todayInAmsterdam())).found
      : null
    if (!found)
      return jsonResponse(
        404,
        { message: intakeText(lang, 'request.regulationNotFound', { slug: slug.slice(0, 100) }) },
        corsHeaders(req, options),
      )
    const base = options.publicUrl
    const links = {
      formUrl: `${base}${formPath(options, found.slug)}`,
      regulationUrl: `${base}${regulationTextPath(options, found.slug)}`,
      submitUrl: `${base}${req.payload.config.routes.api}/${slugsOf(req).complaints}/submit`,
    }
    return jsonResponse(
      200,
      formSchema(found, options, links),
      corsHeaders(req, options),
      'public, max-age=60',
    )
  }

const status =
  (options: ResolvedIntakeOptions): PayloadHandler =>
  async (req) => {
    const view = await findStatus(req.payload, param(req, 'token'))
    if (!view)
      return jsonResponse(
        404,
        { message: intakeText(requestLang(req), 'request.statusNotFound') },
        corsHeaders(req, options),
      )
    return jsonResponse(200, view, {
      ...corsHeaders(req, options),
      'Referrer-Policy': 'no-referrer',
    })
  }

const preflight =
  (options: ResolvedIntakeOptions): PayloadHandler =>
  (req) =>
    isAllowedOrigin(req, options)
      ? new Response(null, { status: 204, headers: preflightHeaders(req, options) })
      : jsonResponse(
          403,
          {
            message: intakeText(requestLang(req), 'request.originNotAllowed', {
              origin: String(req.headers.get('origin')).slice(0, 200),
            }),
          },
          { Vary: 'Origin' },
        )

/**
 * The public form's endpoints, on the complaints collection: /api/complaints/complaint-form.js
 * (the embed script), /api/complaints/form/:slug, /api/complaints/submit,
 * /api/complaints/status/:token and the satisfaction survey's /api/complaints/survey/:token. A
 * collection's own endpoints are matched before Payload's `/:id`, and none of these paths has
 * the shape of an id route anyway.
 */
export const intakeEndpoints = (options: ResolvedIntakeOptions): Endpoint[] => {
  const limiter = options.rateLimit ? createRateLimiter(options.rateLimit) : null
  // The survey counts its answers apart from the form's submissions, with the same limit.
  const surveyLimiter = options.rateLimit ? createRateLimiter(options.rateLimit, 'survey') : null
  const paths = ['/form/:slug', '/submit', '/status/:token', '/survey/:token']
  return [
    {
      path: '/complaint-form.js',
      method: 'get',
      handler: () => complaintFormScriptResponse(`${options.publicUrl}${options.pagesPath}/`),
    },
    { path: '/form/:slug', method: 'get', handler: form(options) },
    { path: '/submit', method: 'post', handler: (req) => submitComplaint(req, options, limiter) },
    { path: '/status/:token', method: 'get', handler: status(options) },
    // Without a token the answer is the same as for a wrong one.
    ...['/survey/:token', '/survey'].flatMap((path): Endpoint[] => [
      { path, method: 'get', handler: (req) => surveyStatus(req, options) },
      { path, method: 'post', handler: (req) => answerSurvey(req, options, surveyLimiter) },
    ]),
    ...paths.map((path): Endpoint => ({ path, method: 'options', handler: preflight(options) })),
  ]
}
