import type { PayloadRequest } from 'payload'
import type { ResolvedIntakeOptions } from './resolveIntakeOptions'

const originOf = (url: string | undefined | null): string | null => {
  if (!url) return null
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/** The app's own origins, from configuration: where the hosted form and the status page are served from. */
const ownOrigins = (req: PayloadRequest, options: ResolvedIntakeOptions): (string | null)[] => [
  originOf(options.publicUrl),
  originOf(req.payload.config.serverURL),
]

/**
 * Whether a browser on `Origin` may use the form. A request without Origin comes from no
 * browser page (a server, a script, a test) and is not a cross-site request.
 */
export const isAllowedOrigin = (req: PayloadRequest, options: ResolvedIntakeOptions): boolean => {
  const origin = req.headers.get('origin')
  if (origin === null) return true
  return (
    options.allowedOrigins.includes('*') ||
    options.allowedOrigins.includes(origin) ||
    ownOrigins(req, options).includes(origin)
  )
}

/** The CORS headers of an answer to an allowed origin; none for another, so its browser reads nothing. */
export const corsHeaders = (
  req: PayloadRequest,
  options: ResolvedIntakeOptions,
): Record<string, string> => {
  const origin = req.headers.get('origin')
  const base = { Vary: 'Origin' }
  if (origin === null || !isAllowedOrigin(req, options)) return base
  return {
    ...base,
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': 'Retry-After, Idempotent-Replayed',
  }
}

/** The answer to a preflight: which methods and headers the form's requests may use. */
export const preflightHeaders = (
  req: PayloadRequest,
  options: ResolvedIntakeOptions,
): Record<string, string> => ({
  ...corsHeaders(req, options),
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept-Language',
  'Access-Control-Max-Age': '600',
})
