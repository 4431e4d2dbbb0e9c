import { APIError, Forbidden } from 'payload'

import type { Endpoint, PayloadRequest } from 'payload'

import { describeAnyRefusal, languageOf, refusalError } from '../complaints/refusalError'
import { todayInAmsterdam } from '../complaints/storedDates'
import { inTransaction } from '../database/transaction'
import { hasRoleOf } from '../access/roles'
import { slugsOf } from '../slugs'
import { anonymiseComplaint } from './anonymise'

import type { AnyRefusal } from '../complaints/refusalError'

/**
 * POST /api/<complaints>/:id/erase `{ reason }`: erases the complainant's data from one file on
 * their request (AVG art. 17), as the retention term would: the same anonymisation, early, with
 * the reason recorded on the file and in the audit log. Directie and the administrator only,
 * for a file they may read; refused under a legal hold and while the complaint is handled.
 */
const erase = async (req: PayloadRequest): Promise<Response> => {
  if (!req.user) throw new Forbidden(req.t)
  const collection = slugsOf(req).complaints
  const refuse = (refusal: AnyRefusal, status = 400): never => {
    if (status === 400) throw refusalError(collection, [refusal], req)
    throw new APIError(describeAnyRefusal(refusal, languageOf(req), req), status)
  }
  if (!hasRoleOf(req, 'admin', 'directie'))
    refuse({ rule: 'erasureNotAllowed', field: 'erasureReason' }, 403)
  const id = Number(req.routeParams?.id)
  // Read as the person: a file they may not read is not found for them.
  await req.payload.findByID({ collection, id, depth: 0, req, overrideAccess: false })
  const body = ((await req.json?.().catch(() => null)) ?? {}) as { reason?: unknown }
  const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
  if (!reason) refuse({ rule: 'erasureReasonRequired', field: 'erasureReason' })
  const result = await inTransaction(req, () =>
    anonymiseComplaint(req, id, { on: todayInAmsterdam(), erasureReason: reason }),
  )
  if (result.done) return Response.json({ id, erased: true })
  if (result.why === 'legalHold')
    refuse({
      rule: 'erasureOnHold',
      field: 'legalHold',
      params: { reason: result.holdReason ?? '' },
    })
  if (result.why === 'inHandling') refuse({ rule: 'erasureWhileOpen', field: 'status' })
  return refuse({ rule: 'complaintAnonymised', field: 'anonymisedOn' }, 409)
}

export const eraseEndpoint: Endpoint = { path: '/:id/erase', method: 'post', handler: erase }
