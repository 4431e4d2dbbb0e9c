import { isoDateOf, storedDateOf } from '../complaints/storedDates'
import { optionsOf } from '../pluginOptions'
import { slugsOf } from '../slugs'
import { writtenDate } from './writtenDate'

import type { PayloadRequest } from 'payload'
import type { IsoDate } from '../procedure/dates'

type Stored = Record<string, any>

/**
 * The clients not yet given the regulation whose term after the start of their trajectory is
 * over, as lines for the digest of the person who recorded each (directie where that person is
 * gone). A line names no client: an e-mail is no place for a client's name; it links to the
 * record, which says who, to those who may read it.
 */
export const noticeReminders = async (
  req: PayloadRequest,
  today: IsoDate,
  directie: readonly { id: string }[],
): Promise<Map<string, string[]>> => {
  const slugs = slugsOf(req)
  const { docs } = await req.payload.find({
    collection: slugs.regulationNotices,
    where: {
      and: [
        { informedOn: { exists: false } },
        { anonymisedOn: { exists: false } },
        { noticeDueOn: { less_than: storedDateOf(today) } },
      ],
    },
    sort: 'noticeDueOn',
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const { publicUrl } = optionsOf(req)
  const admin = `${publicUrl}${req.payload.config.routes.admin}`
  const perPerson = new Map<string, string[]>()
  for (const notice of docs as Stored[]) {
    const due = isoDateOf(notice.noticeDueOn)
    if (!due || due >= today) continue
    const line = `Klachtenregeling nog niet gegeven aan een cliënt (traject gestart op ${writtenDate(isoDateOf(notice.trajectoryStartedOn), 'nl')}, uiterlijk ${writtenDate(due, 'nl')}): ${admin}/collections/${slugs.regulationNotices}/${notice.id}`
    const recorder = notice.recordedBy ? [String(notice.recordedBy)] : directie.map((p) => p.id)
    for (const id of recorder) perPerson.set(id, [...(perPerson.get(id) ?? []), line])
  }
  return perPerson
}
