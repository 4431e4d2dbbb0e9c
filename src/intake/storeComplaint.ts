import { randomBytes } from 'node:crypto'
import { readdir, unlink } from 'node:fs/promises'
import path from 'node:path'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { isoDateOf } from '../complaints/storedDates'

import type { PayloadRequest } from 'payload'
import type { Lang } from '../procedure/localized'
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

export type StoredComplaint = { id: number | string; reference: string; statusToken: string; receivedOn: string }

/** 256 random bits, URL-safe: the complainant's private link, which nobody can guess. */
export const newStatusToken = (): string => randomBytes(32).toString('base64url')

const attachmentsDirOf = (req: PayloadRequest): string | null => {
  const upload = req.payload.collections['complaint-attachments']?.config.upload
  return upload && typeof upload === 'object' && upload.staticDir ? upload.staticDir : null
}

/** Files are written before their rows; when the rows roll back, the files go too. */
const removeFiles = async (dir: string | null, prefix: string) => {
  if (!dir) return
  const names = await readdir(dir).catch(() => [] as string[])
  await Promise.all(names.filter((name) => name.startsWith(prefix)).map((name) => unlink(path.join(dir, name)).catch(() => undefined)))
}

const complaintData = ({ regulation, fields, role, lang, idempotencyKey }: NewComplaint, attachments: (number | string)[], statusToken: string) => ({
  regulation: regulation.id,
  channel: 'webForm',
  status: 'received',
  description: fields.description ?? '',
  desiredSolution: fields.desiredSolution,
  eventsOn: fields.eventsOn,
  attachments,
  complainant: { name: fields.name, role, address: fields.address, city: fields.city, phone: fields.phone, email: fields.email, language: lang },
  consentToContactOthers: fields.consentToContactOthers,
  uwv: { isUwvClient: fields.isUwvClient },
  statusToken,
  idempotencyKey,
})

/**
 * Stores the attachments and the complaint in one transaction, through the collections and
 * their hooks (the regulation version in force is bound from `regulationSlug`, deadlines and
 * the reference computed). Any failure rolls back every row and removes the files written.
 */
export const storeComplaint = async (req: PayloadRequest, complaint: NewComplaint): Promise<StoredComplaint> => {
  const prefix = `${randomBytes(6).toString('hex')}-`
  const dir = attachmentsDirOf(req)
  const statusToken = newStatusToken()
  const owns = await initTransaction(req)
  try {
    const attachments: (number | string)[] = []
    for (const file of complaint.fields.files) {
      const name = `${prefix}${file.name}`
      const stored = await req.payload.create({
        collection: 'complaint-attachments',
        data: {},
        file: { data: file.data, mimetype: file.type.mime, name, size: file.data.byteLength },
        req,
        overrideAccess: true,
        depth: 0,
      })
      attachments.push(stored.id)
    }
    delete req.file
    req.context.regulationSlug = complaint.regulation.slug
    const created = await req.payload.create({ collection: 'complaints', data: complaintData(complaint, attachments, statusToken) as never, req, overrideAccess: true, depth: 0 })
    if (owns) await commitTransaction(req)
    return { id: created.id, reference: String(created.reference), statusToken, receivedOn: isoDateOf(created.receivedOn as string) ?? '' }
  } catch (error) {
    await killTransaction(req)
    await removeFiles(dir, prefix)
    throw error
  }
}
