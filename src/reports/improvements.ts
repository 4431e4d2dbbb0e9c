import { sql } from '@payloadcms/db-postgres'

import { receivedIn } from './classified'
import { rowsOf } from './database'
import { isoDayOf } from './expressions'
import { handlerName } from './owed'

import type { IsoDate } from '../procedure/dates'
import type { ReportDatabase } from './database'
import type { ReportFilter } from './classified'

/** One improvement action of a complaint received in the period, and whether it was done. */
export type ImprovementAction = {
  id: number
  reference: string | null
  action: string | null
  owner: string | null
  dueOn: IsoDate | null
  done: boolean
}

/**
 * The improvement actions of the complaints received in the period, the earliest due first (those
 * without a date last), at most `limit`; with how many there are and how many were done.
 */
export const improvementActions = async (
  { db, tables }: ReportDatabase,
  filter: ReportFilter,
  limit: number,
): Promise<{ actions: ImprovementAction[]; total: number; done: number }> => {
  const { complaints: c, improvementActions: a, users: u } = tables
  const rows = await rowsOf<{
    actions: ImprovementAction[] | null
    total: string | number
    done: string | number
  }>(
    db,
    sql`with listed as (
        select ${c.id} as id, ${c.reference} as reference, ${a.action} as action,
          ${handlerName(tables)} as owner, ${a.dueOn} as due, coalesce(${a.done}, false) as done, ${a.order} as position
        from ${a.table} join ${c.table} on ${c.id} = ${a.parent}
        left join ${u.table} on ${u.id} = ${a.owner}
        where ${receivedIn(tables, filter)})
      select
        (select json_agg(row_to_json(page)) from (
          select id as "id", reference as "reference", action as "action", owner as "owner",
            ${isoDayOf(sql.raw('due'))} as "dueOn", done as "done"
          from listed order by due nulls last, id, position limit ${limit}) as page) as "actions",
        (select count(*) from listed) as "total",
        (select count(*) from listed where done) as "done"`,
  )
  const [row] = rows
  return {
    actions: row?.actions ?? [],
    total: Number(row?.total ?? 0),
    done: Number(row?.done ?? 0),
  }
}
