import type { PayloadRequest } from 'payload'

const SEEN = 'accessLogged'

/**
 * The ids of `collection` this request has not recorded yet, now marked as recorded: one page of
 * the admin reads a complaint several times (the document, its case page), one row says so.
 */
export const unseenIds = (
  req: PayloadRequest,
  collection: string,
  ids: (number | string)[],
): (number | string)[] => {
  const seen = (req.context[SEEN] ??= new Set<string>()) as Set<string>
  return ids.filter((id) => {
    const key = `${collection}:${id}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
