import type { PayloadRequest } from 'payload'

/**
 * What each request has recorded, by its headers: the one object every copy of a request shares
 * (the admin's document view reads through a copy of the page's request, whose context is new).
 */
const recorded = new WeakMap<object, Set<string>>()

/**
 * The ids of `collection` this request has not recorded yet, now marked as recorded: one page of
 * the admin reads a complaint several times (the document, its case page), one row says so.
 */
export const unseenIds = (
  req: PayloadRequest,
  collection: string,
  ids: (number | string)[],
): (number | string)[] => {
  const key: object = req.headers ?? req
  const seen = recorded.get(key) ?? recorded.set(key, new Set()).get(key)!
  return ids.filter((id) => {
    const entry = `${collection}:${id}`
    if (seen.has(entry)) return false
    seen.add(entry)
    return true
  })
}
