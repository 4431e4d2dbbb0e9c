import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { refusalError } from '../src/complaints/refusalError'

const refused = (collection: string, req: PayloadRequest) =>
  refusalError(collection, [{ rule: 'accessLogUnchangeable', field: 'accessLog' }], req)

/** Only the plugin writes the access log, by SQL: no create or update through Payload, whoever asks. */
export const refuseAccessLogWrites: CollectionBeforeChangeHook = ({ collection, req }) => {
  throw refused(collection.slug, req)
}

/** Nobody deletes from the access log; only its own retention (context `retention`) may. */
export const keepAccessLog: CollectionBeforeDeleteHook = ({ collection, req }) => {
  if (req.context.retention !== true) throw refused(collection.slug, req)
}
