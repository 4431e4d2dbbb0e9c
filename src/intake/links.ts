import type { PayloadRequest } from 'payload'
import type { ResolvedIntakeOptions } from './resolveIntakeOptions'

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/

const first = (value: string | null) => value?.split(',')[0]?.trim() || null

/**
 * The origin the browser used: Host (or X-Forwarded-Host behind a proxy) with its protocol.
 * Next hands route handlers a URL on `localhost` whatever the visitor typed, so the URL alone
 * would give the complainant a link to a host they never used.
 */
export const requestOrigin = (req: PayloadRequest): string => {
  const url = new URL(req.url ?? 'http://localhost/')
  const host = first(req.headers.get('x-forwarded-host')) ?? first(req.headers.get('host'))
  const proto = first(req.headers.get('x-forwarded-proto')) ?? url.protocol.replace(':', '')
  return host && HOST.test(host) && (proto === 'http' || proto === 'https') ? `${proto}://${host}` : url.origin
}

/** Where the app is reached: the configured public URL, Payload's serverURL, or the request's origin. */
export const publicBaseUrl = (req: PayloadRequest, options: ResolvedIntakeOptions): string =>
  (options.publicUrl ?? req.payload.config.serverURL?.replace(/\/+$/, '')) || requestOrigin(req)

export const statusPath = (options: ResolvedIntakeOptions, token: string) => `${options.pagesPath}/status/${token}`

export const formPath = (options: ResolvedIntakeOptions, slug: string) => `${options.pagesPath}/${slug}`

export const regulationTextPath = (options: ResolvedIntakeOptions, slug: string) => `${options.pagesPath}/${slug}/regeling`
