import type { CollectionBeforeChangeHook } from 'payload'

import { refusalError } from '../src/complaints/refusalError'
import { isoDateOf } from '../src/complaints/storedDates'
import { clientRefusals } from '../src/procedure/client'

import type { ClientData } from '../src/procedure/client'
import type { ComplainantRole } from '../src/procedure/rules'

type Stored = Record<string, any>

const clientOf = (doc: Stored | undefined): ClientData => ({
  name: doc?.client?.name ?? null,
  number: doc?.client?.number ?? null,
  dateOfBirth: isoDateOf(doc?.client?.dateOfBirth),
})

/**
 * A representative or relative names the client they complain for; anyone else records no
 * client. Checked on creation and whenever the role or the client changes, so an older file
 * saved for something else is not held up by it (before handling starts the guard asks it too).
 */
export const checkClient: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const role = (data.complainant?.role ??
    originalDoc?.complainant?.role ??
    null) as ComplainantRole | null
  const client = clientOf({ client: { ...originalDoc?.client, ...data.client } })
  const changed =
    operation === 'create' ||
    role !== (originalDoc?.complainant?.role ?? null) ||
    JSON.stringify(client) !== JSON.stringify(clientOf(originalDoc))
  if (!changed) return data
  const refusals = clientRefusals(role, client)
  if (refusals.length > 0) throw refusalError(collection.slug, refusals, req)
  return data
}
