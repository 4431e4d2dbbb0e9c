import { readdir } from 'node:fs/promises'
import { handleEndpoints } from 'payload'

import type { Payload } from 'payload'

export type IntakeAnswer = { status: number; headers: Headers; body: any }

let nextAddress = 0

/** A client address of its own for every call, so the rate limit only bites where a test wants it. */
export const freshAddress = (): string => {
  nextAddress += 1
  return `10.${(nextAddress >> 16) & 255}.${(nextAddress >> 8) & 255}.${nextAddress & 255}`
}

/** One request to the app's API, through the same handler the Next route uses. */
export const callApi = async (
  payload: Payload,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: BodyInit } = {},
): Promise<IntakeAnswer> => {
  const headers = new Headers({ 'X-Forwarded-For': freshAddress(), ...init.headers })
  const request = new Request(`http://localhost/api${path}`, { method, headers, body: init.body })
  const response = await handleEndpoints({ config: payload.config, request })
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // not JSON: the test sees the text
  }
  return { status: response.status, headers: response.headers, body }
}

/** What a complainant fills in on the IZW Arbeidscoaching form (name, address, city and phone required). */
export const IZW_SUBMISSION = {
  regulation: 'izw-arbeidscoaching',
  name: 'Fatima El Amrani',
  address: 'Dorpsstraat 1',
  city: 'Utrecht',
  phone: '030-1234567',
  description: 'Mijn coach kwam drie afspraken niet na en belde niet terug.',
}

/** A JSON submission of the public form. */
export const submitJson = (payload: Payload, body: unknown, headers: Record<string, string> = {}) =>
  callApi(payload, 'POST', '/complaints/submit', {
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

/** A multipart submission, as the embedded form sends it with attachments. */
export const submitMultipart = (
  payload: Payload,
  form: FormData,
  headers: Record<string, string> = {},
) => callApi(payload, 'POST', '/complaints/submit', { headers, body: form })

export const formData = (
  values: Record<string, string>,
  files: { name: string; type: string; data: Uint8Array }[] = [],
): FormData => {
  const form = new FormData()
  for (const [name, value] of Object.entries(values)) form.append(name, value)
  for (const file of files)
    form.append('attachments', new Blob([file.data as BlobPart], { type: file.type }), file.name)
  return form
}

/** How many complaints and attachments are stored: bad input must change neither. */
export const storedCounts = async (payload: Payload) => ({
  complaints: (await payload.count({ collection: 'complaints', overrideAccess: true })).totalDocs,
  attachments: (await payload.count({ collection: 'complaint-attachments', overrideAccess: true }))
    .totalDocs,
})

/** Files in the attachments folder whose name contains `marker`. */
export const filesMarked = async (payload: Payload, marker: string): Promise<string[]> => {
  const upload = payload.collections['complaint-attachments']?.config.upload
  const dir = upload && typeof upload === 'object' ? upload.staticDir : undefined
  if (!dir) return []
  return (await readdir(dir).catch(() => [] as string[])).filter((name) => name.includes(marker))
}

/** Small files that are what they say they are. */
export const samples = {
  pdf: (text = 'klacht') =>
    new TextEncoder().encode(
      `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${text}\nxref\n0 1\n0000000000 65535 f \ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n`,
    ),
  png: () =>
    Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0,
      1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 10, 0x49, 0x44, 0x41, 0x54,
      0x78, 0x9c, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0d, 0x0a, 0x2d, 0xb4, 0, 0, 0, 0, 0x49, 0x45, 0x4e,
      0x44, 0xae, 0x42, 0x60, 0x82,
    ]),
  text: () =>
    new TextEncoder().encode('Verslag van het gesprek op 3 maart.\nAfspraak niet nagekomen.\n'),
  exe: () => Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]),
}
