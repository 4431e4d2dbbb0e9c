import type { CollectionBeforeChangeHook } from 'payload'

import { regulationById } from '../src/complaints/procedureFor'
import { idOf } from '../src/complaints/factsFromDocument'
import { rulesFromDocument } from '../src/complaints/rulesFromDocument'
import { surveyApplies } from '../src/survey/survey'
import { newSurveyToken } from '../src/survey/token'

/**
 * The complainant's private link to the satisfaction survey: a token of its own, made once, on
 * the save that records the decision, where the regulation asks for satisfaction. The closure
 * letter drafted after that save carries the link (src/letters/draftLetter.ts). It is not the
 * status token: the survey writes to the file, and only a complainant who received the decision
 * gets it.
 */
export const assignSurveyToken: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (originalDoc?.surveyToken) return data
  const merged = { ...originalDoc, ...data }
  const regulation = await regulationById(req, idOf(merged.regulation))
  if (!regulation) return data
  if (surveyApplies(merged, rulesFromDocument(regulation.rules ?? {})))
    data.surveyToken = newSurveyToken()
  return data
}
