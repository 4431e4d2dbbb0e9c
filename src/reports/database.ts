import type { Payload } from 'payload'
import type { SQL, SQLWrapper } from '@payloadcms/db-postgres/drizzle'

/** Anything that runs one SQL statement: db-postgres's drizzle instance, or a transaction of it. */
export type SqlExecutor = { execute: (query: SQL) => Promise<{ rows: unknown[] }> }

type Table = SQLWrapper & Record<string, unknown>

const COMPLAINT_COLUMNS = [
  'id', 'reference', 'status', 'regulation', 'receivedOn', 'subjectEmployee', 'handler', 'acknowledgedOn',
  'nonAdmittedOn', 'nonAdmissionMotivation', 'decidedOn', 'outcome', 'delayExplanation', 'withdrawnOn',
  'resolvedOn', 'appealDecidedOn', 'satisfaction_score', 'nextDeadline', 'admissibilityIssues',
  'deadlines_acknowledgement', 'deadlines_nonAdmission', 'deadlines_decision', 'deadlines_decisionExtended',
  'deadlines_reportThreshold', 'deadlines_appealDecision',
] as const

type Columns<K extends string> = { readonly table: SQLWrapper } & { readonly [key in K]: SQLWrapper }

/**
 * The tables the reports read, as db-postgres built them: the column objects render with the
 * schema and names the adapter chose, so a renamed column fails loudly instead of silently
 * turning into a bound value.
 */
export type ReportTables = {
  complaints: Columns<(typeof COMPLAINT_COLUMNS)[number]>
  participants: Columns<'parent' | 'path' | 'usersID'>
  escalations: Columns<'parent' | 'body'>
  extensions: Columns<'parent' | 'order' | 'reason'>
  regulations: Columns<'id' | 'slug' | 'name' | 'effectiveFrom'>
  /** `name` when the user collection has one; the e-mail address names a person otherwise. */
  users: Columns<'id' | 'email'> & { readonly name?: SQLWrapper }
}

export type ReportDatabase = { db: SqlExecutor; tables: ReportTables }

const pick = <K extends string>(tables: Record<string, Table>, name: string, columns: Record<K, string>): Columns<K> => {
  const table = tables[name]
  if (!table) throw new Error(`The reports need the table "${name}", which the database adapter does not have`)
  const picked: Record<string, SQLWrapper> = { table }
  for (const [key, column] of Object.entries<string>(columns)) {
    const found = table[column]
    if (!found) throw new Error(`The reports need the column "${column}" of "${name}", which the database adapter does not have`)
    picked[key] = found as SQLWrapper
  }
  return picked as Columns<K>
}

const same = <K extends string>(keys: readonly K[]): Record<K, string> => Object.fromEntries(keys.map((key) => [key, key])) as unknown as Record<K, string>

/** The report tables of a Payload instance on @payloadcms/db-postgres. */
export const reportDatabaseOf = (payload: Payload, userCollection = 'users'): ReportDatabase => {
  const adapter = payload.db as unknown as { drizzle?: SqlExecutor; tables?: Record<string, Table> }
  if (!adapter.drizzle || !adapter.tables) throw new Error('The complaint reports need the @payloadcms/db-postgres adapter')
  const tables = adapter.tables
  return {
    db: adapter.drizzle,
    tables: {
      complaints: pick(tables, 'complaints', same(COMPLAINT_COLUMNS)),
      participants: pick(tables, 'complaints_rels', { parent: 'parent', path: 'path', usersID: 'usersID' }),
      escalations: pick(tables, 'complaints_escalations', { parent: '_parentID', body: 'body' }),
      extensions: pick(tables, 'complaints_extensions', { parent: '_parentID', order: '_order', reason: 'reason' }),
      regulations: pick(tables, 'regulations', same(['id', 'slug', 'name', 'effectiveFrom'] as const)),
      users: { ...pick(tables, userCollection, same(['id', 'email'] as const)), ...(tables[userCollection]?.name ? { name: tables[userCollection].name as SQLWrapper } : {}) },
    },
  }
}

/** Runs a query and returns its rows, typed by the caller who wrote the select list. */
export const rowsOf = async <Row>(db: SqlExecutor, query: SQL): Promise<Row[]> => (await db.execute(query)).rows as Row[]
