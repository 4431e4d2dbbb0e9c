import { createServer } from 'node:http'
import { handleEndpoints } from 'payload'

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

export type RestServer = {
  /** The server's origin, e.g. `http://127.0.0.1:43121`; the API is under `/api`. */
  url: string
  /** Stops taking requests, lets those under way finish (at most `graceMs`), then ends every connection. */
  close: (graceMs?: number) => Promise<void>
}

/** Headers about this one connection, which a fetch Request refuses or must not forward. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'expect'])

const requestOf = async (incoming: IncomingMessage): Promise<Request> => {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers))
    if (value !== undefined && !HOP_BY_HOP.has(name))
      headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  return new Request(`http://${incoming.headers.host ?? 'localhost'}${incoming.url ?? '/'}`, {
    method: incoming.method,
    headers,
    body: chunks.length ? new Uint8Array(Buffer.concat(chunks)) : undefined,
  })
}

const answer = async (payload: Payload, incoming: IncomingMessage, outgoing: ServerResponse) => {
  try {
    const response = await handleEndpoints({
      config: payload.config,
      request: await requestOf(incoming),
    })
    const body = Buffer.from(await response.arrayBuffer())
    // Several Set-Cookie headers stay separate; every other header is one line.
    const headers: Record<string, string | string[]> = Object.fromEntries(response.headers)
    const cookies = response.headers.getSetCookie()
    if (cookies.length > 0) headers['set-cookie'] = cookies
    outgoing.writeHead(response.status, headers)
    outgoing.end(body)
  } catch (error) {
    // Payload answers its own errors; this is a fault of the server itself, and it keeps serving.
    payload.logger.error({ err: error, msg: 'The REST server could not answer a request' })
    if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'application/json' })
    outgoing.end(JSON.stringify({ message: 'Internal Server Error' }))
  }
}

/**
 * Payload's REST API (the handler Next's route uses) on a plain Node http server on loopback,
 * without Next: for tests, benchmarks and the soak. Port 0 takes a free port.
 */
export const serveRest = async (payload: Payload, port = 0): Promise<RestServer> => {
  const server = createServer((incoming, outgoing) => void answer(payload, incoming, outgoing))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: (graceMs = 5_000) =>
      new Promise<void>((resolve) => {
        const cut = setTimeout(() => server.closeAllConnections(), graceMs)
        server.close(() => (clearTimeout(cut), resolve()))
        server.closeIdleConnections()
      }),
  }
}
