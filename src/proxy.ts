import { answerDatabaseOutage } from 'payload-plugin-complaints/proxy'

import type { NextRequest } from 'next/server'

/** While PostgreSQL is away, the admin and GraphQL answer 503 with Retry-After, not a 500. */
export const proxy = (request: NextRequest) => answerDatabaseOutage(request)

export const config = { matcher: ['/admin/:path*', '/api/graphql'] }
