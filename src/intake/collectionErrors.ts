import { ValidationError } from 'payload'

import { translations } from '../translations'
import { fieldLabelOf } from './fieldErrors'

import type { Lang } from '../procedure/localized'
import type { FieldError } from './fieldErrors'

/** Where the collection names a stored field, the form's field it came from. */
const PUBLIC_FIELD_OF: Record<string, string> = {
  file: 'attachments',
  filename: 'attachments',
  mimeType: 'attachments',
  filesize: 'attachments',
  attachments: 'attachments',
  regulation: 'regulation',
  description: 'description',
  desiredSolution: 'desiredSolution',
  eventsOn: 'eventsOn',
}

const publicFieldOf = (path: string): string => {
  const [first, second] = path.split('.')
  if (first === 'complainant' && second) return second === 'role' ? 'role' : second
  return PUBLIC_FIELD_OF[first ?? ''] ?? 'submission'
}

/** A refusal of the collection names the field by its admin label; the form uses its own. */
const withoutAdminLabel = (message: string, path: string, lang: Lang): string => {
  const name =
    path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? path
  const adminLabel = (translations[lang] as Record<string, string>)[`field.${name}`]
  return adminLabel && message.startsWith(`${adminLabel}: `)
    ? message.slice(adminLabel.length + 2)
    : message
}

/**
 * The collection's refusal (its hooks, its field validation, the upload checks) as errors of
 * the form: each names the form's field, in the language of the submission.
 */
export const collectionErrors = (error: unknown, lang: Lang): FieldError[] | null => {
  if (!(error instanceof ValidationError)) return null
  return error.data.errors.map((item) => {
    const field = publicFieldOf(item.path ?? '')
    const message = `${fieldLabelOf(field, lang)}: ${withoutAdminLabel(item.message, item.path ?? '', lang)}`
    return { field, rule: 'rejected' as const, params: { message } }
  })
}
