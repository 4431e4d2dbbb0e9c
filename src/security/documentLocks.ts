import { asSlug } from '../slugs'

import type { Access, CollectionBeforeChangeHook, Payload, PayloadRequest, Where } from 'payload'

type LockTarget = {
  document?: { relationTo?: string; value?: unknown } | null
  globalSlug?: string | null
}

const LOCKS = 'payload-locked-documents'

/** Whether the caller may change the document a lock is about: only then may they lock it. */
const mayEditTarget = async (
  req: PayloadRequest,
  target: LockTarget | null | undefined,
): Promise<boolean> => {
  if (!req.user || !target) return false
  const { document, globalSlug } = target
  if (document?.relationTo) {
    const collection = req.payload.collections[asSlug(document.relationTo)]
    const id =
      typeof document.value === 'object' && document.value
        ? (document.value as { id?: unknown }).id
        : document.value
    if (!collection || (typeof id !== 'string' && typeof id !== 'number')) return false
    const allowed = await collection.config.access.update({
      req,
      id: id as number,
      data: undefined,
    })
    if (typeof allowed !== 'object') return Boolean(allowed)
    const { totalDocs } = await req.payload.count({
      collection: collection.config.slug,
      where: { and: [{ id: { equals: id } }, allowed as Where] },
      req,
      overrideAccess: true,
    })
    return totalDocs === 1
  }
  const global = globalSlug
    ? req.payload.config.globals.find((candidate) => candidate.slug === globalSlug)
    : undefined
  return global ? Boolean(await global.access.update({ req, data: undefined })) : false
}

const storedLock = (req: PayloadRequest, id: unknown) =>
  typeof id === 'string' || typeof id === 'number'
    ? (req.payload.findByID({
        collection: LOCKS,
        id,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
      }) as Promise<LockTarget | null>)
    : Promise.resolve(null)

/** A lock is always in the caller's own name, and stays on the document it was made for. */
const lockInCallersName: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (req.user) data.user = { relationTo: req.user.collection, value: req.user.id }
  if (operation === 'update') {
    data.document = originalDoc?.document
    data.globalSlug = originalDoc?.globalSlug
  }
  return data
}

/**
 * Payload's document locks (`payload-locked-documents`) let any logged-in user lock any document
 * in anyone's name. The plugin makes them follow the locked document's update access. The
 * collection is made by Payload after the plugins ran, so this is applied when Payload starts.
 */
export const guardDocumentLocks = (payload: Payload): void => {
  const locks = payload.collections[LOCKS]?.config
  if (!locks) return
  const create: Access = ({ req, data }) => mayEditTarget(req, data as LockTarget)
  const change: Access = async ({ req, id }) => mayEditTarget(req, await storedLock(req, id))
  locks.access = { ...locks.access, create, update: change, delete: change }
  locks.hooks.beforeChange = [lockInCallersName, ...(locks.hooks.beforeChange ?? [])]
}
