import { handleEndpoints } from 'payload'

import type { Payload } from 'payload'

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type RestAnswer = {
  status: number
  // The JSON body as Payload sent it; tests read whichever fields they assert on.
  body: any
}

/**
 * One call to the real REST API (the same handler the Next route uses), as the holder of the
 * token, or anonymously without one.
 */
export const rest = async (
  payload: Payload,
  method: Method,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<RestAnswer> => {
  const headers = new Headers()
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  if (options.body !== undefined) headers.set('Content-Type', 'application/json')
  const request = new Request(`http://localhost/api${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const response = await handleEndpoints({ config: payload.config, request })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}
