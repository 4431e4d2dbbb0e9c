import { sql } from '@payloadcms/db-postgres'

import { databaseOf, tableOf } from '../database/sql'
import { rowsOf } from '../reports/database'
import { slugsOf } from '../slugs'

import type { PayloadRequest } from 'payload'
import type { AccessPath } from './paths'

export type CaseReader = { email: string; path: AccessPath; lastAt: string }

/**
 * Who read a complaint's file (the complaint, its letters, its attachments), per person and
 * path, the latest first.
 */
export const latestReaders = async (
  req: PayloadRequest,
  complaintId: number | string,
  limit = 10,
): Promise<CaseReader[]> => {
  const log = tableOf(req.payload, slugsOf(req).accessLog)
  const rows = await rowsOf<{ email: string; path: AccessPath; lastAt: Date }>(
    databaseOf(req.payload),
    sql`
      select ${log.userEmail} as email, ${log.path} as path,
        max(${log.createdAt}) as "lastAt"
      from ${log} where ${log.complaintId} = ${String(complaintId)}
      group by ${log.userEmail}, ${log.path}
      order by "lastAt" desc limit ${limit}`,
  )
  return rows.map((row) => ({ ...row, lastAt: new Date(row.lastAt).toISOString() }))
}
