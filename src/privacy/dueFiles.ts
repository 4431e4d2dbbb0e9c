import { isoDateOf, storedDateOf } from '../complaints/storedDates'
import { addDays, addMonths, compareDates } from '../procedure/dates'
import { slugsOf } from '../slugs'
import { isPastRetention, retentionRuleOf } from './retention'

import type { PayloadRequest, Where } from 'payload'
import type { IsoDate } from '../procedure/dates'
import type { FileDates, RetentionRule } from './retention'

/** The dated acts of a complaint: its retention counts from the last of them (or its closure). */
export const ACT_DATES = [
  'receivedOn',
  'officialOn',
  'acknowledgedOn',
  'referredOn',
  'nonAdmittedOn',
  'decidedOn',
  'closedOn',
  'withdrawnOn',
  'resolvedOn',
  'dissatisfiedOn',
  'newInformationOn',
  'appealedOn',
  'appealDecidedOn',
] as const

type Stored = Record<string, unknown>

export const fileDatesOf = (complaint: Stored): FileDates => ({
  closedOn: complaint.status === 'closed' ? isoDateOf(complaint.closedOn as string) : null,
  acts: ACT_DATES.map((name) => isoDateOf(complaint[name] as string | null)),
})

/**
 * Each regulation version's retention: that of its regulation's version in force today (the
 * latest that took effect), so a term the administrator changes applies to every file of that
 * regulation, old and new, from the next run on.
 */
export const retentionPerVersion = async (
  req: PayloadRequest,
  today: IsoDate,
): Promise<Map<number, RetentionRule>> => {
  const { docs } = await req.payload.find({
    collection: slugsOf(req).regulations,
    pagination: false,
    depth: 0,
    sort: 'effectiveFrom',
    req,
    overrideAccess: true,
  })
  const versions = docs as unknown as (Stored & { id: number; slug: string; rules?: Stored })[]
  const inForce = new Map<string, RetentionRule>()
  for (const version of versions) {
    const from = isoDateOf(version.effectiveFrom as string)
    if (!inForce.has(version.slug) || (from && compareDates(from, today) <= 0))
      inForce.set(version.slug, retentionRuleOf(version.rules ?? {}))
  }
  return new Map(versions.map((version) => [version.id, inForce.get(version.slug)!]))
}

/**
 * The complaints whose retention term is over on `today`, not under a legal hold and not yet
 * anonymised: at most `limit`, oldest first. Per rule, the database narrows them to those
 * closed (or last acted on) long enough ago; each is then judged exactly on its dates.
 */
export const filesPastRetention = async (
  req: PayloadRequest,
  today: IsoDate,
  limit: number,
): Promise<number[]> => {
  const rules = await retentionPerVersion(req, today)
  const byRule = new Map<string, { rule: RetentionRule; versions: number[] }>()
  for (const [version, rule] of rules) {
    const key = `${rule.months}:${rule.from}`
    byRule.set(key, { rule, versions: [...(byRule.get(key)?.versions ?? []), version] })
  }
  const due: number[] = []
  for (const { rule, versions } of byRule.values()) {
    // A term of months ends no more than a few days later for a date at a month's end.
    const startedBy = storedDateOf(addDays(addMonths(today, -rule.months), 3))
    const started: Where =
      rule.from === 'closure'
        ? { and: [{ status: { equals: 'closed' } }, { closedOn: { less_than: startedBy } }] }
        : {
            and: ACT_DATES.map((name) => ({
              or: [{ [name]: { exists: false } }, { [name]: { less_than: startedBy } }],
            })),
          }
    const { docs } = await req.payload.find({
      collection: slugsOf(req).complaints,
      where: {
        and: [
          { regulation: { in: versions } },
          { anonymisedOn: { exists: false } },
          { or: [{ legalHold: { equals: false } }, { legalHold: { exists: false } }] },
          started,
        ],
      },
      sort: 'receivedOn',
      limit: limit - due.length,
      depth: 0,
      req,
      overrideAccess: true,
    })
    for (const complaint of docs as unknown as (Stored & { id: number })[])
      if (isPastRetention(fileDatesOf(complaint), rule, today)) due.push(complaint.id)
    if (due.length >= limit) break
  }
  return due
}
