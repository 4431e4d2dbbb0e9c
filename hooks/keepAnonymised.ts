import type { CollectionBeforeChangeHook } from 'payload'

import { refusalError } from '../src/complaints/refusalError'

/** An anonymised file stays so: nothing is written back into it (src/privacy/anonymise.ts). */
export const keepAnonymised: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation === 'update' && originalDoc?.anonymisedOn)
    throw refusalError(
      collection.slug,
      [{ rule: 'complaintAnonymised', field: 'anonymisedOn' }],
      req,
    )
  return data
}
