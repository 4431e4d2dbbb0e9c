import { followUpText } from '../translations/followUp'
import { writtenDay } from './formatLong'

import type { FollowUp } from '../procedure/followUp'
import type { CaseLanguage } from '../translations/casework'

/** One line of the case page's follow-up list; a late improvement action says so. */
export type CaseFollowUp = { text: string; late: boolean }

/** The open follow-up in words: people by name, dates written out. */
export const followUpLines = (
  open: readonly FollowUp[],
  nameOf: (id: unknown) => string | null,
  lang: CaseLanguage,
): CaseFollowUp[] =>
  open.map((item) => {
    if (item.kind !== 'improvementAction')
      return { text: followUpText(lang, item.kind), late: false }
    const owner = item.owner ? nameOf(item.owner) : null
    const parts = [
      followUpText(lang, 'action', { action: item.action ?? '—' }),
      owner ? followUpText(lang, 'owner', { owner }) : null,
      item.dueOn ? followUpText(lang, 'dueOn', { date: writtenDay(item.dueOn, lang) }) : null,
    ]
    return { text: parts.filter(Boolean).join(', '), late: item.late }
  })
