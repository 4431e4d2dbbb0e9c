import { FORBIDDEN_CHARACTER, hasForbiddenCharacter } from '../security/textSafety'
import { FILE_TYPES, fileTypeOf } from './fileTypes'

const FORBIDDEN_EVERYWHERE = new RegExp(FORBIDDEN_CHARACTER.source, 'gu')

import type { FieldError } from './fieldErrors'
import type { FileType } from './fileTypes'
import type { UploadedFile } from './readBody'
import type { ResolvedIntakeOptions } from './resolveIntakeOptions'

export type CheckedFile = { name: string; type: FileType; data: Buffer }

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

const extensionOf = (name: string) => name.split('.').pop()?.toLowerCase() ?? ''

/** Browsers that do not know a type send none, or octet-stream: then the extension names the claim. */
const claimedType = (file: UploadedFile): FileType | undefined => {
  const declared = file.type.split(';')[0]?.trim().toLowerCase() ?? ''
  if (declared !== '' && declared !== 'application/octet-stream') return fileTypeOf(declared)
  const extension = extensionOf(file.name)
  return FILE_TYPES.find(
    (type) => type.extension === extension || type.aliases?.includes(extension),
  )
}

/** A name safe to store: no folders, no control characters, short, with the extension of its real type. */
export const safeFileName = (name: string, type: FileType): string => {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 80)
  return `${base.replace(/^\.+/, '') || 'bijlage'}.${type.extension}`
}

/** Count, size, and type: the type a file claims must be allowed and match its first bytes. */
export const checkAttachments = (
  files: readonly UploadedFile[],
  caps: ResolvedIntakeOptions['attachments'],
  errors: FieldError[],
): CheckedFile[] => {
  const field = 'attachments'
  if (files.length > caps.maxFiles) {
    errors.push({
      field,
      rule: 'tooManyFiles',
      params: { max: caps.maxFiles, count: files.length },
    })
    return []
  }
  const total = files.reduce((sum, file) => sum + file.data.byteLength, 0)
  if (total > caps.maxTotalBytes)
    errors.push({ field, rule: 'filesTooLarge', params: { maxMb: megabytes(caps.maxTotalBytes) } })
  const checked: CheckedFile[] = []
  for (const file of files) {
    const name = file.name.slice(0, 120)
    const type = claimedType(file)
    if (hasForbiddenCharacter(file.name))
      errors.push({
        field,
        rule: 'fileNameInvalid',
        params: { name: name.replace(FORBIDDEN_EVERYWHERE, '\ufffd') },
      })
    else if (file.data.byteLength === 0) errors.push({ field, rule: 'fileEmpty', params: { name } })
    else if (file.data.byteLength > caps.maxFileBytes)
      errors.push({
        field,
        rule: 'fileTooLarge',
        params: { name, maxMb: megabytes(caps.maxFileBytes) },
      })
    else if (!type) errors.push({ field, rule: 'fileTypeNotAllowed', params: { name } })
    else if (!type.matches(file.data))
      errors.push({
        field,
        rule: 'fileContentMismatch',
        params: { name, type: type.extension.toUpperCase() },
      })
    else checked.push({ name: safeFileName(file.name, type), type, data: file.data })
  }
  return checked
}
