import type { Calendar } from './calendar'
import type { IsoDate } from './dates'
import type { Localized } from './localized'
import type { RegulationRules } from './rules'

import { calendarFor } from './deadlines'
import { explainTerm } from './explain'
import { addTermExplained } from './terms'

/**
 * Bringing the regulation to a client's attention at the start of the trajectory (IN FOCUS
 * Samen: "Het klachtenreglement wordt bij aanvang van het traject bij de cliënt onder de aandacht
 * gebracht"): by when it is owed, whether it was in time, and what a record of it may not say.
 */

/** How the regulation was given to the client. */
export type NoticeChannel = 'handedOver' | 'email' | 'post' | 'conversation'

export const NOTICE_CHANNELS: readonly NoticeChannel[] = [
  'handedOver',
  'email',
  'post',
  'conversation',
]

/** The record of one client, as the procedure reads it. */
export type NoticeFacts = {
  trajectoryStartedOn: IsoDate | null
  /** The day the regulation was given; null while it was not. */
  informedOn: IsoDate | null
  informedHow: NoticeChannel | null
}

/** The last day the regulation is owed, with how it was counted; null where the regulation sets no term. */
export type NoticeDue = { date: IsoDate; explanation: Localized }

export const noticeDue = (
  rules: Pick<RegulationRules, 'informClientsWithin' | 'holidays'>,
  trajectoryStartedOn: IsoDate,
  calendar: Calendar = calendarFor(rules),
): NoticeDue | null => {
  const term = rules.informClientsWithin
  if (!term) return null
  const result = addTermExplained(calendar, trajectoryStartedOn, term)
  return {
    date: result.date,
    explanation: explainTerm(calendar, trajectoryStartedOn, term, result, {
      nl: 'start van het traject',
      en: 'start of the trajectory',
    }),
  }
}

/**
 * Where a client stands: informed within the term (or where there is none), informed after it,
 * not informed while the term still runs, or not informed and the term is over.
 */
export type NoticeState = 'inTime' | 'late' | 'open' | 'overdue'

export const noticeState = (
  dueOn: IsoDate | null,
  informedOn: IsoDate | null,
  today: IsoDate,
): NoticeState => {
  if (informedOn) return dueOn !== null && informedOn > dueOn ? 'late' : 'inTime'
  return dueOn !== null && today > dueOn ? 'overdue' : 'open'
}

/** What a record may not say: each names the field and the rule (texts in src/translations/notice.ts). */
export type NoticeRefusal = {
  rule: 'noticeNotProvided' | 'noticeBeforeTrajectory' | 'noticeHowMissing'
  field: 'regulation' | 'informedOn' | 'informedHow'
  params?: Record<string, string>
}

/**
 * A record is refused where the regulation does not ask for it, where the regulation is said to
 * have been given before the trajectory started, and where it says when but not how. (A date in
 * the future is refused by the date fields themselves, as for every act.)
 */
export const checkNotice = (
  rules: Pick<RegulationRules, 'informClientsAtStart'>,
  facts: NoticeFacts,
): NoticeRefusal[] => {
  if (!rules.informClientsAtStart) return [{ rule: 'noticeNotProvided', field: 'regulation' }]
  const refusals: NoticeRefusal[] = []
  const { trajectoryStartedOn: startedOn, informedOn } = facts
  if (informedOn && startedOn && informedOn < startedOn)
    refusals.push({
      rule: 'noticeBeforeTrajectory',
      field: 'informedOn',
      params: { informedOn, startedOn },
    })
  if (informedOn && !facts.informedHow)
    refusals.push({ rule: 'noticeHowMissing', field: 'informedHow' })
  return refusals
}
