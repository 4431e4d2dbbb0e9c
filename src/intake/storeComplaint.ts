import { randomBytes } from 'node:crypto'
import { readdir, unlink } from 'node:fs/promises'
import path from 'node:path'
import { commitTransaction, initTransaction, killTransaction, ValidationError } from 'payload'

import { randomFilePrefix } from '../../hooks/nameAttachmentFile'
import { refusalError } from '../complaints/refusalError'
import { afterCommitWork } from '../database/afterCommit'
import { CommitUnconfirmed, confirmCommitted } from '../database/confirmCommitted'
import { isoDateOf, todayInAmsterdam } from '../complaints/storedDates'
import { intakeText } from '../translations/intake'
import { actsForClient } from '../procedure/client'
import { slugsOf } from '../slugs'

import type { PayloadRequest } from 'payload'
import type { Lang } from '../procedure/localized'
import type { CheckedFile } from './checkAttachments'
import type { ComplainantRole } from '../procedure/rules'
import type { SubmissionFields } from './readSubmissionFields'
import type { RegulationDocument } from './regulationInForce'

export type NewComplaint = {
  regulation: RegulationDocument
  fields: SubmissionFields
  role: ComplainantRole
  lang: Lang
  idempotencyKey: string | null
}

export type StoredComplaint = {
  id: number | string
  reference: string
  statusToken: string
  receivedOn: string
}

/** 256 random bits, URL-safe: the complainant's private link, which nobody can guess. */
export const newStatusToken = (): string => randomBytes(32).toString('base64url')

const attachmentsDirOf = (req: PayloadRequest): string | null => {
  const upload = req.payload.collections[slugsOf(req).attachments]?.config.upload
  return upload && typeof upload === 'object' && upload.staticDir ? upload.staticDir : null
}

/** Files are written before their rows; when the rows roll back, the files go too. */
const removeFiles = async (dir: string | null, prefix: string) => {
  if (!dir) return
  const names = await readdir(dir).catch(() => [] as string[])
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix))
      .map((name) => unlink(path.join(dir, name)).catch(() => undefined)),
  )
}

/** One file, under the submission's prefix; a file that passed the checks but that the upload cannot read is the sender's problem, not a fault. */
const storeAttachment = (req: PayloadRequest, file: CheckedFile, prefix: string) =>
  req.payload
    .create({
      collection: slugsOf(req).attachments,
      data: {},
      file: {
        data: file.data,
        mimetype: file.type.mime,
        name: file.name,
        size: file.data.byteLength,
      },
      context: { attachmentPrefix: prefix },
      req,
      overrideAccess: true,
      depth: 0,
    })
    .catch((error: unknown) => {
      if (error instanceof ValidationError) throw error
      throw refusalError(
        slugsOf(req).attachments,
        [
          {
            rule: 'fileUnreadable',
            field: 'file',
            params: { name: file.name, type: file.type.extension.toUpperCase() },
          },
        ],
        req,
      )
    })

const complaintData = (
  { regulation, fields, role, lang, idempotencyKey }: NewComplaint,
  attachments: (number | string)[],
  statusToken: string,
  today = todayInAmsterdam(),
) => ({
  regulation: regulation.id,
  channel: 'webForm',
  status: 'received',
  description: fields.description ?? '',
  desiredSolution: fields.desiredSolution,
  eventsOn: fields.eventsOn,
  attachments,
  complainant: {
    name: fields.name,
    role,
    address: fields.address,
    city: fields.city,
    phone: fields.phone,
    email: fields.email,
    language: lang,
  },
  // The form's checkbox is consent given on receipt, through the form, for what the box says.
  receivedOn: today,
  consent: fields.consentToContactOthers
    ? { givenOn: today, how: 'form', scope: intakeText(lang, 'field.consentToContactOthers') }
    : undefined,
  // Someone complaining for a client names them; the client complaining is the complainant above.
  ...(actsForClient(role)
    ? {
        client: {
          name: fields.clientName,
          number: fields.clientNumber,
          dateOfBirth: fields.clientDateOfBirth,
        },
      }
    : {}),
  uwv: { isUwvClient: fields.isUwvClient },
  statusToken,
  idempotencyKey,
})

/**
 * Stores the attachments and the complaint in one transaction, through the collections and
 * their hooks (the regulation version in force is bound from `regulationSlug`, deadlines and
 * the reference computed), confirms the commit, then waits for the letters drafted after it.
 * Any failure rolls back every row and removes the files written, unless the complaint may have
 * been stored after all.
 */
export const storeComplaint = async (
  req: PayloadRequest,
  complaint: NewComplaint,
): Promise<StoredComplaint> => {
  const prefix = randomFilePrefix()
  const dir = attachmentsDirOf(req)
  const statusToken = newStatusToken()
  const owns = await initTransaction(req)
  let committing = false
  try {
    const attachments: (number | string)[] = []
    for (const file of complaint.fields.files) {
      const stored = await storeAttachment(req, file, prefix)
      attachments.push(stored.id)
    }
    delete req.file
    req.context.regulationSlug = complaint.regulation.slug
    const created = await req.payload.create({
      collection: slugsOf(req).complaints,
      data: complaintData(complaint, attachments, statusToken) as never,
      req,
      overrideAccess: true,
      depth: 0,
    })
    if (owns) {
      committing = true
      await commitTransaction(req)
      await confirmCommitted(req.payload, slugsOf(req).complaints, created.id)
      // The acknowledgement is drafted after the commit; the complainant's answer waits for it.
      await afterCommitWork(req)
    }
    const stored = created as unknown as {
      id: number | string
      reference: string
      receivedOn: string
    }
    return {
      id: stored.id,
      reference: String(stored.reference),
      statusToken,
      receivedOn: isoDateOf(stored.receivedOn) ?? '',
    }
  } catch (error) {
    await killTransaction(req)
    if (!committing || error instanceof CommitUnconfirmed) await removeFiles(dir, prefix)
    throw error
  }
}
