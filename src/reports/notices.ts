import { sql } from '@payloadcms/db-postgres'

import { rulesFromDocument } from '../complaints/rulesFromDocument'
import { databaseOf, tableOf } from '../database/sql'
import { regulationInForce } from '../intake/regulationInForce'
import { rowsOf } from './database'
import { dayOf } from './expressions'
import { yearsPeriod } from './period'

import type { Payload } from 'payload'
import type { SQLWrapper } from '@payloadcms/db-postgres/drizzle'
import type { IsoDate } from '../procedure/dates'
import type { Slugs } from '../slugs'

/** Of one period: clients given the regulation in it, of them after the term, and not yet given while the term is over. */
export type NoticeCounts = { informed: number; late: number; overdue: number }

export type NoticeFigures = {
  /** Whether the regulation (its version in force on the report's day) asks for it; true for all regulations. */
  provided: boolean
  year: NoticeCounts
  quarters: Record<1 | 2 | 3 | 4, NoticeCounts>
}

const none = (): NoticeCounts => ({ informed: 0, late: 0, overdue: 0 })

/**
 * How many clients were given the regulation in the year and each quarter (by the day it was
 * given), how many of them after the term, and how many whose trajectory started in the period
 * have still not been given it though the term was over on `asOf`. One statement, on dates only:
 * anonymised records count as before.
 */
export const noticeFigures = async (
  payload: Payload,
  slugs: Slugs,
  { regulation, year, asOf }: { regulation: string | null; year: number; asOf: IsoDate },
): Promise<NoticeFigures> => {
  const table = tableOf(payload, slugs.regulationNotices)
  const regulations = tableOf(payload, slugs.regulations)
  const column = (owner: typeof table, name: string): SQLWrapper => {
    const found = owner[name]
    if (!found) throw new Error(`The report needs the column "${name}" of the client notices`)
    return found
  }
  const [regulationId, informedOn, dueOn, startedOn] = [
    'regulation',
    'informedOn',
    'noticeDueOn',
    'trajectoryStartedOn',
  ].map((name) => column(table, name)) as [SQLWrapper, SQLWrapper, SQLWrapper, SQLWrapper]
  const { from, until } = yearsPeriod(year)
  const ofRegulation =
    regulation === null
      ? sql`true`
      : sql`${regulationId} in (select ${column(regulations, 'id')} from ${regulations} where ${column(regulations, 'slug')} = ${regulation})`
  const quarterOf = (moment: SQLWrapper) => sql`extract(quarter from ${dayOf(moment)})::int`
  const rows = await rowsOf<{ quarter: number; informed: string; late: string; overdue: string }>(
    databaseOf(payload),
    sql`select quarter, sum(informed) as informed, sum(late) as late, sum(overdue) as overdue from (
        select ${quarterOf(informedOn)} as quarter, 1 as informed,
          case when ${dayOf(informedOn)} > ${dayOf(dueOn)} then 1 else 0 end as late, 0 as overdue
        from ${table} where ${informedOn} >= ${from} and ${informedOn} < ${until} and ${ofRegulation}
        union all
        select ${quarterOf(startedOn)}, 0, 0, 1
        from ${table} where ${startedOn} >= ${from} and ${startedOn} < ${until}
          and ${informedOn} is null and ${dayOf(dueOn)} < ${asOf}::date and ${ofRegulation}
      ) as counted group by quarter`,
  )
  const figures: NoticeFigures = {
    provided: true,
    year: none(),
    quarters: { 1: none(), 2: none(), 3: none(), 4: none() },
  }
  for (const row of rows) {
    const counts = figures.quarters[row.quarter as 1 | 2 | 3 | 4]
    for (const key of ['informed', 'late', 'overdue'] as const) {
      counts[key] = Number(row[key])
      figures.year[key] += Number(row[key])
    }
  }
  if (regulation !== null) {
    const { found } = await regulationInForce(payload, regulation, asOf)
    figures.provided = rulesFromDocument(found?.rules ?? {}).informClientsAtStart
  }
  return figures
}
