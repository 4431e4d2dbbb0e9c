import { sql } from '@payloadcms/db-postgres'

import { receivedIn } from './classified'
import { rowsOf } from './database'

import type { Localized } from '../procedure/localized'
import type { ReportDatabase } from './database'
import type { ReportFilter } from './classified'

/** One internal stage: how many complaints of the period reached it, and were resolved at it. */
export type InternalStageCount = {
  stage: string
  label: Localized
  reached: number
  /** Decided or resolved informally with this as the last stage reached. */
  resolved: number
}

type Row = {
  stage: string
  nl: string | null
  en: string | null
  reached: string | number
  resolved: string | number
}

/**
 * The complaints received in the period per internal stage of their regulation, in the
 * regulation's order (both IZW: "het aantal klachten dat per fase is opgelost"): named as the
 * complaint's own regulation version names the stage.
 */
export const internalStageCounts = async (
  { db, tables }: ReportDatabase,
  filter: ReportFilter,
): Promise<InternalStageCount[]> => {
  const { complaints: c, internalStages: s, regulationStages: d } = tables
  const rows = await rowsOf<Row>(
    db,
    sql`with reached as (
        select ${c.id} as complaint, ${c.regulation} as regulation, ${s.stage} as stage,
          ${s.order} as position, (${c.decidedOn} is not null or ${c.resolvedOn} is not null) as ended
        from ${s.table} join ${c.table} on ${c.id} = ${s.parent}
        where ${receivedIn(tables, filter)}),
      last as (select distinct on (complaint) complaint, stage from reached
        order by complaint, position desc)
      select ${d.key} as "stage", max(${d.labelNl}) as "nl", max(${d.labelEn}) as "en",
        count(distinct reached.complaint) as "reached",
        count(distinct reached.complaint) filter (where reached.ended and last.stage = reached.stage) as "resolved"
      from reached join ${d.table} on ${d.parent} = reached.regulation and ${d.key} = reached.stage
      join last on last.complaint = reached.complaint
      group by ${d.key} order by min(${d.order}), ${d.key}`,
  )
  return rows.map((row) => ({
    stage: row.stage,
    label: { nl: row.nl ?? row.stage, en: row.en ?? row.nl ?? row.stage },
    reached: Number(row.reached),
    resolved: Number(row.resolved),
  }))
}
