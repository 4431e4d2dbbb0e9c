/** A JSON answer that no browser sniffs, caches or shows as a page. */
export const jsonResponse = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  cache = 'no-store',
): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': cache,
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  })
