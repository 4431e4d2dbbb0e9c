import type { CollectionBeforeChangeHook } from 'payload'

import { refusalError } from '../src/complaints/refusalError'
import { rulesFromDocument } from '../src/complaints/rulesFromDocument'
import { isoDateOf } from '../src/complaints/storedDates'
import { slugsOf } from '../src/slugs'

/** Compared as the procedure reads them, so a save that only re-sends the same rules passes. */
const fixedParts = {
  rules: (value: any) => JSON.stringify(rulesFromDocument(value ?? {})),
  effectiveFrom: (value: any) => isoDateOf(value),
  slug: (value: any) => value,
}

/**
 * A complaint keeps the rules it was received under. Once complaints are bound to a version,
 * its rules, slug and effective date are fixed: a change is made as a new version with its own
 * effective date. Texts (name, summary, regulation text) may still be corrected.
 */
export const keepBoundVersionsUnchanged: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return data
  const changed = Object.entries(fixedParts)
    .filter(
      ([field, read]) =>
        data[field] !== undefined && read(data[field]) !== read(originalDoc[field]),
    )
    .map(([field]) => field)
  if (changed.length === 0) return data
  const { totalDocs } = await req.payload.count({
    collection: slugsOf(req).complaints,
    where: { regulation: { equals: originalDoc.id } },
    req,
    overrideAccess: true,
  })
  if (totalDocs === 0) return data
  throw refusalError(
    collection.slug,
    changed.map((field) => ({
      rule: 'regulationVersionInUse',
      field,
      params: { count: totalDocs },
    })),
    req,
  )
}
