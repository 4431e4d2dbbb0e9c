type Handler = (request: Request) => Promise<Response>

/**
 * Payload's GraphQL route, answering 503 where its errors say the database went away while it
 * ran (past the proxy, which turns GraphQL away while the database is known to be away). GraphQL
 * itself answers 200 with its errors; the plugin's error hook gives such an answer Retry-After,
 * and only such an answer, so every other one passes unread.
 *
 * `export const POST = withOutageStatus(GRAPHQL_POST(config))` in the host's GraphQL route.
 */
export const withOutageStatus =
  (handler: Handler): Handler =>
  async (request) => {
    const response = await handler(request)
    if (response.status !== 200 || !response.headers.has('Retry-After')) return response
    return new Response(response.body, {
      status: 503,
      statusText: 'Service Unavailable',
      headers: response.headers,
    })
  }
