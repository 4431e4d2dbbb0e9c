import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { refusalError } from '../src/complaints/refusalError'
import { rulesFromDocument } from '../src/complaints/rulesFromDocument'
import { isoDateOf, storedDateOf } from '../src/complaints/storedDates'
import { optionsOf } from '../src/pluginOptions'
import { checkNotice, noticeDue } from '../src/procedure/clientNotice'
import { slugsOf } from '../src/slugs'

import type { NoticeChannel } from '../src/procedure/clientNotice'

type Stored = Record<string, any>

/** The version of the chosen regulation in force on the day the trajectory started, if any. */
const versionOn = async (req: PayloadRequest, chosen: Stored, day: string | null) => {
  if (!day) return chosen
  const { docs } = await req.payload.find({
    collection: slugsOf(req).regulations,
    where: {
      and: [
        { slug: { equals: chosen.slug } },
        { effectiveFrom: { less_than_equal: storedDateOf(day) } },
      ],
    },
    sort: '-effectiveFrom',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return (docs[0] as Stored | undefined) ?? chosen
}

const userOf = (req: PayloadRequest): number | string | null => {
  const user = req.user as { id?: number | string; collection?: string } | null | undefined
  return user?.id !== undefined && user.collection === optionsOf(req).userCollection
    ? user.id
    : null
}

/**
 * A record of a client told of the regulation: bound to the version in force when the
 * trajectory started, refused where that version does not ask for it or where the date given
 * lies before the start (src/procedure/clientNotice.ts), with the day it is owed by, who
 * recorded it and who gave it (whoever saves the date it was given) set here, never by a person.
 */
export const checkRegulationNotice: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation === 'update' && originalDoc?.anonymisedOn)
    throw refusalError(collection.slug, [{ rule: 'noticeAnonymised', field: 'anonymisedOn' }], req)
  const merged = { ...originalDoc, ...data } as Stored
  const chosen = (await req.payload.findByID({
    collection: slugsOf(req).regulations,
    id: idOf(merged.regulation) ?? '',
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as Stored | null
  if (!chosen) return data
  const startedOn = isoDateOf(merged.trajectoryStartedOn)
  const informedOn = isoDateOf(merged.informedOn)
  const regulation = await versionOn(req, chosen, startedOn)
  const rules = rulesFromDocument(regulation.rules ?? {})
  const refusals = checkNotice(rules, {
    trajectoryStartedOn: startedOn,
    informedOn,
    informedHow: (merged.informedHow as NoticeChannel | null) ?? null,
  })
  if (refusals.length > 0) throw refusalError(collection.slug, refusals, req)

  const due = startedOn ? noticeDue(rules, startedOn) : null
  data.regulation = regulation.id
  data.noticeDueOn = storedDateOf(due?.date)
  data.noticeDueExplanation = due?.explanation ?? { nl: null, en: null }
  if (operation === 'create') data.recordedBy = userOf(req)
  if (informedOn !== isoDateOf(originalDoc?.informedOn))
    data.informedBy = informedOn ? userOf(req) : null
  return data
}
