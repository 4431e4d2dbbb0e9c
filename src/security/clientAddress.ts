import type { PayloadRequest } from 'payload'

/** What the app knows of a caller's address: nothing (`unknown`), unless a trusted proxy says. */
export const UNKNOWN_ADDRESS = 'unknown'

/**
 * The client's address as the trusted proxies report it. Each of `trustedProxies` proxies in
 * front of the app appends the address it saw to X-Forwarded-For, so the client is the entry
 * that many places from the end; everything before it is what the client wrote itself. With no
 * trusted proxy the header is the client's own word (Next does not pass the connection's address
 * to route handlers), so the address is unknown and all such callers share one count.
 */
export const clientAddressOf = (req: PayloadRequest, trustedProxies: number): string => {
  if (trustedProxies < 1) return UNKNOWN_ADDRESS
  const entries = (req.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const address =
    entries.length >= trustedProxies ? entries[entries.length - trustedProxies] : undefined
  return address && /^[0-9A-Fa-f:.]{2,45}$/.test(address) ? address : UNKNOWN_ADDRESS
}
