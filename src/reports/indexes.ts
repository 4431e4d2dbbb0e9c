import { sql } from '@payloadcms/db-postgres'
import { getTableName } from '@payloadcms/db-postgres/drizzle'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

import { tableOf } from '../database/sql'
import { complaintColumnsOf, participantColumnsOf } from './database'
import { referenceNumberOf, referenceYearOf } from '../complaints/referenceNumber'
import { dueOf, OVERDUE_KINDS, owedWhile } from './owed'
import { reportCode } from './reportFacts'

import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import type { SQL, SQLWrapper } from '@payloadcms/db-postgres/drizzle'
import type { Table } from './database'
import type { Slugs } from '../slugs'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]
type IndexBuilder = ReturnType<ReturnType<typeof index>['on']>
type IndexColumns = Parameters<ReturnType<typeof index>['on']>

/** The report's column objects, as drizzle's index builder takes them. */
const on = (...columns: [SQLWrapper | SQL, ...(SQLWrapper | SQL)[]]) =>
  columns as unknown as IndexColumns
const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

/**
 * The complaints' indexes of the overdue view and the yearly report, on the columns the queries
 * read (owed.ts, reportFacts.ts), with the conditions and expressions built by the same code:
 *
 * - per owed kind, a partial index of exactly the deadlines still owed, keyed by the due date
 *   and holding what the view lists and sorts by: the view reads the few open deadlines from it,
 *   not the complaints handled long ago;
 * - the report's facts: the report code of each complaint (reportFacts.ts) as a stored
 *   expression, with the columns the yearly report filters by, so a year of complaints is
 *   counted from the index alone;
 * - the reference's year and number (src/complaints/referenceNumber.ts), so that numbering a
 *   new complaint reads the year's last number from the index, not every reference of the year.
 */
const complaintIndexes =
  (name: string) =>
  (table: Table): Record<string, IndexBuilder> => {
    const c = complaintColumnsOf(table)
    const owed = Object.fromEntries(
      OVERDUE_KINDS.map((kind) => {
        const indexName = `${name}_owed_${snake(kind)}_idx`
        const due = dueOf(c, kind)
        return [
          indexName,
          index(indexName)
            .on(
              ...on(
                due,
                c.id,
                c.handler,
                c.subjectEmployee,
                c.regulation,
                c.receivedOn,
                c.reference,
              ),
            )
            .where(sql`${owedWhile(c, kind)} and ${due} is not null`),
        ]
      }),
    )
    const factsName = `${name}_report_facts_idx`
    const numberName = `${name}_reference_number_idx`
    return {
      ...owed,
      [numberName]: index(numberName).on(
        ...on(referenceYearOf(c.reference), referenceNumberOf(c.reference)),
      ),
      // The code and what the report filters and joins by first; the columns the code is
      // computed from after it, since PostgreSQL reads an index alone only when it holds those.
      [factsName]: index(factsName).on(
        ...on(
          c.receivedOn,
          c.subjectEmployee,
          c.regulation,
          c.id,
          sql`(${reportCode(c)})`,
          c.satisfaction_score,
          c.satisfaction_handledWell,
          c.deadlines_reportThreshold,
          c.decidedOn,
          c.nonAdmittedOn,
          c.withdrawnOn,
          c.resolvedOn,
          c.outcome,
        ),
      ),
    }
  }

/**
 * A user's complaints: the relationship table's participants by user. Payload indexes its
 * columns one by one; a handler's own cases need the three together.
 */
const participantIndexes =
  (name: string, userCollection: string) =>
  (table: Table): Record<string, IndexBuilder> => {
    const r = participantColumnsOf(table, userCollection)
    const indexName = `${name}_path_user_parent_idx`
    return { [indexName]: index(indexName).on(...on(r.path, r.usersID, r.parent)) }
  }

/**
 * Adds these indexes to the schema db-postgres builds, so that pushing the schema
 * (development, tests) creates them as the migrations do. Payload's collection config cannot
 * declare a partial, expression or relationship-table index.
 */
export const reportIndexes =
  ({ slugs, userCollection }: { slugs: Slugs; userCollection: string }): SchemaHook =>
  ({ adapter, extendTable, schema }) => {
    for (const [suffix, indexes] of [
      ['', complaintIndexes],
      ['_rels', (name: string) => participantIndexes(name, userCollection)],
    ] as const) {
      const table = tableOf(adapter.payload, slugs.complaints, suffix)
      const extraConfig = indexes(getTableName(table as never)) as (columns: unknown) => never
      extendTable({ table: table as never, extraConfig })
    }
    return schema
  }
