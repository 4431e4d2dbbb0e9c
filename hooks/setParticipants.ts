import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../src/complaints/factsFromDocument'
import { committeeMembersOf } from '../src/complaints/procedureFor'

/**
 * Confidentiality: besides directie and admin, only those who handle the complaint read it
 * (its handler, its committee, its appeal reviewer), and never the person complained about.
 */
export const setParticipants: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const subject = idOf(merged.subjectEmployee)
  const members = await committeeMembersOf(req, merged.committee)
  const participants = new Set([idOf(merged.handler), idOf(merged.appealReviewer), ...members])
  data.participants = [...participants]
    .filter((id): id is string => id !== null && id !== subject)
    .map((id) => (/^\d+$/.test(id) ? Number(id) : id))
  return data
}
