import { sql } from '@payloadcms/db-postgres'

import { referencePrefix } from './reference'

import type { SQL, SQLWrapper } from '@payloadcms/db-postgres/drizzle'

/*
 * A reference KL-2026-0042 taken apart in SQL, as the numbering reads it (hooks/assignReference.ts)
 * and its index holds it (src/reports/indexes.ts): the last number of a year is then one step
 * down that index, however many complaints the year has. Every constant is written out, as an
 * index expression has to be matched literally.
 */

/** The year part of a reference, as text: '2026'. */
export const referenceYearOf = (reference: SQLWrapper): SQL => sql`split_part(${reference}, '-', 2)`

/** The number part of a reference (42), or null for one not of that form. */
export const referenceNumberOf = (reference: SQLWrapper): SQL =>
  sql`(case when split_part(${reference}, '-', 3) ~ '^[0-9]{1,9}$' then split_part(${reference}, '-', 3)::int end)`

/** The last number given in `year` (0 before the first): one step down the index. */
export const lastReferenceNumber = (
  table: Record<string, SQLWrapper> & SQLWrapper,
  year: number,
): SQL =>
  sql`select coalesce(max(${referenceNumberOf(table.reference!)}), 0) as last from ${table}
      where ${referenceYearOf(table.reference!)} = ${String(year)} and ${table.reference!} like ${`${referencePrefix(year)}%`}`
