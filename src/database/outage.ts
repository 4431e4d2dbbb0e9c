/** SQLSTATE classes and codes that mean the server is not there (not that the query was wrong). */
const UNAVAILABLE_STATES = /^(08...|57P01|57P02|57P03|53300)$/
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
])
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)|cannot begin transaction: .*(ECONNREFUSED|terminat|connect)/i

/** Seconds a client is asked to wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5

/**
 * Whether an error (or one it was caused by: Payload, drizzle and GraphQL wrap the driver's) says the
 * database cannot be reached right now, as when PostgreSQL restarts or fails over.
 */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const { code, message, cause, originalError } = current as {
      code?: unknown
      message?: unknown
      cause?: unknown
      originalError?: unknown
    }
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_STATES.test(code)))
      return true
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true
    // GraphQL keeps the resolver's error as `originalError`.
    current = cause ?? originalError
  }
  return false
}
