import { isoDateOf } from '../complaints/storedDates'
import { writtenDay } from '../casework/formatLong'
import { caseText } from '../translations/casework'
import { fileDatesOf } from './dueFiles'
import { durationText } from './notice'
import { keptUntil } from './retention'

import type { CaseLanguage } from '../translations/casework'
import type { RetentionRule } from './retention'

/** What the case page tells directie of the file's retention: one line, in the reader's language. */
export const retentionLine = (
  complaint: Record<string, any>,
  rule: RetentionRule,
  language: CaseLanguage,
): string => {
  const t = (key: Parameters<typeof caseText>[1], values: Record<string, string> = {}) =>
    caseText(language, key, values)
  const anonymisedOn = isoDateOf(complaint.anonymisedOn)
  if (anonymisedOn) {
    const on = t('privacy.anonymised', { date: writtenDay(anonymisedOn, language) })
    return complaint.erasureReason
      ? `${on} ${t('privacy.erasedBecause', { reason: complaint.erasureReason })}`
      : on
  }
  if (complaint.legalHold) return t('privacy.onHold', { reason: complaint.legalHoldReason ?? '' })
  const until = keptUntil(fileDatesOf(complaint), rule)
  if (until) return t('privacy.keptUntil', { date: writtenDay(until, language) })
  return t('privacy.keptRule', {
    duration: durationText(rule.months, language),
    from: t(rule.from === 'closure' ? 'privacy.from.closure' : 'privacy.from.lastAct'),
  })
}
