import type { CollectionBeforeChangeHook } from 'payload'

import { optionsOf } from '../src/pluginOptions'

/**
 * Who made each save: every version of the complaint carries it, so the case's timeline says who
 * moved it to each stage. A save by the system (a job, the public form) records nobody.
 */
export const recordSaver: CollectionBeforeChangeHook = ({ data, req }) => {
  const user = req.user as { id?: number | string; collection?: string } | null | undefined
  data.savedBy =
    user?.id !== undefined && user.collection === optionsOf(req).userCollection ? user.id : null
  return data
}
