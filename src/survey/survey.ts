import type { RegulationRules } from '../procedure/rules'

/** What a survey token looks like; anything else names no complaint and is not looked up. */
export const isSurveyToken = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)

/** How an answer reached the complaint: through the survey link, or recorded by staff. */
export const SURVEY_CHANNELS = ['online', 'phone', 'letter', 'email', 'inPerson'] as const

export type SurveyChannel = (typeof SURVEY_CHANNELS)[number]

export const HANDLED_WELL = ['yes', 'no'] as const

export type HandledWell = (typeof HANDLED_WELL)[number]

/** The stored `satisfaction` group of a complaint. */
export type StoredSatisfaction = {
  score?: number | null
  handledWell?: HandledWell | null
  remark?: string | null
  answeredOn?: string | null
  via?: SurveyChannel | null
}

type Stored = Record<string, any>

/**
 * Whether the complainant has answered: a score or a yes/no is on the file, given online or
 * recorded by staff after a phone call or a letter. A remark alone is a note, not an answer.
 */
export const isAnswered = (satisfaction: StoredSatisfaction | null | undefined): boolean =>
  (satisfaction?.score !== null && satisfaction?.score !== undefined) ||
  Boolean(satisfaction?.handledWell)

/**
 * Whether a complaint is asked about its handling now: its regulation asks for satisfaction
 * (`rules.askSatisfaction`), it was decided, and the file is not anonymised. The link exists from
 * the decision on (see hooks/assignSurveyToken.ts).
 */
export const surveyApplies = (
  complaint: Stored,
  rules: Pick<RegulationRules, 'askSatisfaction'>,
): boolean => rules.askSatisfaction && Boolean(complaint.decidedOn) && !complaint.anonymisedOn
