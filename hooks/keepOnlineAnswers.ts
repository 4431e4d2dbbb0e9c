import type { CollectionBeforeChangeHook } from 'payload'

import { refusalError } from '../src/complaints/refusalError'

/**
 * "Answered through the online survey" is the complainant's own act through the private link
 * (src/survey/answerSurvey.ts, a save by nobody logged in): a person records how an answer came
 * in otherwise (phone, letter, e-mail, a conversation), and cannot make it an online one.
 */
export const keepOnlineAnswers: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (!req.user) return data
  const via = (data.satisfaction as { via?: unknown } | undefined)?.via
  if (via === 'online' && originalDoc?.satisfaction?.via !== 'online')
    throw refusalError(
      collection.slug,
      [{ rule: 'surveyOnlineOnly', field: 'satisfaction.via' }],
      req,
    )
  return data
}
