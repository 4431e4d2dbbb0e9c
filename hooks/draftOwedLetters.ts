import type { CollectionAfterChangeHook } from 'payload'

import { procedureFor } from '../src/complaints/procedureFor'
import { plainText } from '../src/complaints/richText'
import { draftLetter } from '../src/letters/draftLetter'
import { lettersOwed, lettersToDraft } from '../src/letters/owed'
import { checkAdmissibility } from '../src/procedure/admissibility'
import { slugsOf } from '../src/slugs'

import type { LetterKind } from '../src/letters/kinds'

/**
 * After every save, drafts the letters the complaint now owes its complainant (acknowledgement,
 * notice of non-admission, decision...), so staff review and send them instead of writing them.
 */
export const draftOwedLetters: CollectionAfterChangeHook = async ({ doc, req }) => {
  const procedure = await procedureFor(req, doc)
  if (!procedure) return doc
  const { rules, facts, regulation, context } = procedure
  const owed = lettersOwed({
    rules,
    facts,
    admissible: checkAdmissibility(rules, facts, context.calendar).admissible,
    decisionReady: Boolean(doc.outcome) || plainText(doc.reasoning).trim() !== '',
    appealDecisionReady: Boolean(doc.appealOutcome),
  })
  if (owed.length === 0) return doc
  const { docs } = await req.payload.find({
    collection: slugsOf(req).letters,
    where: { complaint: { equals: doc.id } },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const missing = lettersToDraft(
    owed,
    docs.map((letter) => (letter as { kind?: string }).kind as LetterKind),
  )
  for (const kind of missing) {
    await draftLetter(req, {
      complaint: doc,
      regulation,
      rules,
      deadlines: context.deadlines,
      kind,
    })
  }
  return doc
}
