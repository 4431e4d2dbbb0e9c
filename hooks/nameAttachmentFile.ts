import { randomBytes } from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'

import { refusalError } from '../src/complaints/refusalError'
import { FILE_TYPES, fileTypeOf } from '../src/intake/fileTypes'

/** 128 random bits before every stored name: a file is never found by guessing its name. */
export const randomFilePrefix = (): string => `${randomBytes(16).toString('hex')}-`

/**
 * Every attachment, from the form or uploaded in the admin, is checked by its bytes (a program
 * named .pdf, a broken image) and stored under an unguessable name. The public form names its
 * files itself (context `attachmentPrefix`), so a failed submission can remove what it wrote.
 */
export const nameAttachmentFile: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' || !req.file) return args
  const type = fileTypeOf(req.file.mimetype)
  if (!type || !type.matches(req.file.data)) {
    const name = req.file.name.slice(0, 120)
    throw refusalError(
      collection.slug,
      [
        {
          rule: type ? 'fileContentMismatch' : 'fileTypeNotAllowed',
          field: 'file',
          params: { name, types: FILE_TYPES.map((t) => t.extension.toUpperCase()).join(', ') },
        },
      ],
      req,
    )
  }
  const prefix =
    typeof req.context.attachmentPrefix === 'string'
      ? req.context.attachmentPrefix
      : randomFilePrefix()
  req.file.name = `${prefix}${req.file.name}`
  return args
}
