import { rm } from 'node:fs/promises'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import { getTableColumns } from '@payloadcms/db-postgres/drizzle'

import { recordAudit } from '../audit/recordAudit'
import { storedDateOf } from '../complaints/storedDates'
import { afterCommit } from '../database/afterCommit'
import { columnOf, executorOf, subTablesOf, tableOf, versionsTableOf } from '../database/sql'
import { optionsOf } from '../pluginOptions'
import { IN_HANDLING } from '../procedure/lifecycle'
import { slugsOf } from '../slugs'
import {
  COMPLAINT_KEEP_PREFIXES,
  COMPLAINT_KEEPS,
  LETTER_KEEPS,
  LIST_KEEPS,
  RELATIONSHIP_KEEPS,
  STRUCTURE,
} from './keep'

import type { PayloadRequest } from 'payload'
import type { SQL, SQLWrapper } from '@payloadcms/db-postgres/drizzle'
import type { SqlExecutor } from '../reports/database'
import type { IsoDate } from '../procedure/dates'
import type { ComplaintStatus } from '../procedure/lifecycle'

type Table = SQLWrapper & Record<string, SQLWrapper>
type Column = { name: string; notNull: boolean; dataType: string }
type Locked = {
  reference: string | null
  anonymised: unknown
  status: string
  hold: boolean | null
  holdReason: string | null
}

/**
 * The SET list that empties every column `keeps` does not name: NULL, or an empty text where
 * the column takes no NULL (a required text such as the description). Null when none is left.
 */
export const emptied = (table: Table, keeps: (column: string) => boolean): SQL | null => {
  const columns = Object.values(getTableColumns(table as never)) as unknown as Column[]
  const assignments = columns
    .filter((column) => !STRUCTURE.has(column.name) && !keeps(column.name))
    .flatMap((column) => {
      if (!column.notNull) return [sql`${sql.identifier(column.name)} = null`]
      return column.dataType === 'string' ? [sql`${sql.identifier(column.name)} = ''`] : []
    })
  return assignments.length > 0 ? sql.join(assignments, sql`, `) : null
}

const keptByComplaint = (column: string) =>
  COMPLAINT_KEEPS.has(column) || COMPLAINT_KEEP_PREFIXES.some((prefix) => column.startsWith(prefix))

/** The complaint's lists and relationships: kept columns of known lists, participants only. */
const anonymiseLists = async (db: SqlExecutor, req: PayloadRequest, id: number) => {
  for (const { suffix, table } of subTablesOf(req.payload, slugsOf(req).complaints)) {
    if (suffix === '_rels') {
      const kept = sql.join(
        [...RELATIONSHIP_KEEPS].map((name) => sql`${name}`),
        sql`, `,
      )
      await db.execute(
        sql`delete from ${table} where ${table.parent} = ${id} and ${table.path} not in (${kept})`,
      )
      continue
    }
    const keeps = LIST_KEEPS[suffix]
    const set = keeps ? emptied(table, (column) => keeps.has(column)) : null
    if (!keeps) await db.execute(sql`delete from ${table} where ${table._parentID} = ${id}`)
    else if (set) await db.execute(sql`update ${table} set ${set} where ${table._parentID} = ${id}`)
  }
}

/** Anonymised, or why not: gone, done before, under a legal hold, or (erasure) still handled. */
export type Anonymisation =
  | { done: true; reference: string | null }
  | { done: false; why: 'missing' | 'anonymised' | 'inHandling' }
  | { done: false; why: 'legalHold'; holdReason: string | null }

/**
 * Takes from one complaint everything that names or describes a person, in the request's
 * transaction, and for good: the complaint keeps what its figures need (keep.ts), its sent
 * letters their kind, dates and outcome; its unsent letters, history, attachments and tokens are
 * removed, the attachment files once the transaction has committed. Under its row's lock: a
 * file on legal hold, or anonymised before, is left as it is; a file being handled is not erased.
 */
export const anonymiseComplaint = async (
  req: PayloadRequest,
  id: number,
  { on, erasureReason }: { on: IsoDate; erasureReason?: string },
): Promise<Anonymisation> => {
  const { payload } = req
  const slugs = slugsOf(req)
  const db = await executorOf(req)
  const complaints = tableOf(payload, slugs.complaints)
  const [found] = (
    await db.execute(
      sql`select ${complaints.reference} as reference, ${complaints.anonymisedOn} as anonymised,
          ${complaints.status} as status, ${complaints.legalHold} as hold, ${complaints.legalHoldReason} as "holdReason"
        from ${complaints} where ${complaints.id} = ${id} for update`,
    )
  ).rows as Locked[]
  if (!found) return { done: false, why: 'missing' }
  if (found.anonymised) return { done: false, why: 'anonymised' }
  if (found.hold) return { done: false, why: 'legalHold', holdReason: found.holdReason }
  if (erasureReason && IN_HANDLING.has(found.status as ComplaintStatus))
    return { done: false, why: 'inHandling' }

  await db.execute(sql`update ${complaints} set ${emptied(complaints, keptByComplaint)},
      ${columnOf(complaints, 'anonymisedOn')} = ${storedDateOf(on)},
      ${columnOf(complaints, 'erasureReason')} = ${erasureReason ?? null}
    where ${complaints.id} = ${id}`)
  await anonymiseLists(db, req, id)
  const versions = versionsTableOf(payload, slugs.complaints)
  await db.execute(sql`delete from ${versions} where ${versions.parent} = ${id}`)

  const letters = tableOf(payload, slugs.letters)
  // A letter that never went out is no record of anything: drafts and the outbox go.
  await db.execute(
    sql`delete from ${letters} where ${letters.complaint} = ${id} and ${letters.status} is distinct from 'sent'`,
  )
  const letterSet = emptied(letters, (column) => LETTER_KEEPS.has(column))
  if (letterSet)
    await db.execute(sql`update ${letters} set ${letterSet} where ${letters.complaint} = ${id}`)

  const attachments = tableOf(payload, slugs.attachments)
  const files = (
    await db.execute(
      sql`delete from ${attachments} where ${attachments.complaint} = ${id} returning ${attachments.filename} as filename`,
    )
  ).rows as { filename: string | null }[]

  await recordAudit(req, {
    action: erasureReason ? 'erased' : 'anonymised',
    collection: slugs.complaints,
    id,
    reference: found.reference,
    summary: erasureReason ?? null,
  })
  const folder = path.resolve(optionsOf(req).attachmentsDir)
  await afterCommit(req, 'Removing the files of an anonymised complaint', () =>
    Promise.all(
      files
        .filter((file) => file.filename)
        .map((file) => rm(path.join(folder, path.basename(file.filename!)), { force: true })),
    ),
  )
  return { done: true, reference: found.reference }
}
