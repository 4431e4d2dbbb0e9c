import type { CollectionBeforeChangeHook } from 'payload'

/** Who uploaded an attachment: until it belongs to a complaint, only they see it. */
export const recordUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create') data.uploadedBy = req.user?.id ?? null
  return data
}
