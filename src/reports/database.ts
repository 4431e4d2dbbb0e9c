import { sql } from '@payloadcms/db-postgres'

import type { Payload } from 'payload'
import type { SQL, SQLWrapper } from '@payloadcms/db-postgres/drizzle'

import { databaseOf, tableOf } from '../database/sql'

import { DEFAULT_SLUGS } from '../slugs'

import type { Slugs } from '../slugs'

/** Anything that runs one SQL statement: db-postgres's drizzle instance, or a transaction of it. */
export type SqlExecutor = {
  execute: (query: SQL) => Promise<{ rows: unknown[] }>
  /** Drizzle's instance also runs work in a transaction of its own. */
  transaction?: <T>(work: (tx: SqlExecutor) => Promise<T>) => Promise<T>
}

export type Table = SQLWrapper & Record<string, unknown>

const COMPLAINT_COLUMNS = [
  'id',
  'reference',
  'status',
  'regulation',
  'commissioningParty',
  'receivedOn',
  'subjectEmployee',
  'handler',
  'acknowledgedOn',
  'nonAdmittedOn',
  'nonAdmissionMotivation',
  'decidedOn',
  'outcome',
  'delayExplanation',
  'withdrawnOn',
  'resolvedOn',
  'appealDecidedOn',
  'referredOn',
  'referredTo',
  'bodyContactedOn',
  'satisfaction_score',
  'satisfaction_handledWell',
  'nextDeadline',
  'admissibilityIssues',
  'deadlines_acknowledgement',
  'deadlines_nonAdmission',
  'deadlines_decision',
  'deadlines_decisionExtended',
  'deadlines_reportThreshold',
  'deadlines_appealDecision',
  'deadlines_externalOfficerContact',
] as const

type Columns<K extends string> = { readonly table: SQLWrapper } & {
  readonly [key in K]: SQLWrapper
}

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
  improvementActions: Columns<'parent' | 'order' | 'action' | 'owner' | 'dueOn' | 'done'>
  internalStages: Columns<'parent' | 'order' | 'stage'>
  /** The regulation's own internal stages: their order and names. */
  regulationStages: Columns<'parent' | 'order' | 'key' | 'labelNl' | 'labelEn'>
  regulations: Columns<'id' | 'slug' | 'name' | 'effectiveFrom'>
  /** `name` when the user collection has one; the e-mail address names a person otherwise. */
  users: Columns<'id' | 'email'> & { readonly name?: SQLWrapper }
}

export type ReportDatabase = { db: SqlExecutor; tables: ReportTables }

export type ComplaintColumns = ReportTables['complaints']

const pick = <K extends string>(table: Table, columns: Record<K, string>): Columns<K> => {
  const picked: Record<string, SQLWrapper> = { table }
  for (const [key, column] of Object.entries<string>(columns)) {
    const found = table[column]
    if (!found)
      throw new Error(
        `The reports need the column "${column}", which the database adapter does not have`,
      )
    picked[key] = found as SQLWrapper
  }
  return picked as Columns<K>
}

const same = <K extends string>(keys: readonly K[]): Record<K, string> =>
  Object.fromEntries(keys.map((key) => [key, key])) as unknown as Record<K, string>

/** The column of a relationship table that points to documents of `slug`: `usersID`, `membersID`. */
const relationColumnOf = (slug: string): string =>
  `${slug.replace(/[-_](\w)/g, (_match, letter: string) => letter.toUpperCase())}ID`

/** The columns the reports read of a complaints table (or of the columns its indexes are built on). */
export const complaintColumnsOf = (table: Table): ComplaintColumns =>
  pick(table, same(COMPLAINT_COLUMNS))

/** The participants of a complaint: its relationship table's rows of path 'participants'. */
export const participantColumnsOf = (
  table: Table,
  userCollection: string,
): ReportTables['participants'] =>
  pick(table, { parent: 'parent', path: 'path', usersID: relationColumnOf(userCollection) })

/** The report tables of a Payload instance on @payloadcms/db-postgres, under the slugs the plugin was configured with. */
export const reportDatabaseOf = (
  payload: Payload,
  {
    userCollection = 'users',
    slugs = DEFAULT_SLUGS as unknown as Slugs,
  }: { userCollection?: string; slugs?: Slugs } = {},
): ReportDatabase => {
  const table = (slug: string, suffix = '') => tableOf(payload, slug, suffix) as unknown as Table
  const users = table(userCollection)
  return {
    db: databaseOf(payload),
    tables: {
      complaints: complaintColumnsOf(table(slugs.complaints)),
      participants: participantColumnsOf(table(slugs.complaints, '_rels'), userCollection),
      escalations: pick(table(slugs.complaints, '_escalations'), {
        parent: '_parentID',
        body: 'body',
      }),
      extensions: pick(table(slugs.complaints, '_extensions'), {
        parent: '_parentID',
        order: '_order',
        reason: 'reason',
      }),
      improvementActions: pick(table(slugs.complaints, '_improvement_actions'), {
        parent: '_parentID',
        order: '_order',
        action: 'action',
        owner: 'owner',
        dueOn: 'dueOn',
        done: 'done',
      }),
      internalStages: pick(table(slugs.complaints, '_internal_stages'), {
        parent: '_parentID',
        order: '_order',
        stage: 'stage',
      }),
      regulationStages: pick(table(slugs.regulations, '_rules_internal_stages'), {
        parent: '_parentID',
        order: '_order',
        key: 'key',
        labelNl: 'label_nl',
        labelEn: 'label_en',
      }),
      regulations: pick(
        table(slugs.regulations),
        same(['id', 'slug', 'name', 'effectiveFrom'] as const),
      ),
      users: {
        ...pick(users, same(['id', 'email'] as const)),
        ...(users.name ? { name: users.name as SQLWrapper } : {}),
      },
    },
  }
}

/** Runs a query and returns its rows, typed by the caller who wrote the select list. */
export const rowsOf = async <Row>(db: SqlExecutor, query: SQL): Promise<Row[]> =>
  (await db.execute(query)).rows as Row[]

/**
 * The same without parallel workers, for the statements that read a whole year: the report page
 * runs them side by side, and splitting each over worker processes as well made them slower
 * on a small server, not faster (the workers start, hand over and compete for the same cores).
 */
export const rowsWithoutWorkers = async <Row>(db: SqlExecutor, query: SQL): Promise<Row[]> => {
  if (!db.transaction) return rowsOf(db, query)
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`)
    return rowsOf<Row>(tx, query)
  })
}
