import type { PayloadRequest } from 'payload'

/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For. An
 * earlier entry is whatever the client wrote itself. Next, facing the internet directly, sets
 * the header to the socket address only when the client sent none, so there a client can
 * choose its own key: put a proxy in front that appends, or pass `intake.clientAddress`.
 */
export const clientAddressOf = (req: PayloadRequest): string => {
  const forwarded = req.headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).pop()
  return (last ?? req.headers.get('x-real-ip')?.trim()) || 'unknown'
}
