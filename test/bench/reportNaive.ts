/**
 * The naive way to the same figures: every complaint through `payload.find`, counted in
 * JavaScript. Pages by id (a keyset, the kindest way to page) and fetches only the fields it
 * counts, so it is the best case of the naive way, not a straw man. Stops after `capSeconds`.
 */
import { factsFromDocument } from '../../src/complaints/factsFromDocument'
import { isoDateOf } from '../../src/complaints/storedDates'
import { metOn } from '../../src/procedure/openDeadlines'
import { OVERDUE_KINDS } from '../../src/reports/overdue'

import type { Payload, Where } from 'payload'
import type { IsoDate } from '../../src/procedure/dates'

type Doc = Record<string, any>

export type NaiveRun<T> = { result: T; seconds: number; processed: number; capped: boolean }

const SELECT = {
  receivedOn: true,
  acknowledgedOn: true,
  nonAdmittedOn: true,
  decidedOn: true,
  withdrawnOn: true,
  resolvedOn: true,
  appealDecidedOn: true,
  outcome: true,
  subjectEmployee: true,
  deadlines: true,
  admissibilityIssues: true,
  satisfaction: true,
  escalations: true,
} as const

/** Hands every complaint matching `where` to `visit`, a page at a time, until done or out of time. */
const eachComplaint = async (
  payload: Payload,
  where: Where,
  capSeconds: number,
  visit: (doc: Doc) => void,
) => {
  const started = performance.now()
  let last = 0
  let processed = 0
  for (;;) {
    const { docs } = (await payload.find({
      collection: 'complaints',
      depth: 0,
      limit: 5000,
      pagination: false,
      sort: 'id',
      select: SELECT as never,
      where: { and: [where, { id: { greater_than: last } }] },
    })) as unknown as { docs: Doc[] }
    for (const doc of docs) visit(doc)
    processed += docs.length
    if (docs.length < 5000)
      return { seconds: (performance.now() - started) / 1000, processed, capped: false }
    last = docs[docs.length - 1]!.id as number
    if ((performance.now() - started) / 1000 > capSeconds)
      return { seconds: (performance.now() - started) / 1000, processed, capped: true }
  }
}

/** Open deadlines passed and due by `horizon`, as the procedure core decides what is open. */
export const naiveOverdue = async (
  payload: Payload,
  viewerId: number,
  today: IsoDate,
  horizon: IsoDate,
  capSeconds: number,
): Promise<NaiveRun<{ passed: number; dueSoon: number }>> => {
  const result = { passed: 0, dueSoon: 0 }
  const run = await eachComplaint(payload, {}, capSeconds, (doc) => {
    if (doc.subjectEmployee === viewerId) return
    const facts = factsFromDocument(doc)
    const deadlines = doc.deadlines ?? {}
    const inadmissible =
      Array.isArray(doc.admissibilityIssues) && doc.admissibilityIssues.length > 0
    for (const kind of OVERDUE_KINDS) {
      const due = isoDateOf(deadlines[kind])
      if (!due || due > horizon || metOn(kind, facts) !== null) continue
      if (kind === 'decision' && deadlines.decisionExtended) continue
      if (kind === 'nonAdmission' && !inadmissible) continue
      if (due < today) result.passed++
      else result.dueSoon++
    }
  })
  return { result, ...run }
}

export type NaiveYearly = {
  total: number
  notAdmitted: number
  notAdmittedWithinTerm: number
  admittedWithinTerm: number
  late: number
  notHandled: number
  escalations: number
  meanScore: number | null
  medianDays: number | null
}

/** The main yearly figures of the complaints received in [from, until), counted one by one. */
export const naiveYearly = async (
  payload: Payload,
  query: {
    viewerId: number
    from: string
    until: string
    regulationIds: number[] | null
    asOf: IsoDate
  },
  capSeconds: number,
): Promise<NaiveRun<NaiveYearly>> => {
  const result: NaiveYearly = {
    total: 0,
    notAdmitted: 0,
    notAdmittedWithinTerm: 0,
    admittedWithinTerm: 0,
    late: 0,
    notHandled: 0,
    escalations: 0,
    meanScore: null,
    medianDays: null,
  }
  const scores: number[] = []
  const leadDays: number[] = []
  const where: Where = {
    receivedOn: { greater_than_equal: query.from, less_than: query.until },
    ...(query.regulationIds ? { regulation: { in: query.regulationIds } } : {}),
  }
  const run = await eachComplaint(payload, where, capSeconds, (doc) => {
    if (doc.subjectEmployee === query.viewerId) return
    const date = (value: unknown) => isoDateOf(value as string | null)
    const [received, decided, nonAdmitted, withdrawn, resolved] = [
      doc.receivedOn,
      doc.decidedOn,
      doc.nonAdmittedOn,
      doc.withdrawnOn,
      doc.resolvedOn,
    ].map(date)
    const handled =
      [decided, nonAdmitted, withdrawn, resolved]
        .filter((d): d is string => Boolean(d))
        .sort()[0] ?? null
    // The procedure core stores the term each complaint is measured against, a non-admission's
    // too (the notice deadline only where the regulation measures non-admissions so).
    const term = date(doc.deadlines?.reportThreshold)
    const within = handled !== null && (term === null || handled <= term)
    result.total++
    if (nonAdmitted) result.notAdmitted++
    if (nonAdmitted && within) result.notAdmittedWithinTerm++
    if (!nonAdmitted && within) result.admittedWithinTerm++
    if (term !== null && (handled ?? query.asOf) > term) result.late++
    if (!decided && !resolved) result.notHandled++
    result.escalations += (doc.escalations ?? []).length + (doc.referredOn ? 1 : 0)
    if (typeof doc.satisfaction?.score === 'number') scores.push(doc.satisfaction.score)
    if (decided && received)
      leadDays.push((Date.parse(decided) - Date.parse(received)) / 86_400_000)
  })
  leadDays.sort((a, b) => a - b)
  result.meanScore = scores.length
    ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100
    : null
  const middle = (leadDays.length - 1) / 2
  result.medianDays = leadDays.length
    ? leadDays[Math.floor(middle)]! +
      (leadDays[Math.ceil(middle)]! - leadDays[Math.floor(middle)]!) * (middle % 1)
    : null
  return { result, ...run }
}
