import { GRAPHQL_POST } from '@payloadcms/next/routes'

import type { Payload } from 'payload'

type Handler = (request: Request) => Promise<Response>

export type GraphqlAnswer = {
  status: number
  headers: Headers
  data: any
  errors?: Array<{ message: string; extensions?: { statusCode?: number; name?: string } }>
}

/** One request to the real GraphQL endpoint (the handler behind `/api/graphql`). */
export const graphql = async (
  payload: Payload,
  query: string,
  options: {
    token?: string
    variables?: Record<string, unknown>
    /** What the route makes of Payload's handler, as the demo's withOutageStatus. */
    route?: (handler: Handler) => Handler
  } = {},
): Promise<GraphqlAnswer> => {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  })
  const handler = GRAPHQL_POST(payload.config)
  const response = await (options.route ? options.route(handler) : handler)(request)
  const body = (await response.json()) as { data?: unknown; errors?: GraphqlAnswer['errors'] }
  return {
    status: response.status,
    headers: response.headers,
    data: body.data ?? null,
    errors: body.errors,
  }
}
