import { sql } from '@payloadcms/db-postgres'

import { rowsOf } from './database'

import type { ReportDatabase } from './database'

export type ReportRegulation = { slug: string; name: string }

/** Each regulation once (its versions share a code), named as its latest version is. */
export const reportRegulations = async ({
  db,
  tables,
}: ReportDatabase): Promise<ReportRegulation[]> => {
  const r = tables.regulations
  const rows = await rowsOf<ReportRegulation>(
    db,
    sql`select distinct on (${r.slug}) ${r.slug} as "slug", ${r.name} as "name"
      from ${r.table} where ${r.slug} is not null
      order by ${r.slug}, ${r.effectiveFrom} desc nulls last`,
  )
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
}
