import { sql } from '@payloadcms/db-postgres'

import { columnOf, executorOf, tableOf } from '../database/sql'
import { slugsOf } from '../slugs'

import type { PayloadRequest } from 'payload'

type Stored = Record<string, any>

/**
 * The regulation documents this process read, by id. Reading one in full costs tens of
 * milliseconds (the adapter builds a query over all its lists and groups); asking when it was
 * last saved costs well under one. A document saved since, here or by another instance, is read
 * again; each caller gets its own copy, so no request changes what another one reads.
 */
const read = new Map<string, Stored>()

const moment = (value: unknown): number => new Date(value as string).getTime()

/** When the regulation was last saved, as the request's transaction sees it; null when it is gone. */
const savedAt = async (req: PayloadRequest, id: string): Promise<number | null> => {
  const table = tableOf(req.payload, slugsOf(req).regulations)
  const { rows } = await (
    await executorOf(req)
  ).execute(
    sql`select ${columnOf(table, 'updatedAt')} as "updatedAt" from ${table} where ${columnOf(table, 'id')} = ${id}`,
  )
  const row = rows[0] as { updatedAt?: unknown } | undefined
  return row ? moment(row.updatedAt) : null
}

/**
 * The regulation `id` last saved at `updatedAt` (as the caller just read it from the database):
 * this process's copy when it is that one, else as `load` reads it.
 */
export const regulationSavedAt = async (
  id: string,
  updatedAt: unknown,
  load: () => Promise<Stored | null>,
): Promise<Stored | null> => {
  const known = read.get(id)
  if (!known || moment(known.updatedAt) !== moment(updatedAt)) {
    const found = await load()
    if (!found) return null
    read.set(id, found)
    return structuredClone(found)
  }
  return structuredClone(known)
}

/** The regulation as `load` reads it, unless the copy this process holds is as last saved. */
export const regulationAsSaved = async (
  req: PayloadRequest,
  id: string,
  load: () => Promise<Stored | null>,
): Promise<Stored | null> => {
  const at = await savedAt(req, id)
  return at === null ? null : regulationSavedAt(id, at, load)
}
