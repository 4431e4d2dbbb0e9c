import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { refusalError } from '../src/complaints/refusalError'
import { relationTarget } from '../src/complaints/relationTarget'
import { isoDateOf, storedDateOf, todayInAmsterdam } from '../src/complaints/storedDates'
import { checkSending } from '../src/letters/sending'

import type { LetterStatus } from '../src/letters/kinds'

/**
 * A letter meets a deadline only when it really went out: it is created as a draft, e-mail is
 * sent by the outbox, and a person records only a letter sent by post, dated between the
 * complaint's receipt and today. The sent date is set here, never kept from an earlier save.
 */
export const checkLetterSending: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const from = operation === 'create' ? null : ((originalDoc?.status ?? 'draft') as LetterStatus)
  const to = (data.status ?? from ?? 'draft') as LetterStatus
  const becomesSent = to === 'sent' && from !== 'sent'
  const asked = isoDateOf(data.sentOn)
  if (!becomesSent) data.sentOn = originalDoc?.sentOn ?? null
  const complaintId = idOf(data.complaint ?? originalDoc?.complaint)
  const complaint =
    becomesSent && complaintId
      ? await req.payload.findByID({
          collection: relationTarget(collection, 'complaint'),
          id: complaintId,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })
      : null
  const today = todayInAmsterdam()
  const refusals = checkSending({
    from,
    to,
    channel: (data.channel ?? originalDoc?.channel ?? 'email') as 'email' | 'post',
    recipient: (data.recipient ?? originalDoc?.recipient ?? null) as string | null,
    byPerson: Boolean(req.user) && req.context.letterOutbox !== true,
    sentOn: becomesSent ? asked : null,
    receivedOn: isoDateOf((complaint as { receivedOn?: string } | null)?.receivedOn),
    today,
  })
  if (refusals.length > 0) throw refusalError(collection.slug, refusals, req)
  if (becomesSent) data.sentOn = storedDateOf(asked ?? today)
  return data
}
