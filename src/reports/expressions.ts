import { sql } from '@payloadcms/db-postgres'

import { PROCEDURE_TIME_ZONE } from '../procedure/zone'

import type { SQL, SQLWrapper } from '@payloadcms/db-postgres/drizzle'
import type { ComplaintColumns, ReportTables } from './database'
import type { Viewer } from './viewer'

/**
 * The zone as a literal, not a bound value: PostgreSQL only sees that a grouped expression in the
 * select list is the one in GROUP BY when both are written the same.
 */
const zone = sql.raw(`'${PROCEDURE_TIME_ZONE}'`)

/** The Amsterdam calendar date of a stored moment (dates are stored as noon in Amsterdam). */
export const dayOf = (moment: SQLWrapper | SQL): SQL => sql`(${moment} at time zone ${zone})::date`

/** An Amsterdam calendar date as 'YYYY-MM-DD' text, or null. */
export const isoDayOf = (moment: SQLWrapper | SQL): SQL =>
  sql`to_char(${moment} at time zone ${zone}, 'YYYY-MM-DD')`

/**
 * The Amsterdam day of a stored date as a day number (days since 1970-01-01, as toDayNumber in
 * src/procedure/dates.ts counts), by arithmetic instead of a time-zone lookup per value, which
 * costs more than the rest of the yearly report together. Date fields hold noon in Amsterdam
 * (hooks, the admin's day picker), midnight UTC or local midnight (API clients); shifted by two
 * hours each lands on its own day. Only a time from 23:00 to 24:00 in winter would land on the
 * next day, and no date field is given one.
 *
 * The seconds are taken from the distance to 1970 rather than from the moment itself: that form
 * depends on nothing but the value, so PostgreSQL can store it in an index (see indexes.ts) and
 * the report reads it from there instead of computing it per complaint. Every constant is
 * written out, as an index expression has to be matched literally.
 */
export const dayNumberOf = (moment: SQLWrapper | SQL): SQL =>
  sql`floor((date_part('epoch', ${moment} - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int`

/** A day number as a date, and as 'YYYY-MM-DD' text. */
export const dateOfDayNumber = (dayNumber: SQLWrapper | SQL): SQL =>
  sql`(date '1970-01-01' + ${dayNumber})`
export const isoOfDayNumber = (dayNumber: SQLWrapper | SQL): SQL =>
  sql`to_char(${dateOfDayNumber(dayNumber)}, 'YYYY-MM-DD')`

/** Whether the viewer takes part in the complaint `id` (handler, committee member, appeal reviewer). */
export const takesPart = (tables: ReportTables, viewer: Viewer, id: SQLWrapper | SQL): SQL => {
  const r = tables.participants
  return sql`exists (select 1 from ${r.table} where ${r.path} = 'participants' and ${r.usersID} = ${viewer.id} and ${r.parent} = ${id})`
}

/** Whether the complaint is about someone else than the viewer, whom it is kept from. */
export const notAbout = (tables: ReportTables, viewer: Viewer): SQL =>
  sql`${tables.complaints.subjectEmployee} is distinct from ${viewer.id}`

/** The complaints a viewer may count: the read access of the complaints collection, in SQL. */
export const visibleTo = (tables: ReportTables, viewer: Viewer): SQL =>
  viewer.sees === 'allButAboutThemselves'
    ? notAbout(tables, viewer)
    : sql`${notAbout(tables, viewer)} and ${takesPart(tables, viewer, tables.complaints.id)}`

/**
 * The day the procedure was discharged for the report threshold, as metOn in
 * src/procedure/openDeadlines.ts has it: the first of decision, non-admission, withdrawal and
 * informal resolution. NULL while none happened (least() skips NULLs).
 */
export const handledOn = (c: ComplaintColumns): SQL =>
  sql`least(${c.decidedOn}, ${c.nonAdmittedOn}, ${c.withdrawnOn}, ${c.resolvedOn})`
