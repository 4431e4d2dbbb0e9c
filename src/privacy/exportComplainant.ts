import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { accessPathContext } from '../accessLog/paths'
import { optionsOf } from '../pluginOptions'
import { slugsOf } from '../slugs'
import { sameComplainant } from './sameComplainant'

import type { PayloadRequest } from 'payload'

type Doc = Record<string, any> & { id: number }

/** One file of the export: its path in the ZIP and its content. */
export type ExportEntry = { name: string; data: Uint8Array }

const json = (value: unknown): Uint8Array =>
  new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`)

/**
 * Everything the system holds about the complainant of complaint `id` (AVG art. 15), as the
 * files of one ZIP: `complainant.json` with each of their complaints (as the person may read
 * them, with the client a representative complained for), its history, letters and attachments' records, and each attachment's file under
 * `attachments/`. Nothing of another complainant: see sameComplainant.
 */
export const exportComplainant = async (
  req: PayloadRequest,
  id: number,
): Promise<ExportEntry[]> => {
  const { payload } = req
  const slugs = slugsOf(req)
  // Read as the person, so their access applies and the access log records each document read.
  const asPerson = {
    req,
    depth: 0,
    overrideAccess: false,
    pagination: false,
    context: accessPathContext('export'),
  } as const
  const first = (await payload.findByID({ collection: slugs.complaints, id, ...asPerson })) as Doc
  // Which complaints are theirs is the system's question (a lookalike address is read and left
  // out); only theirs are then read as the person.
  const { where, matches } = sameComplainant(first.id, first.complainant)
  const candidates = await payload.find({
    collection: slugs.complaints,
    where,
    select: { complainant: true },
    req,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const theirs = (candidates.docs as Doc[]).filter(matches).map((complaint) => complaint.id)
  const complaints = (
    await payload.find({
      collection: slugs.complaints,
      where: { id: { in: theirs } },
      sort: 'receivedOn',
      ...asPerson,
    })
  ).docs as Doc[]
  const ids = complaints.map((complaint) => complaint.id)
  const inThese = { in: ids }
  const [versions, letters, attachments] = await Promise.all([
    payload.findVersions({
      collection: slugs.complaints,
      where: { parent: inThese },
      sort: 'createdAt',
      limit: 0,
      ...asPerson,
    }),
    payload.find({ collection: slugs.letters, where: { complaint: inThese }, ...asPerson }),
    payload.find({ collection: slugs.attachments, where: { complaint: inThese }, ...asPerson }),
  ])
  const folder = path.resolve(optionsOf(req).attachmentsDir)
  const files: ExportEntry[] = []
  for (const attachment of attachments.docs as Doc[]) {
    if (!attachment.filename) continue
    const name = `attachments/${attachment.id}-${path.basename(String(attachment.filename))}`
    const data = await readFile(path.join(folder, path.basename(attachment.filename))).catch(
      () => null,
    )
    if (data) files.push({ name, data })
  }
  const of = (list: { docs: unknown[] }, complaint: number, key: string) =>
    (list.docs as Doc[]).filter((doc) => Number(doc[key]) === complaint)
  const body = {
    exportedOn: new Date().toISOString(),
    exportedBy: (req.user as { email?: string } | null)?.email ?? null,
    complainant: first.complainant ?? null,
    complaints: complaints.map((complaint) => ({
      complaint,
      history: of(versions, complaint.id, 'parent').map((version) => ({
        savedAt: version.createdAt,
        version: version.version,
      })),
      letters: of(letters, complaint.id, 'complaint'),
      attachments: of(attachments, complaint.id, 'complaint').map((attachment) => ({
        ...attachment,
        file: files.find((file) => file.name.startsWith(`attachments/${attachment.id}-`))?.name,
      })),
    })),
  }
  return [{ name: 'complainant.json', data: json(body) }, ...files]
}
