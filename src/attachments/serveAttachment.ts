import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import { recordAccess } from '../accessLog/recordAccess'
import { languageOf } from '../complaints/refusalError'
import { translations } from '../translations'

import type { PayloadRequest } from 'payload'

const PREFIX = /^[0-9a-f]{32}-/

/** The name the person gave the file, without the random prefix it is stored under. */
export const displayName = (stored: string): string => stored.replace(PREFIX, '')

const missing = (req: PayloadRequest) =>
  Response.json(
    { errors: [{ message: translations[languageOf(req)]['refusal.attachmentFileMissing'] }] },
    { status: 404, headers: { 'Cache-Control': 'no-store' } },
  )

/**
 * Serves an attachment Payload's access check let through: always as a download, never rendered
 * in the app's origin, never cached, and a 404 that says so when the file is gone from disk. The
 * download goes into the access log.
 */
export const serveAttachment =
  (staticDir: string) =>
  async (req: PayloadRequest, { doc }: { doc?: Record<string, unknown> }): Promise<Response> => {
    const filename = typeof doc?.filename === 'string' ? doc.filename : null
    if (!filename) return missing(req)
    const dir = path.resolve(staticDir)
    const file = path.resolve(dir, filename)
    if (!file.startsWith(dir + path.sep)) return missing(req)
    const found = await stat(file).catch(() => null)
    if (!found?.isFile()) {
      req.payload.logger.error({ msg: `Attachment file missing on disk: ${filename}` })
      return missing(req)
    }
    await recordAccess(req, 'attachments', [doc?.id as number | string], 'download')
    return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, {
      headers: {
        'Content-Type':
          typeof doc?.mimeType === 'string' ? doc.mimeType : 'application/octet-stream',
        'Content-Length': String(found.size),
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(displayName(filename))}`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
      },
    })
  }
