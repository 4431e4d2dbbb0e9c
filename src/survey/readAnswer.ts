import { hasForbiddenCharacter } from '../security/textSafety'
import { isLang } from '../intake/language'
import { readCapped, RequestRefusal } from '../intake/readBody'

import type { PayloadRequest } from 'payload'
import type { FieldError } from '../intake/fieldErrors'
import type { Lang } from '../procedure/localized'
import type { HandledWell } from './survey'

/** The body of an answer: three short values and a comment; anything larger is no answer. */
export const SURVEY_MAX_BYTES = 16 * 1024

/** The comment's length, in characters: room for a paragraph or two. */
export const COMMENT_MAX_LENGTH = 2000

/** What the survey asks, and `lang` for the language of the errors. */
const FIELDS = new Set(['score', 'handledWell', 'comment', 'lang'])

export type Answer = { score: number; handledWell: HandledWell; comment: string | null }

export type ReadAnswer = { lang: Lang | null; errors: FieldError[]; answer: Answer | null }

/** The answer as sent: JSON of at most SURVEY_MAX_BYTES, an object; anything else refused unread. */
export const readAnswerBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  const essence = (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (essence !== 'application/json')
    throw new RequestRefusal(415, 'request.surveyUnsupportedMediaType')
  const body = await readCapped(
    req,
    SURVEY_MAX_BYTES,
    () => new RequestRefusal(413, 'request.surveyTooLarge', { maxKb: SURVEY_MAX_BYTES / 1024 }),
  )
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    throw new RequestRefusal(400, 'request.malformedBody')
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new RequestRefusal(400, 'request.malformedBody')
  return parsed as Record<string, unknown>
}

const score = (value: unknown): number | null => {
  const number = typeof value === 'string' && /^\s*[1-5]\s*$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= 5
    ? number
    : null
}

const handledWell = (value: unknown): HandledWell | null => {
  if (value === true || value === 'yes') return 'yes'
  if (value === false || value === 'no') return 'no'
  return null
}

/** The comment trimmed and in canonical form; null when left empty. */
const comment = (value: unknown, errors: FieldError[]): string | null => {
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') {
    errors.push({ field: 'comment', rule: 'notText' })
    return null
  }
  if (hasForbiddenCharacter(value)) {
    errors.push({ field: 'comment', rule: 'invalidCharacters' })
    return null
  }
  const text = value.normalize('NFC').trim()
  if (text.length > COMMENT_MAX_LENGTH) {
    errors.push({
      field: 'comment',
      rule: 'tooLong',
      params: { max: COMMENT_MAX_LENGTH, length: text.length },
    })
    return null
  }
  return text === '' ? null : text
}

/**
 * Every check of an answer, all errors at once, each naming its field: a score from 1 to 5 and
 * yes or no are required, the comment is text of at most COMMENT_MAX_LENGTH characters without
 * control or bidirectional characters, and nothing else is sent.
 */
export const checkAnswer = (body: Record<string, unknown>): ReadAnswer => {
  const errors: FieldError[] = []
  const lang = isLang(body.lang) ? body.lang : null
  if (body.lang !== undefined && body.lang !== null && body.lang !== '' && !lang)
    errors.push({ field: 'lang', rule: 'languageInvalid' })
  for (const name of Object.keys(body))
    if (!FIELDS.has(name)) errors.push({ field: name.slice(0, 100), rule: 'unknownField' })
  const given = { score: score(body.score), handledWell: handledWell(body.handledWell) }
  if (given.score === null) errors.push({ field: 'score', rule: 'chooseScore' })
  if (given.handledWell === null) errors.push({ field: 'handledWell', rule: 'chooseYesNo' })
  const text = comment(body.comment, errors)
  if (errors.length > 0 || given.score === null || given.handledWell === null)
    return { lang, errors, answer: null }
  return {
    lang,
    errors,
    answer: { score: given.score, handledWell: given.handledWell, comment: text },
  }
}
