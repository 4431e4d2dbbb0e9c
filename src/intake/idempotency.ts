import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'
import type { FieldError } from './fieldErrors'
import type { SubmissionFields } from './readSubmissionFields'
import type { RawSubmission } from './readBody'

const KEY = /^[A-Za-z0-9_-]{16,200}$/

/** The key from the `Idempotency-Key` header or the `idempotencyKey` field; both must agree. */
export const readIdempotencyKey = (
  req: PayloadRequest,
  raw: RawSubmission,
  errors: FieldError[],
): string | null => {
  const header = req.headers.get('idempotency-key')?.trim() || null
  const given = raw.values.get('idempotencyKey') ?? []
  const field = typeof given[0] === 'string' && given[0].trim() !== '' ? given[0].trim() : null
  if (
    given.length > 1 ||
    (given.length === 1 && given[0] !== '' && given[0] !== null && field === null)
  ) {
    errors.push({ field: 'idempotencyKey', rule: 'idempotencyKeyInvalid' })
    return null
  }
  if (header && field && header !== field)
    errors.push({ field: 'idempotencyKey', rule: 'idempotencyKeyConflict' })
  const key = header ?? field
  if (key !== null && !KEY.test(key)) {
    errors.push({ field: 'idempotencyKey', rule: 'idempotencyKeyInvalid' })
    return null
  }
  return key
}

/**
 * What the complaint stores: a digest of the key together with what was submitted. A retry of
 * the same submission finds its complaint; someone who learns or guesses a key alone finds
 * nothing, and never another person's reference or status link.
 */
export const idempotencyDigest = (key: string, slug: string, fields: SubmissionFields): string => {
  const hash = createHash('sha256').update(`${key}\n${slug}\n`)
  const { files, honeypot: _honeypot, ...answers } = fields
  hash.update(JSON.stringify(answers))
  for (const file of files)
    hash.update(`\n${file.name}\n`).update(createHash('sha256').update(file.data).digest())
  return hash.digest('hex')
}
