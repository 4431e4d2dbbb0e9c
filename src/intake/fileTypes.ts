/** What a complainant may attach: the types the private upload collection accepts. */
export type FileType = {
  mime: string
  extension: string
  /** Other extensions the same type is known by. */
  aliases?: string[]
  /** Whether the bytes are what the type claims: the file's own signature, not its name. */
  matches: (bytes: Uint8Array) => boolean
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte)

const latin1 = (bytes: Uint8Array, from: number, to: number): string =>
  Buffer.from(bytes.subarray(Math.max(0, from), to)).toString('latin1')

/**
 * %PDF- at the start, and the cross-reference pointer and end-of-file marker near the end, as every
 * complete PDF has (the check Payload's upload applies too, so the form refuses first, in words).
 */
const isPdf = (bytes: Uint8Array) => {
  const end = latin1(bytes, bytes.length - 1024, bytes.length)
  return latin1(bytes, 0, 5) === '%PDF-' && end.includes('%%EOF') && end.includes('xref')
}

/** A zip archive holding a Word document's main part. */
const isDocx = (bytes: Uint8Array) => {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return false
  const names = Buffer.from(bytes).toString('latin1')
  return names.includes('[Content_Types].xml') && names.includes('word/')
}

const uint16 = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0)

/** Start-of-frame markers: the segment that holds a JPEG's size (not DHT C4, JPG C8, DAC CC). */
const isFrameMarker = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc

/** A JPEG whose segments lead to a frame with a width and a height, as an image reader needs. */
const isJpeg = (bytes: Uint8Array): boolean => {
  if (!startsWith(bytes, [0xff, 0xd8, 0xff])) return false
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return false
    const marker = bytes[at + 1] ?? 0
    if (marker === 0xff) at += 1
    else if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) at += 2
    else if (marker === 0xd9 || marker === 0xda) return false
    else if (isFrameMarker(marker)) return uint16(bytes, at + 5) > 0 && uint16(bytes, at + 7) > 0
    else {
      const length = uint16(bytes, at + 2)
      if (length < 2) return false
      at += 2 + length
    }
  }
  return false
}

/** The PNG signature followed by its header chunk with a width and a height. */
const isPng = (bytes: Uint8Array): boolean =>
  startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) &&
  latin1(bytes, 12, 16) === 'IHDR' &&
  uint16(bytes, 16) + uint16(bytes, 18) > 0 &&
  uint16(bytes, 20) + uint16(bytes, 22) > 0

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Plain text: valid UTF-8 without NUL or other control bytes than tab and line breaks. */
const isPlainText = (bytes: Uint8Array) => {
  for (const byte of bytes)
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f)
      return false
  try {
    utf8.decode(bytes)
    return true
  } catch {
    return false
  }
}

export const FILE_TYPES: readonly FileType[] = [
  { mime: 'application/pdf', extension: 'pdf', matches: isPdf },
  { mime: 'image/jpeg', extension: 'jpg', aliases: ['jpeg'], matches: isJpeg },
  { mime: 'image/png', extension: 'png', matches: isPng },
  { mime: 'text/plain', extension: 'txt', matches: isPlainText },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    matches: isDocx,
  },
]

/** The type a file claims by its Content-Type (charset and the like ignored). */
export const fileTypeOf = (contentType: string): FileType | undefined => {
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  return FILE_TYPES.find((type) => type.mime === essence)
}

/** For the form's `accept`: both the types and their extensions. */
export const ACCEPT = FILE_TYPES.flatMap((type) => [
  type.mime,
  ...[type.extension, ...(type.aliases ?? [])].map((ext) => `.${ext}`),
]).join(',')
