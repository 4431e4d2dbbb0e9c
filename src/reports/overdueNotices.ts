import { isoDateOf, storedDateOf } from '../complaints/storedDates'
import { daysBetween } from '../procedure/dates'
import { slugsOf } from '../slugs'

import type { PayloadRequest } from 'payload'
import type { IsoDate } from '../procedure/dates'

/** A client not yet given the regulation, whose term is over or ends within the horizon. */
export type OverdueNotice = {
  id: number | string
  client: string
  trajectoryStartedOn: IsoDate | null
  due: IsoDate
  /** Calendar days past the term; 0 on its last day, negative before it. */
  daysLate: number
}

type Stored = Record<string, any>

const forbidden = (error: unknown) => (error as { status?: number }).status === 403

/**
 * The clients still to be given the regulation by the horizon (IN FOCUS Samen: "bij aanvang van
 * het traject"), earliest term first. Read as the person who looks: a staff member or handler
 * sees the records they made, directie and admin all of them, anyone else none.
 */
export const overdueNotices = async (
  req: PayloadRequest,
  query: { today: IsoDate; horizon: IsoDate; limit: number },
): Promise<{ rows: OverdueNotice[]; total: number }> => {
  const found = await req.payload
    .find({
      collection: slugsOf(req).regulationNotices,
      where: {
        and: [
          { informedOn: { exists: false } },
          { anonymisedOn: { exists: false } },
          { noticeDueOn: { less_than_equal: storedDateOf(query.horizon) } },
        ],
      },
      select: { client: true, trajectoryStartedOn: true, noticeDueOn: true },
      sort: 'noticeDueOn',
      depth: 0,
      limit: query.limit,
      req,
      overrideAccess: false,
    })
    .catch((error: unknown) => {
      if (forbidden(error)) return { docs: [], totalDocs: 0 }
      throw error
    })
  const rows = (found.docs as Stored[]).map((notice) => {
    const due = isoDateOf(notice.noticeDueOn) as IsoDate
    return {
      id: notice.id,
      client: String(notice.client ?? ''),
      trajectoryStartedOn: isoDateOf(notice.trajectoryStartedOn),
      due,
      daysLate: daysBetween(due, query.today),
    }
  })
  return { rows, total: found.totalDocs }
}
