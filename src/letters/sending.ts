import { translations } from '../translations'

import type { AnyRefusal } from '../complaints/refusalError'
import type { IsoDate } from '../procedure/dates'
import type { LetterStatus } from './kinds'

/** The status changes a person may make; `failed` is the outbox's to set, `sent` for e-mail too. */
const BY_PERSON: Record<LetterStatus, readonly LetterStatus[]> = {
  draft: ['queued', 'sent'],
  queued: ['draft'],
  failed: ['queued', 'draft', 'sent'],
  sent: [],
}

export type Sending = {
  /** The stored status; null when the letter is being created. */
  from: LetterStatus | null
  to: LetterStatus
  channel: 'email' | 'post'
  recipient: string | null
  /** A person saving (admin, REST, GraphQL), not the outbox or the system. */
  byPerson: boolean
  sentOn: IsoDate | null
  receivedOn: IsoDate | null
  today: IsoDate
}

const statusNames = (from: LetterStatus, to: LetterStatus) => ({
  from_nl: translations.nl[`letterStatus.${from}`],
  from_en: translations.en[`letterStatus.${from}`],
  to_nl: translations.nl[`letterStatus.${to}`],
  to_en: translations.en[`letterStatus.${to}`],
})

/**
 * How a letter may move towards "sent", so that only a letter that really went out meets a
 * deadline: it starts as a draft; e-mail goes through the outbox; a person records only a
 * letter sent by post, on a date between the complaint's receipt and today.
 */
export const checkSending = ({
  from,
  to,
  channel,
  recipient,
  byPerson,
  sentOn,
  receivedOn,
  today,
}: Sending): AnyRefusal[] => {
  if (from === null)
    return to === 'draft' ? [] : [{ rule: 'letterCreatedAsDraft', field: 'status' }]
  if (from === to) return []
  if (byPerson && !BY_PERSON[from].includes(to))
    return [{ rule: 'letterStatusChange', field: 'status', params: statusNames(from, to) }]
  if (to === 'queued' && channel !== 'email')
    return [{ rule: 'letterQueuedByPost', field: 'channel' }]
  if (to === 'queued' && !recipient) return [{ rule: 'letterRecipientMissing', field: 'recipient' }]
  if (to !== 'sent') return []
  if (byPerson && channel !== 'post') return [{ rule: 'letterEmailThroughOutbox', field: 'status' }]
  const date = sentOn ?? today
  if (date > today)
    return [{ rule: 'letterSentInFuture', field: 'sentOn', params: { sentOn: date } }]
  if (receivedOn && date < receivedOn)
    return [
      { rule: 'letterSentBeforeReceipt', field: 'sentOn', params: { sentOn: date, receivedOn } },
    ]
  return []
}
