import { sql } from '@payloadcms/db-postgres'

import { recordAudit } from '../audit/recordAudit'
import { isoDateOf, storedDateOf } from '../complaints/storedDates'
import { columnOf, executorOf, tableOf } from '../database/sql'
import { addDays, addMonths } from '../procedure/dates'
import { slugsOf } from '../slugs'
import { emptied } from './anonymise'
import { retentionPerVersion } from './dueFiles'
import { NOTICE_KEEPS } from './keep'
import { isPastRetention } from './retention'

import type { PayloadRequest } from 'payload'
import type { IsoDate } from '../procedure/dates'
import type { RetentionRule } from './retention'

type Stored = Record<string, any>

/**
 * The client records whose regulation's retention term is over on `today`, counted from the last
 * day in the record (the start of the trajectory, or the day the regulation was given: a record
 * has no closure), with the term of the regulation's version in force today, as for its files.
 */
export const noticesPastRetention = async (
  req: PayloadRequest,
  today: IsoDate,
): Promise<number[]> => {
  const byRule = new Map<number, { rule: RetentionRule; versions: number[] }>()
  for (const [version, rule] of await retentionPerVersion(req, today)) {
    const entry = byRule.get(rule.months) ?? { rule: { ...rule, from: 'lastAct' }, versions: [] }
    byRule.set(rule.months, { ...entry, versions: [...entry.versions, version] })
  }
  const due: number[] = []
  for (const { rule, versions } of byRule.values()) {
    const startedBy = storedDateOf(addDays(addMonths(today, -rule.months), 3))
    const { docs } = await req.payload.find({
      collection: slugsOf(req).regulationNotices,
      where: {
        and: [
          { regulation: { in: versions } },
          { anonymisedOn: { exists: false } },
          { trajectoryStartedOn: { less_than: startedBy } },
          { or: [{ informedOn: { exists: false } }, { informedOn: { less_than: startedBy } }] },
        ],
      },
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    })
    for (const notice of docs as Stored[]) {
      const acts = [isoDateOf(notice.trajectoryStartedOn), isoDateOf(notice.informedOn)]
      if (isPastRetention({ closedOn: null, acts }, rule, today)) due.push(notice.id)
    }
  }
  return due
}

/**
 * Takes the client's name (or number) and the note from every record past its term, in the
 * request's transaction, for good: what the record keeps is named in keep.ts, so the yearly
 * report's counts stay as they were. Each is written to the audit log.
 */
export const anonymiseNotices = async (req: PayloadRequest, today: IsoDate): Promise<number> => {
  const ids = await noticesPastRetention(req, today)
  if (ids.length === 0) return 0
  const slug = slugsOf(req).regulationNotices
  const table = tableOf(req.payload, slug)
  const db = await executorOf(req)
  const set = emptied(table, (column) => NOTICE_KEEPS.has(column))
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )
  // Of two runs at once, each record is anonymised (and logged) by the one that got to it first.
  const { rows } = await db.execute(sql`update ${table} set ${set ? sql`${set}, ` : sql``}
      ${columnOf(table, 'anonymisedOn')} = ${storedDateOf(today)}
    where ${table.id} in (${list}) and ${table.anonymisedOn} is null returning ${table.id} as id`)
  for (const { id } of rows as { id: number }[])
    await recordAudit(req, { action: 'anonymised', collection: slug, id })
  return rows.length
}
