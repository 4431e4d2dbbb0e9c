import { addMonths, compareDates, isIsoDate } from '../procedure/dates'

import type { IsoDate } from '../procedure/dates'

/** What a file's retention term counts from. */
export const RETENTION_STARTS = ['closure', 'lastAct'] as const
export type RetentionStart = (typeof RETENTION_STARTS)[number]

/** How long a file is kept: whole months from its closure or from its last act. */
export type RetentionRule = { months: number; from: RetentionStart }

/**
 * Two years after closure when the regulation says nothing: long enough for the complainant to
 * take the complaint to a disputes body or the courts after the answer (the Wkkgz disputes
 * body takes a complaint up to a year after it was made), and for the year's figures to be
 * reported and reviewed the year after.
 */
export const DEFAULT_RETENTION: RetentionRule = { months: 24, from: 'closure' }

/** The dates of a file that its retention counts from. */
export type FileDates = {
  /** The day the complaint was closed; null while it is not. */
  closedOn: IsoDate | null
  /** Every dated act in the file (receipt, acknowledgement, decision, appeal...); nulls ignored. */
  acts: readonly (IsoDate | null)[]
}

/** The regulation's retention as stored (rules.retention and rules.retentionFrom), or the default. */
export const retentionRuleOf = (rules: {
  retention?: { amount?: number | null; unit?: string | null } | null
  retentionFrom?: string | null
}): RetentionRule => {
  const amount = rules.retention?.amount
  const from = (RETENTION_STARTS as readonly string[]).includes(rules.retentionFrom ?? '')
    ? (rules.retentionFrom as RetentionStart)
    : DEFAULT_RETENTION.from
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1)
    return { ...DEFAULT_RETENTION, from }
  return { months: rules.retention?.unit === 'months' ? amount : amount * 12, from }
}

/** The day the retention term starts: the closure, or the latest act; null while it has not. */
export const retentionStartOf = (file: FileDates, rule: RetentionRule): IsoDate | null => {
  if (rule.from === 'closure') return file.closedOn
  const acts = file.acts.filter(isIsoDate).sort(compareDates)
  return acts.at(-1) ?? null
}

/** The last day the file is kept whole; null while the term has not started. */
export const keptUntil = (file: FileDates, rule: RetentionRule): IsoDate | null => {
  const start = retentionStartOf(file, rule)
  return start === null ? null : addMonths(start, rule.months)
}

/** Whether the file's term is over on `today`: it is kept through its last day, not longer. */
export const isPastRetention = (file: FileDates, rule: RetentionRule, today: IsoDate): boolean => {
  const until = keptUntil(file, rule)
  return until !== null && compareDates(until, today) < 0
}
