import { sql } from '@payloadcms/db-postgres'

import { storedDateOf } from '../complaints/storedDates'
import { columnOf, tableOf } from '../database/sql'
import { slugsOfPayload } from '../slugs'

import type { Payload } from 'payload'
import type { IsoDate } from '../procedure/dates'
import type { SqlExecutor } from '../reports/database'

/** Which document is one version of a regulation, and when it was last saved. */
export type RegulationVersion = {
  id: number | string
  effectiveFrom: string
  effectiveFromStrict: boolean
  updatedAt: string
}

const isoOf = (value: unknown): string => new Date(value as string).toISOString()

/**
 * The version of regulation `slug` in force on `date` (the latest that took effect on or before
 * it), or with `date` null its first version. One indexed query: which version, not its
 * contents, which the process keeps (src/complaints/regulationCache.ts).
 */
export const versionOf = async (
  executor: SqlExecutor,
  payload: Payload,
  slug: string,
  date: IsoDate | null,
): Promise<RegulationVersion | null> => {
  const table = tableOf(payload, slugsOfPayload(payload).regulations)
  const column = (name: string) => columnOf(table, name)
  const { rows } = await executor.execute(sql`
    select ${column('id')} as "id", ${column('effectiveFrom')} as "effectiveFrom",
      ${column('effectiveFromStrict')} as "effectiveFromStrict", ${column('updatedAt')} as "updatedAt"
    from ${table}
    where ${column('slug')} = ${slug}
      ${date ? sql`and ${column('effectiveFrom')} <= ${storedDateOf(date)}` : sql``}
    order by ${column('effectiveFrom')} ${date ? sql`desc` : sql`asc`}
    limit 1`)
  const row = rows[0] as Record<string, unknown> | undefined
  return row
    ? {
        id: row.id as number | string,
        effectiveFrom: isoOf(row.effectiveFrom),
        effectiveFromStrict: row.effectiveFromStrict === true,
        updatedAt: isoOf(row.updatedAt),
      }
    : null
}
