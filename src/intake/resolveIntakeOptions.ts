import { clientAddressOf } from '../security/clientAddress'

import type { PayloadRequest } from 'payload'
import type { IntakeOptions } from './options'

export type ResolvedIntakeOptions = {
  allowedOrigins: string[]
  rateLimit: { max: number; windowSeconds: number } | false
  attachments: { maxFiles: number; maxFileBytes: number; maxTotalBytes: number }
  maxJsonBytes: number
  clientAddress: (req: PayloadRequest) => string
  /** The plugin's `publicUrl`: the base of every link the form and the complainant get. */
  publicUrl: string
  pagesPath: string
}

/** `https://Example.nl/` and `https://example.nl` are the same origin; anything unreadable is dropped. */
const originOf = (value: string): string | null => {
  if (value.trim() === '*') return '*'
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null
  } catch {
    return null
  }
}

const positive = (value: number | undefined, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback

/** The intake options with every default filled in. */
export const resolveIntakeOptions = (
  options: IntakeOptions = {},
  { publicUrl, trustProxy }: { publicUrl: string; trustProxy: number },
): ResolvedIntakeOptions => ({
  allowedOrigins: (options.allowedOrigins ?? [])
    .map(originOf)
    .filter((origin): origin is string => origin !== null),
  rateLimit:
    options.rateLimit === false
      ? false
      : {
          max: Math.floor(positive(options.rateLimit?.max, 10)),
          windowSeconds: positive(options.rateLimit?.windowSeconds, 600),
        },
  attachments: {
    maxFiles: Math.floor(positive(options.attachments?.maxFiles, 5)),
    maxFileBytes: positive(options.attachments?.maxFileBytes, 10 * 1024 * 1024),
    maxTotalBytes: positive(options.attachments?.maxTotalBytes, 20 * 1024 * 1024),
  },
  maxJsonBytes: positive(options.maxJsonBytes, 64 * 1024),
  clientAddress: options.clientAddress ?? ((req) => clientAddressOf(req, trustProxy)),
  publicUrl: publicUrl.replace(/\/+$/, ''),
  pagesPath: `/${(options.pagesPath ?? '/klacht').replace(/^\/+|\/+$/g, '')}`,
})
