import { dueSoonHorizon, OVERDUE_KINDS, overdueCounts, overduePage } from './overdue'

import type { IsoDate } from '../procedure/dates'
import type { ReportDatabase } from './database'
import type { OverdueCount, OverdueKind, OverdueRow, OverdueSort, SortDirection } from './overdue'
import type { Viewer } from './viewer'

export type Tally = { passed: number; dueSoon: number }

export type OverdueOverview = {
  today: IsoDate
  horizon: IsoDate
  totals: Tally
  byKind: (Tally & { kind: OverdueKind })[]
  byHandler: (Tally & { handlerId: number | null; handlerName: string | null })[]
  rows: OverdueRow[]
  page: number
  pages: number
  offset: number
}

const add = (tally: Tally, count: OverdueCount): Tally =>
  count.passed
    ? { ...tally, passed: tally.passed + count.count }
    : { ...tally, dueSoon: tally.dueSoon + count.count }

const none: Tally = { passed: 0, dueSoon: 0 }

/** The counts of the dashboard block: passed and due soon, in all and per kind. */
export const overdueTallies = async (
  database: ReportDatabase,
  query: { viewer: Viewer; today: IsoDate; workingDays: number },
) => {
  const horizon = dueSoonHorizon(query.today, query.workingDays)
  const counts = await overdueCounts(database, {
    viewer: query.viewer,
    today: query.today,
    horizon,
  })
  return { horizon, counts, totals: counts.reduce(add, none) }
}

/** Everything the overdue view shows: the tallies per kind and handler, and one sorted page of deadlines. */
export const overdueOverview = async (
  database: ReportDatabase,
  query: {
    viewer: Viewer
    today: IsoDate
    workingDays: number
    sort: OverdueSort
    direction: SortDirection
    page: number
    limit: number
  },
): Promise<OverdueOverview> => {
  const horizon = dueSoonHorizon(query.today, query.workingDays)
  const pageQuery = (page: number) => ({
    viewer: query.viewer,
    today: query.today,
    horizon,
    sort: query.sort,
    direction: query.direction,
    limit: query.limit,
    offset: (page - 1) * query.limit,
  })
  const first = await overduePage(database, pageQuery(query.page))
  const counts = first.counts
  const totals = counts.reduce(add, none)
  const total = totals.passed + totals.dueSoon
  const pages = Math.max(1, Math.ceil(total / query.limit))
  const page = Math.min(query.page, pages)
  // A page number past the end (the list shrank since the link was made) shows the last page.
  const rows =
    page === query.page ? first.rows : (await overduePage(database, pageQuery(page))).rows

  const byKind = OVERDUE_KINDS.map((kind) => ({
    kind,
    ...counts.filter((count) => count.kind === kind).reduce(add, none),
  })).filter((tally) => tally.passed + tally.dueSoon > 0)
  const handlers = new Map<string, OverdueOverview['byHandler'][number]>()
  for (const count of counts) {
    const key = String(count.handlerId)
    const current = handlers.get(key) ?? {
      handlerId: count.handlerId,
      handlerName: count.handlerName,
      ...none,
    }
    handlers.set(key, { ...current, ...add(current, count) })
  }
  const byHandler = [...handlers.values()].sort((a, b) =>
    a.handlerName === null
      ? 1
      : b.handlerName === null
        ? -1
        : a.handlerName.localeCompare(b.handlerName, 'nl'),
  )
  return {
    today: query.today,
    horizon,
    totals,
    byKind,
    byHandler,
    rows,
    page,
    pages,
    offset: (page - 1) * query.limit,
  }
}
