import { sql } from '@payloadcms/db-postgres'

import { primaryDatabaseOf, tableOf } from './sql'

import type { Payload } from 'payload'

/** SQLSTATE 08007, transaction_resolution_unknown: the commit may not have happened. */
export class CommitUnconfirmed extends Error {
  readonly code = '08007'
  constructor(slug: string, id: number | string) {
    super(`The commit of ${slug} ${id} was not confirmed by the database`)
  }
}

/**
 * Reads back, outside the finished transaction, the row it wrote. db-postgres reports a commit
 * that the database refused (it was shutting down at that moment) as done; a complaint whose
 * reference was then shown to the complainant would be lost. Throws CommitUnconfirmed (the
 * database counts as unavailable: 503, and the form's retry with its key stores it once).
 */
export const confirmCommitted = async (
  payload: Payload,
  slug: string,
  id: number | string,
): Promise<void> => {
  const table = tableOf(payload, slug)
  const { rows } = await primaryDatabaseOf(payload).execute(
    sql`select 1 from ${table} where ${table.id} = ${id}`,
  )
  if (rows.length !== 1) throw new CommitUnconfirmed(slug, id)
}
