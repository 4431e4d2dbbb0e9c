import { idOf } from '../complaints/factsFromDocument'
import { slugsOfPayload } from '../slugs'
import { isAnswered, isSurveyToken, surveyApplies } from './survey'

import type { Payload, PayloadRequest } from 'payload'
import type { Lang } from '../procedure/localized'

/**
 * What the survey link shows and answers by: the complaint's reference, the language of its
 * complainant and whether it was answered. Nothing else of the file, and nothing about who
 * handled it.
 */
export type SurveyView = {
  id: number | string
  reference: string
  language: Lang
  answered: boolean
}

/**
 * The survey a token opens; null for a malformed or unknown token, for a regulation that asks
 * no satisfaction, a complaint not decided, or an anonymised file: the same null for each, so
 * the answer tells nobody which tokens exist. In `req`'s transaction when one is given.
 */
export const findSurvey = async (
  payload: Payload,
  token: unknown,
  req?: PayloadRequest,
): Promise<SurveyView | null> => {
  if (!isSurveyToken(token)) return null
  const slugs = slugsOfPayload(payload)
  const { docs } = await payload.find({
    collection: slugs.complaints,
    where: { surveyToken: { equals: token } },
    select: {
      reference: true,
      regulation: true,
      decidedOn: true,
      anonymisedOn: true,
      complainant: { language: true },
      satisfaction: true,
    } as never,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  const complaint = docs[0] as Record<string, any> | undefined
  if (!complaint) return null
  const regulation = (await payload.findByID({
    collection: slugs.regulations,
    id: idOf(complaint.regulation) as string,
    select: { rules: { askSatisfaction: true } } as never,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    ...(req ? { req } : {}),
  })) as Record<string, any> | null
  const askSatisfaction = Boolean(regulation?.rules?.askSatisfaction)
  if (!surveyApplies(complaint, { askSatisfaction })) return null
  return {
    id: complaint.id,
    reference: String(complaint.reference ?? ''),
    language: complaint.complainant?.language === 'en' ? 'en' : 'nl',
    answered: isAnswered(complaint.satisfaction),
  }
}
