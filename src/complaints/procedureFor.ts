import type { PayloadRequest } from 'payload'

import { createContext } from '../procedure/context'
import { factsFromDocument, idOf } from './factsFromDocument'
import { regulationAsSaved } from './regulationCache'
import { rulesFromDocument } from './rulesFromDocument'
import { todayInAmsterdam } from './storedDates'
import { slugsOf } from '../slugs'

type Stored = Record<string, any>

/** Documents read once per request: every hook of one save asks for the same regulation. */
const cached = async (
  req: PayloadRequest,
  key: string,
  load: () => Promise<Stored | null>,
): Promise<Stored | null> => {
  const cache = ((req.context.complaintsCache as Map<string, Promise<Stored | null>>) ??= new Map())
  if (!cache.has(key)) cache.set(key, load())
  return cache.get(key) as Promise<Stored | null>
}

const findById = (req: PayloadRequest, kind: 'regulations' | 'committees', id: string | null) =>
  id
    ? (req.payload.findByID({
        collection: slugsOf(req)[kind],
        id,
        req,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      }) as Promise<Stored | null>)
    : Promise.resolve(null)

/**
 * A regulation read once per request, for all the hooks of one save; and from this process's
 * copy while that is the regulation as last saved (src/complaints/regulationCache.ts).
 */
export const regulationById = (req: PayloadRequest, id: string | null) =>
  id
    ? cached(req, `regulations:${id}`, () =>
        regulationAsSaved(req, id, () => findById(req, 'regulations', id)),
      )
    : Promise.resolve(null)

/** The committee's members: they decide independence, and who may read the complaint. */
export const committeeMembersOf = async (
  req: PayloadRequest,
  committee: unknown,
): Promise<string[]> => {
  const found = await findById(req, 'committees', idOf(committee))
  return ((found?.members as unknown[]) ?? []).map(idOf).filter((id): id is string => id !== null)
}

/**
 * The procedure's view of a complaint being saved: its regulation's rules, its facts as they
 * will be after this save, and the context the guards read.
 */
export const procedureFor = async (req: PayloadRequest, complaint: Stored) => {
  const regulation = await regulationById(req, idOf(complaint.regulation))
  if (!regulation) return null
  const rules = rulesFromDocument(regulation.rules ?? {})
  const facts = factsFromDocument(complaint, await committeeMembersOf(req, complaint.committee))
  return {
    regulation,
    rules,
    facts,
    context: createContext({ rules, facts, today: todayInAmsterdam() }),
  }
}
