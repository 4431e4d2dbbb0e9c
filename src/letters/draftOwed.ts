import { procedureFor } from '../complaints/procedureFor'
import { plainText } from '../complaints/richText'
import { checkAdmissibility } from '../procedure/admissibility'
import { draftLetter } from './draftLetter'
import { letterKindsOf } from './letterKinds'
import { lettersOwed, lettersToDraft } from './owed'

import type { PayloadRequest } from 'payload'

/**
 * Drafts the letters the complaint now owes its complainant (acknowledgement, notice of
 * non-admission, decision...) that it does not have yet, so staff review and send them instead
 * of writing them.
 */
export const draftOwedLetters = async (
  req: PayloadRequest,
  doc: Record<string, any>,
): Promise<void> => {
  const procedure = await procedureFor(req, doc)
  if (!procedure) return
  const { rules, facts, regulation, context } = procedure
  const owed = lettersOwed({
    rules,
    facts,
    admissible: checkAdmissibility(rules, facts, context.calendar).admissible,
    decisionReady: Boolean(doc.outcome) || plainText(doc.reasoning).trim() !== '',
    appealDecisionReady: Boolean(doc.appealOutcome),
  })
  if (owed.length === 0) return
  const missing = lettersToDraft(owed, await letterKindsOf(req, doc.id))
  for (const kind of missing)
    await draftLetter(req, {
      complaint: doc,
      regulation,
      rules,
      deadlines: context.deadlines,
      kind,
    })
}
