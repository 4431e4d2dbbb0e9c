/** A rule of Next's `headers()` in next.config. */
export type HeaderRule = { source: string; headers: { key: string; value: string }[] }

export type SecurityHeaderOptions = {
  /** The app's public address; https switches on Strict-Transport-Security. */
  publicUrl: string
  /** Websites that may show the hosted form in a frame (the plugin's `intake.allowedOrigins`). */
  formOrigins?: string[]
  /** Where the hosted pages live (`intake.pagesPath`). @default '/klacht' */
  pagesPath?: string
  /** `next dev` needs eval and a websocket for reloading. @default false */
  development?: boolean
}

const policy = (directives: Record<string, string[]>): string =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')

/**
 * The headers every page and answer of the app carries, for next.config's `headers()`: a
 * Content-Security-Policy that loads nothing from elsewhere and lets no other site frame the
 * admin or a status page, nosniff everywhere, no referrer on status and survey links. The hosted form may be
 * framed by the organisation's own sites; the embed script may be loaded by them.
 */
export const securityHeaders = ({
  publicUrl,
  formOrigins = [],
  pagesPath = '/klacht',
  development = false,
}: SecurityHeaderOptions): HeaderRule[] => {
  const base = {
    'default-src': ["'self'"],
    // Next's hydration scripts and Payload's styles are inline.
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(development ? ['ws:', 'wss:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
  const everywhere = [
    { key: 'Content-Security-Policy', value: policy(base) },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
    ...(publicUrl.startsWith('https://')
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
      : []),
  ]
  const framedForm = [
    {
      key: 'Content-Security-Policy',
      value: policy({ ...base, 'frame-ancestors': ["'self'", ...formOrigins] }),
    },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  ]
  return [
    { source: '/:path*', headers: everywhere },
    { source: `${pagesPath}/:slug`, headers: framedForm },
    { source: `${pagesPath}/:slug/regeling`, headers: framedForm },
    {
      source: `${pagesPath}/status/:token`,
      headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }],
    },
    {
      source: `${pagesPath}/tevredenheid/:token`,
      headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }],
    },
  ]
}
