import { intakeText } from '../translations/intake'
import { registerDatabaseProbe } from './availability'
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './outage'

import type { AfterErrorHook, Config, Payload } from 'payload'
import type { ResolvedPluginOptions } from '../types'

/**
 * While the database is away, Payload's API answers 503 with Retry-After instead of 500: the
 * client (the public form, a load balancer, a script) knows to try again, and nothing is lost.
 */
const answerOutage: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isDatabaseUnavailable(error)) return
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
  const lang = req.i18n?.language === 'en' ? 'en' : 'nl'
  const message = intakeText(lang, 'request.databaseUnavailable', {
    seconds: RETRY_AFTER_SECONDS,
  })
  // GraphQL answers 200 with its errors: the proxy (src/database/proxy.ts) turns it away before,
  // and its route, wrapped in withOutageStatus (graphqlOutage.ts), answers 503 after.
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, statusCode: 503 },
      },
    }
  return { status: 503, response: { errors: [{ message }], message } }
}

type Client = { on: (event: 'error', listener: (error: Error) => void) => void }
type Pool = Client & { on: (event: 'connect', listener: (client: Client) => void) => void }

/**
 * A connection dies with the database; pg reports that on the connection (while a request
 * holds it) or on the pool (while it is idle), and a report nobody hears ends the process.
 * Heard, the pool drops the connection and opens a new one when the database is back.
 */
const keepPoolAlive = (payload: Payload) => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) return
  const lost = (error: Error) =>
    payload.logger.warn(`A database connection was lost (${error.message}); it is replaced`)
  pool.on('error', lost)
  pool.on('connect', (client) => client.on('error', lost))
  const open = (pool as unknown as { _clients?: Client[] })._clients ?? []
  for (const client of open) client.on('error', lost)
}

/** How the app lives through a database that restarts or fails over. */
export const registerDatabaseOutage = (config: Config, options: ResolvedPluginOptions): Config =>
  options.disabled
    ? config
    : {
        ...config,
        hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), answerOutage] },
        onInit: async (payload) => {
          keepPoolAlive(payload)
          registerDatabaseProbe(payload)
          await config.onInit?.(payload)
        },
      }
