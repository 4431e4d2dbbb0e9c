import { slugsOf } from '../slugs'

import type { PayloadRequest } from 'payload'
import type { AuditAction } from '../../collections/AuditLog'

export type AuditEntry = {
  action: AuditAction
  collection: string
  id: string | number
  reference?: string | null
  summary?: string | null
}

/** Writes one entry of the audit log in the request's transaction: it stands or falls with the act. */
export const recordAudit = async (req: PayloadRequest, entry: AuditEntry): Promise<void> => {
  const user = req.user as { id?: number | string; email?: string } | null | undefined
  await req.payload.create({
    collection: slugsOf(req).auditLog,
    data: {
      action: entry.action,
      documentCollection: entry.collection,
      documentId: String(entry.id),
      reference: entry.reference ?? null,
      summary: entry.summary ?? null,
      user: user?.id ?? null,
      userEmail: user?.email ?? null,
    } as never,
    req,
    overrideAccess: true,
    depth: 0,
  })
}
