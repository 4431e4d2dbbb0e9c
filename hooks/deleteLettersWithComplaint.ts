import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Only an admin deletes a complaint, when its retention period is over; its letters are part of
 * the case file and go with it, in the same transaction.
 */
export const deleteLettersWithComplaint: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'letters', where: { complaint: { equals: id } }, req, overrideAccess: true })
}
