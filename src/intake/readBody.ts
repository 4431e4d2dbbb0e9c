import type { PayloadRequest } from 'payload'

/** A refusal of the request as a whole: status, and the text key that says why. */
export class RequestRefusal extends Error {
  constructor(
    readonly status: number,
    readonly key:
      | 'request.bodyTooLarge'
      | 'request.unsupportedMediaType'
      | 'request.malformedBody'
      | 'request.surveyTooLarge'
      | 'request.surveyUnsupportedMediaType',
    readonly params: Record<string, string | number> = {},
  ) {
    super(key)
  }
}

export type UploadedFile = { name: string; type: string; data: Buffer }

/** The submission as sent: single values by name, and the files under `attachments`. */
export type RawSubmission = {
  format: 'json' | 'multipart'
  values: Map<string, unknown[]>
  files: UploadedFile[]
  fileFields: string[]
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

/** Reads at most `limit` bytes; a larger body (whatever its Content-Length said) is refused unread. */
export const readCapped = async (
  req: PayloadRequest,
  limit: number,
  tooLarge = () => new RequestRefusal(413, 'request.bodyTooLarge', { maxMb: megabytes(limit) }),
): Promise<Buffer> => {
  const declared = Number(req.headers.get('content-length') ?? Number.NaN)
  if (declared > limit) throw tooLarge()
  if (!req.body) return Buffer.alloc(0)
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new RequestRefusal(400, 'request.malformedBody')
    })
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

const add = (values: Map<string, unknown[]>, name: string, value: unknown) =>
  values.set(name, [...(values.get(name) ?? []), value])

const fromJson = (body: Buffer): RawSubmission => {
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    throw new RequestRefusal(400, 'request.malformedBody')
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new RequestRefusal(400, 'request.malformedBody')
  const values = new Map<string, unknown[]>()
  for (const [name, value] of Object.entries(parsed)) add(values, name, value)
  return { format: 'json', values, files: [], fileFields: [] }
}

const fromMultipart = async (body: Buffer, contentType: string): Promise<RawSubmission> => {
  let form: FormData
  try {
    form = await new Response(
      body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
      { headers: { 'content-type': contentType } },
    ).formData()
  } catch {
    throw new RequestRefusal(400, 'request.malformedBody')
  }
  const raw: RawSubmission = { format: 'multipart', values: new Map(), files: [], fileFields: [] }
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') add(raw.values, name, value)
    // A file input left empty still sends a part without name or content.
    else if (value.size === 0 && value.name === '') continue
    else if (name === 'attachments')
      raw.files.push({
        name: value.name,
        type: value.type,
        data: Buffer.from(await value.arrayBuffer()),
      })
    else raw.fileFields.push(name)
  }
  return raw
}

/**
 * The submission, within the size caps: JSON up to `maxJsonBytes`, multipart up to the
 * attachments' total plus that. Anything else is refused before it is parsed.
 */
export const readSubmission = async (
  req: PayloadRequest,
  caps: { maxJsonBytes: number; maxTotalBytes: number },
): Promise<RawSubmission> => {
  const contentType = req.headers.get('content-type') ?? ''
  const essence = contentType.split(';')[0]?.trim().toLowerCase()
  if (essence === 'application/json') return fromJson(await readCapped(req, caps.maxJsonBytes))
  if (essence === 'multipart/form-data')
    return fromMultipart(await readCapped(req, caps.maxTotalBytes + caps.maxJsonBytes), contentType)
  throw new RequestRefusal(415, 'request.unsupportedMediaType')
}
