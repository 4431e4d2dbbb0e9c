import { sql } from '@payloadcms/db-postgres'
import { inArray } from '@payloadcms/db-postgres/drizzle'

import { columnOf, databaseOf, tableOf } from '../database/sql'
import { optionsOf } from '../pluginOptions'
import { slugsOf } from '../slugs'
import { accessPathOf } from './paths'
import { unseenIds } from './unseen'

import type { PayloadRequest } from 'payload'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { AccessPath } from './paths'

/** What the access log records reads of: the complaints, their letters and their attachments. */
export type ReadCollection = 'complaints' | 'letters' | 'attachments'

const COLUMNS = [
  'user',
  'userEmail',
  'documentCollection',
  'documentId',
  'complaintId',
  'reference',
  'path',
  'updatedAt',
  'createdAt',
]

/** The reader: their e-mail stays when their account goes; a user of another auth collection has no link. */
const readerOf = (req: PayloadRequest) => {
  const user = req.user as { id?: number | string; email?: string; collection?: string }
  const own = user.collection === optionsOf(req).userCollection
  return { id: own ? (user.id ?? null) : null, email: user.email ?? null }
}

/** The rows read, each with its complaint: the complaint itself, or the one a letter or attachment is of. */
const readRows = (req: PayloadRequest, collection: ReadCollection) => {
  const slugs = slugsOf(req)
  const complaints = tableOf(req.payload, slugs.complaints)
  if (collection === 'complaints') return { read: complaints, complaints, from: sql`${complaints}` }
  const read = tableOf(req.payload, slugs[collection])
  return {
    read,
    complaints,
    from: sql`${read} left join ${complaints} on ${complaints.id} = ${read.complaint}`,
  }
}

/**
 * Records that the person of the request read these documents, as one multi-row insert, outside
 * the request's transaction (a read is recorded whatever the request does next). Each document
 * once per request; the complaint and its reference are looked up in the same statement, so
 * they are recorded whatever fields the reader asked for.
 */
export const recordAccess = async (
  req: PayloadRequest,
  collection: ReadCollection,
  ids: (number | string)[],
  path: AccessPath = accessPathOf(req),
): Promise<void> => {
  if (!req.user) return
  const fresh = unseenIds(req, collection, ids)
  if (fresh.length === 0) return
  const log = tableOf(req.payload, slugsOf(req).accessLog)
  const { read, complaints, from } = readRows(req, collection)
  const reader = readerOf(req)
  const columns: SQL = sql.join(
    COLUMNS.map((name) => columnOf(log, name)),
    sql`, `,
  )
  await databaseOf(req.payload).execute(sql`
    insert into ${log} (${columns})
    select ${reader.id}, ${reader.email}, ${slugsOf(req)[collection]}, cast(${read.id} as text),
      cast(${complaints.id} as text), ${complaints.reference}, ${path}, now(), now()
    from ${from}
    where ${inArray(read.id as never, fresh)}`)
}
