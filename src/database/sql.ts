import type { PayloadRequest, Payload } from 'payload'
import { sql } from '@payloadcms/db-postgres'

import type { SQLWrapper } from '@payloadcms/db-postgres/drizzle'

import type { SqlExecutor } from '../reports/database'

type Adapter = {
  versionsSuffix?: string
  primaryDrizzle?: SqlExecutor
  drizzle?: SqlExecutor
  sessions?: Record<string, { db: SqlExecutor }>
  tables?: Record<string, SQLWrapper & Record<string, SQLWrapper>>
  tableNameMap?: Map<string, string>
}

const adapterOf = (payload: Payload): Adapter => payload.db as unknown as Adapter

/** The statement runner outside any transaction: what it writes stays, whatever the request does next. */
export const databaseOf = (payload: Payload): SqlExecutor => {
  const executor = adapterOf(payload).drizzle
  if (!executor) throw new Error('The complaints plugin needs the @payloadcms/db-postgres adapter')
  return executor
}

/** The primary server's statement runner: with read replicas, what was just written is read there. */
export const primaryDatabaseOf = (payload: Payload): SqlExecutor =>
  adapterOf(payload).primaryDrizzle ?? databaseOf(payload)

/** The statement runner of the request's transaction, so raw SQL sees and locks what its hooks wrote. */
export const executorOf = async (req: PayloadRequest): Promise<SqlExecutor> => {
  const adapter = adapterOf(req.payload)
  const session = req.transactionID
    ? adapter.sessions?.[String(await req.transactionID)]?.db
    : undefined
  return session ?? databaseOf(req.payload)
}

/** db-postgres names a collection's table after its slug in snake case (unless the host gave a dbName). */
const snakeCase = (slug: string): string =>
  slug
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase()

/**
 * The drizzle table of a collection (or one of its sub-tables, `suffix` e.g. `_rels`), as the
 * adapter built it: its columns render with the names the adapter chose.
 */
export const tableOf = (
  payload: Payload,
  slug: string,
  suffix = '',
): SQLWrapper & Record<string, SQLWrapper> => {
  const adapter = adapterOf(payload)
  const base = adapter.tableNameMap?.get(snakeCase(slug)) ?? snakeCase(slug)
  const table = adapter.tables?.[`${base}${suffix}`]
  if (!table)
    throw new Error(
      `The complaints plugin needs the table of "${slug}${suffix}", which the database adapter does not have`,
    )
  return table
}

/** The drizzle table of a collection's versions (`_complaints_v`), as the adapter built it. */
export const versionsTableOf = (
  payload: Payload,
  slug: string,
): SQLWrapper & Record<string, SQLWrapper> => {
  const adapter = adapterOf(payload)
  const name = `_${snakeCase(slug)}${adapter.versionsSuffix ?? '_v'}`
  const table = adapter.tables?.[adapter.tableNameMap?.get(name) ?? name]
  if (!table)
    throw new Error(
      `The complaints plugin needs the versions table of "${slug}", which the database adapter does not have`,
    )
  return table
}

/**
 * A column of a table by its field name, without the table's name before it: as an INSERT's
 * column list and an UPDATE's SET want it.
 */
export const columnOf = (table: Record<string, unknown>, name: string): SQLWrapper =>
  sql.identifier((table[name] as { name: string }).name)

/**
 * The sub-tables of a collection's table as the adapter built them, by suffix: its arrays
 * (`_hearings`), its relationships (`_rels`) and any other table named after it.
 */
export const subTablesOf = (
  payload: Payload,
  slug: string,
): { suffix: string; table: SQLWrapper & Record<string, SQLWrapper> }[] => {
  const adapter = adapterOf(payload)
  const base = adapter.tableNameMap?.get(snakeCase(slug)) ?? snakeCase(slug)
  return Object.entries(adapter.tables ?? {})
    .filter(
      ([name, table]) => name.startsWith(`${base}_`) && ('_parentID' in table || 'parent' in table),
    )
    .map(([name, table]) => ({ suffix: name.slice(base.length), table }))
}
