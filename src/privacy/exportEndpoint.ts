import { zipSync } from 'fflate'
import { APIError, Forbidden } from 'payload'

import type { Endpoint, PayloadRequest } from 'payload'

import { hasRoleOf } from '../access/roles'
import { recordAudit } from '../audit/recordAudit'
import { describeAnyRefusal, languageOf } from '../complaints/refusalError'
import { inTransaction } from '../database/transaction'
import { slugsOf } from '../slugs'
import { exportComplainant } from './exportComplainant'

/**
 * GET /api/<complaints>/:id/export: everything about the complainant of this complaint as one
 * ZIP download (exportComplainant.ts), for directie and the administrator; each export is
 * recorded in the audit log.
 */
const exportData = async (req: PayloadRequest): Promise<Response> => {
  if (!req.user) throw new Forbidden(req.t)
  if (!hasRoleOf(req, 'admin', 'directie'))
    throw new APIError(describeAnyRefusal({ rule: 'exportNotAllowed' }, languageOf(req), req), 403)
  const id = Number(req.routeParams?.id)
  const entries = await exportComplainant(req, id)
  const zip = zipSync(Object.fromEntries(entries.map((entry) => [entry.name, entry.data])))
  const files = entries.length - 1
  await inTransaction(req, () =>
    recordAudit(req, {
      action: 'exported',
      collection: slugsOf(req).complaints,
      id,
      summary: `complainant.json + ${files}`,
    }),
  )
  return new Response(zip as unknown as BodyInit, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="complainant-${id}.zip"`,
      'Cache-Control': 'no-store',
    },
  })
}

export const exportEndpoint: Endpoint = { path: '/:id/export', method: 'get', handler: exportData }
