import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { refusalError } from '../src/complaints/refusalError'

/** An entry of the audit log is written once and stays as written, whoever saves it. */
export const keepAuditLogEntries: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create')
    throw refusalError(
      'complaint-audit-log',
      [{ rule: 'auditLogUnchangeable', field: 'action' }],
      req,
    )
  return data
}

/** Nobody deletes from the audit log; only its own retention process may (context `retention`). */
export const keepAuditLog: CollectionBeforeDeleteHook = ({ req }) => {
  if (req.context.retention !== true)
    throw refusalError(
      'complaint-audit-log',
      [{ rule: 'auditLogUnchangeable', field: 'action' }],
      req,
    )
}
