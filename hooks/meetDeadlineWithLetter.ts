import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { relationTarget } from '../src/complaints/relationTarget'
import { MEETS } from '../src/letters/kinds'

import type { LetterKind } from '../src/letters/kinds'

/**
 * A sent letter is what meets a deadline: its sent date becomes the complaint's date of that act
 * (acknowledged on, decided on...), unless staff recorded an earlier one.
 */
export const meetDeadlineWithLetter: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status !== 'sent' || previousDoc?.status === 'sent') return doc
  const field = MEETS[doc.kind as LetterKind]
  const complaintId = idOf(doc.complaint)
  if (!field || !complaintId) return doc
  const complaint = await req.payload.findByID({
    collection: relationTarget(collection, 'complaint'),
    id: complaintId,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const recorded = (complaint as unknown as Record<string, unknown>)[field] as
    string | null | undefined
  if (recorded && recorded <= doc.sentOn) return doc
  await req.payload.update({
    collection: relationTarget(collection, 'complaint'),
    id: complaintId,
    data: { [field]: doc.sentOn } as never,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return doc
}
