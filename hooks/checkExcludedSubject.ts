import type { CollectionBeforeChangeHook } from 'payload'

import { languageOf, refusalError } from '../src/complaints/refusalError'
import { procedureFor } from '../src/complaints/procedureFor'

/**
 * The excluded subject is one of those of the complaint's own regulation version, by its key:
 * typing the regulation's words instead would silently count as admissible.
 */
export const checkExcludedSubject: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const value = (data.excludedSubject ?? originalDoc?.excludedSubject) as string | null | undefined
  if (!value?.trim()) return data
  const procedure = await procedureFor(req, { ...originalDoc, ...data })
  if (!procedure) return data
  const subjects = procedure.rules.excludedSubjects
  if (subjects.some((subject) => subject.key === value)) return data
  const lang = languageOf(req)
  const known = subjects.map((subject) => `${subject.label[lang]} (${subject.key})`).join(', ')
  throw refusalError(
    collection.slug,
    [
      {
        rule: known ? 'excludedSubjectUnknown' : 'excludedSubjectNone',
        field: 'excludedSubject',
        params: { value: value.slice(0, 60), known },
      },
    ],
    req,
  )
}
