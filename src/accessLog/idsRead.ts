import { idOf } from '../complaints/factsFromDocument'

type Doc = { id: number | string; parent?: unknown }

/** The documents an operation read; a version (the history) is a read of its document. */
export const idsRead = (operation: string, result: unknown): (number | string)[] => {
  const docs = (result as { docs?: Doc[] } | null)?.docs ?? []
  const one = result as Doc | null
  const read: Record<string, () => unknown[]> = {
    find: () => docs.map((doc) => doc.id),
    findByID: () => [one?.id],
    findVersions: () => docs.map((doc) => idOf(doc.parent)),
    findVersionByID: () => [idOf(one?.parent)],
  }
  return (read[operation]?.() ?? []).filter(
    (id): id is number | string => id !== null && id !== undefined,
  )
}
