import { factsFromDocument } from '../complaints/factsFromDocument'
import { isoDateOf } from '../complaints/storedDates'
import { fileDatesOf } from '../privacy/dueFiles'
import { keptNotice } from '../privacy/notice'
import { retentionRuleFor } from '../privacy/ruleInForce'
import { keptUntil, retentionRuleOf } from '../privacy/retention'
import { metOn } from '../procedure/openDeadlines'
import { STATUS_LABELS } from '../procedure/statusLabels'
import { intakeText } from '../translations/intake'

import type { Payload } from 'payload'
import type { DeadlineKind } from '../procedure/deadline'
import type { ComplaintStatus } from '../procedure/lifecycle'
import type { Lang, Localized } from '../procedure/localized'
import type { IntakeTextKey } from '../translations/intake'
import type { RetentionRule } from '../privacy/retention'
import { slugsOfPayload } from '../slugs'

/** The dates a complainant is owed or may act by, in the order they come. */
const EXPECTED: readonly DeadlineKind[] = [
  'acknowledgement',
  'externalOfficerContact',
  'decision',
  'decisionExtended',
  'appeal',
  'appealDecision',
]

const TOKEN = /^[A-Za-z0-9_-]{43}$/

type Stored = Record<string, any>

const both = (text: (lang: Lang) => string): Localized => ({ nl: text('nl'), en: text('en') })

/** What still lies ahead: deadlines not yet met, an extended decision date in place of the first. */
const expectedDates = (complaint: Stored) => {
  const facts = factsFromDocument(complaint)
  const dates = (complaint.deadlines ?? {}) as Record<string, string | null>
  const explanations = (complaint.deadlineExplanations ?? {}) as Record<string, Partial<Localized>>
  return EXPECTED.filter((kind) => isoDateOf(dates[kind]) && metOn(kind, facts) === null)
    .filter((kind) => kind !== 'decision' || !isoDateOf(dates.decisionExtended))
    .map((kind) => ({
      kind,
      date: isoDateOf(dates[kind]) as string,
      label: both((lang) =>
        intakeText(lang, `expect.${kind as (typeof EXPECTED)[number]}` as IntakeTextKey),
      ),
      explanation: { nl: explanations[kind]?.nl ?? '', en: explanations[kind]?.en ?? '' },
    }))
}

/**
 * What the status link shows: the reference, the stage and the dates ahead with their
 * explanation, and how long the file is kept. Nothing else of the file: no staff, no notes, no
 * outcome before the letter.
 */
export const statusView = (
  complaint: Stored,
  regulation: Stored | null,
  retention: RetentionRule = retentionRuleOf(regulation?.rules ?? {}),
) => {
  const status = (complaint.status ?? 'received') as ComplaintStatus
  return {
    reference: String(complaint.reference ?? ''),
    receivedOn: isoDateOf(complaint.receivedOn),
    language: (complaint.complainant?.language === 'en' ? 'en' : 'nl') as Lang,
    regulation: { name: String(regulation?.name ?? ''), slug: String(regulation?.slug ?? '') },
    status: { code: status, label: both((lang) => STATUS_LABELS[lang][status] ?? status) },
    expected: expectedDates(complaint),
    // Under a legal hold the last day is not known: only the rule is told.
    kept: keptNotice(
      retention,
      complaint.legalHold ? null : keptUntil(fileDatesOf(complaint), retention),
    ),
  }
}

export type StatusView = ReturnType<typeof statusView>

/** The complaint a status link points to; null for a malformed or unknown token. */
export const findStatus = async (payload: Payload, token: string): Promise<StatusView | null> => {
  if (!TOKEN.test(token)) return null
  const { docs } = await payload.find({
    collection: slugsOfPayload(payload).complaints,
    where: { statusToken: { equals: token } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const complaint = docs[0] as Stored | undefined
  if (!complaint) return null
  const regulation = (await payload.findByID({
    collection: slugsOfPayload(payload).regulations,
    id: complaint.regulation,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Stored | null
  return statusView(complaint, regulation, await retentionRuleFor(payload, regulation))
}
