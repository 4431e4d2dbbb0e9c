import { checkAttachments } from './checkAttachments'
import { checkPastDate, isEmailAddress, isPhoneNumber } from './formats'
import { CONTROL_FIELDS, PUBLIC_FIELDS } from './publicFields'
import { readBoolean, readText } from './readValues'

import type { CheckedFile } from './checkAttachments'
import type { FieldError } from './fieldErrors'
import type { RawSubmission } from './readBody'
import type { ResolvedIntakeOptions } from './resolveIntakeOptions'

/** The answers of a submission, each read and checked on its own. */
export type SubmissionFields = {
  name: string | null
  role: string | null
  clientName: string | null
  clientNumber: string | null
  clientDateOfBirth: string | null
  email: string | null
  phone: string | null
  address: string | null
  city: string | null
  eventsOn: string | null
  description: string | null
  desiredSolution: string | null
  consentToContactOthers: boolean
  isUwvClient: boolean
  honeypot: string | null
  files: CheckedFile[]
}

const KNOWN = new Set<string>([...PUBLIC_FIELDS.map((field) => field.name), ...CONTROL_FIELDS])

const unknownFields = (raw: RawSubmission, errors: FieldError[]) => {
  const unknown = [...raw.values.keys()].filter((name) => !KNOWN.has(name))
  for (const name of unknown.slice(0, 20))
    errors.push({ field: name.slice(0, 60), rule: 'unknownField' })
  for (const name of raw.fileFields.slice(0, 20))
    errors.push({ field: name.slice(0, 60), rule: KNOWN.has(name) ? 'notText' : 'unknownField' })
  if (raw.values.has('attachments'))
    errors.push({
      field: 'attachments',
      rule: raw.format === 'multipart' ? 'notFile' : 'attachmentsNeedMultipart',
    })
}

/**
 * Types, lengths, characters and formats of every answer; what the regulation asks of them
 * (required, allowed roles) is checked once the regulation is known.
 */
export const readSubmissionFields = (
  raw: RawSubmission,
  caps: ResolvedIntakeOptions['attachments'],
  today: string,
  errors: FieldError[],
): SubmissionFields => {
  unknownFields(raw, errors)
  const text = (name: string) => readText(raw.values, name, errors)
  const fields: SubmissionFields = {
    name: text('name'),
    role: text('role'),
    clientName: text('clientName'),
    clientNumber: text('clientNumber'),
    clientDateOfBirth: text('clientDateOfBirth'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    city: text('city'),
    eventsOn: text('eventsOn'),
    description: text('description'),
    desiredSolution: text('desiredSolution'),
    consentToContactOthers: readBoolean(raw.values, 'consentToContactOthers', errors),
    isUwvClient: readBoolean(raw.values, 'isUwvClient', errors),
    honeypot: text('leaveEmpty'),
    files: checkAttachments(raw.files, caps, errors),
  }
  if (fields.email && !isEmailAddress(fields.email))
    errors.push({ field: 'email', rule: 'emailInvalid' })
  if (fields.phone && !isPhoneNumber(fields.phone))
    errors.push({ field: 'phone', rule: 'phoneInvalid' })
  for (const field of ['eventsOn', 'clientDateOfBirth'] as const) {
    const value = fields[field]
    if (!value) continue
    const check = checkPastDate(value, today)
    if (check === 'invalid') errors.push({ field, rule: 'dateInvalid' })
    if (check === 'future') errors.push({ field, rule: 'dateInFuture', params: { today } })
  }
  if (fields.honeypot) errors.push({ field: 'leaveEmpty', rule: 'honeypot' })
  return fields
}
