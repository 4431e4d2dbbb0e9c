import { caseText } from '../translations/casework'
import { writtenMoment } from './formatLong'

import type { LetterKind } from '../letters/kinds'
import type { ComplaintStatus } from '../procedure/lifecycle'
import type { CaseLanguage } from '../translations/casework'

/** The letter that goes with taking a step: the one that records it, or the one it owes. */
export const LETTER_OF_STEP: Partial<Record<ComplaintStatus, LetterKind>> = {
  awaitingWrittenConfirmation: 'writtenConfirmationRequest',
  acknowledged: 'acknowledgement',
  notAdmitted: 'nonAdmission',
  extended: 'extension',
  decided: 'decision',
  closed: 'closure',
  appealed: 'appealAcknowledgement',
  appealDecided: 'appealDecision',
}

type Letter = { kind?: string; status?: string; sentOn?: string | null }

/** Where the latest letter of that kind stands: not drafted yet, draft ready, sent on a date. */
export const letterState = (kind: LetterKind, letters: readonly Letter[], lang: CaseLanguage) => {
  const latest = [...letters].reverse().find((letter) => letter.kind === kind)
  if (!latest) return caseText(lang, 'steps.letterState.none')
  if (latest.status === 'sent')
    return caseText(lang, 'steps.letterState.sent', {
      date: latest.sentOn ? writtenMoment(latest.sentOn.slice(0, 10), lang) : '',
    })
  if (latest.status === 'queued') return caseText(lang, 'steps.letterState.queued')
  if (latest.status === 'failed') return caseText(lang, 'steps.letterState.failed')
  return caseText(lang, 'steps.letterState.draft')
}
