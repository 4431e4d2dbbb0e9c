import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { procedureFor } from '../src/complaints/procedureFor'
import { relationTarget } from '../src/complaints/relationTarget'
import { MEETS, MOVES_TO } from '../src/letters/kinds'
import { canTransition } from '../src/procedure/lifecycle'

import type { LetterKind } from '../src/letters/kinds'
import type { ComplaintStatus } from '../src/procedure/lifecycle'

/**
 * A sent letter is what meets a deadline: its sent date becomes the complaint's date of that act
 * (acknowledged on, decided on...), unless staff recorded an earlier one. Where it records the
 * act for the first time and the procedure allows that step now, the complaint moves to the stage
 * the letter records (the decision mailed is the complaint decided); otherwise the case page
 * offers that step with what it still needs.
 */
export const meetDeadlineWithLetter: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status !== 'sent' || previousDoc?.status === 'sent') return doc
  const kind = doc.kind as LetterKind
  const field = MEETS[kind]
  const complaintId = idOf(doc.complaint)
  if (!field || !complaintId) return doc
  const complaints = relationTarget(collection, 'complaint')
  const complaint = (await req.payload.findByID({
    collection: complaints,
    id: complaintId,
    depth: 0,
    req,
    overrideAccess: true,
  })) as unknown as Record<string, unknown>
  const recorded = complaint[field] as string | null | undefined
  const change: Record<string, unknown> =
    recorded && recorded <= doc.sentOn ? {} : { [field]: doc.sentOn }
  // Only a letter that records its act for the first time moves the stage: once the act was
  // recorded, the complaint has moved on (or back, when reopened) by its own steps.
  const stage = recorded ? undefined : MOVES_TO[kind]
  const from = complaint.status as ComplaintStatus
  if (stage && from !== stage) {
    const procedure = await procedureFor(req, { ...complaint, ...change })
    if (procedure && canTransition(from, stage, procedure.context).allowed) change.status = stage
  }
  if (Object.keys(change).length === 0) return doc
  await req.payload.update({
    collection: complaints,
    id: complaintId,
    data: change as never,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return doc
}
