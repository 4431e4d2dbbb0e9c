import { randomBytes } from 'node:crypto'

/** 256 random bits, URL-safe: the complainant's link to the survey, which nobody can guess. */
export const newSurveyToken = (): string => randomBytes(32).toString('base64url')
