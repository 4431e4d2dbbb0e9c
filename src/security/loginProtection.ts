import { setTimeout as sleep } from 'node:timers/promises'
import { AuthenticationError } from 'payload'

import type {
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
} from 'payload'

import { slugsOf } from '../slugs'
import { clientAddressOf, UNKNOWN_ADDRESS } from './clientAddress'
import { countAttempt, resetCount } from './rateCounter'

export type LoginProtection = { maxFailures: number; windowSeconds: number }

const accountOf = (data: unknown): string => {
  const given = (data as { email?: unknown; username?: unknown } | undefined) ?? {}
  return String(given.email ?? given.username ?? '')
    .trim()
    .toLowerCase()
    .slice(0, 254)
}

/**
 * Counts every login attempt per account and client address until one succeeds. Past
 * `maxFailures`, that address is refused for that account with the same message as a wrong
 * password, so nobody learns whether the account exists, and nobody locks out anyone else: the
 * lock is per address. When no trusted proxy tells the address, callers cannot be told apart,
 * so further attempts are slowed down (up to 10 s each) instead of locked.
 */
const throttleLogin =
  (
    { maxFailures, windowSeconds }: LoginProtection,
    trustProxy: number,
  ): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'login') return args
    const address = clientAddressOf(req, trustProxy)
    const key = `login:${address}:${accountOf((args as { data?: unknown }).data)}`
    req.context.loginAttemptKey = key
    const { hits } = await countAttempt(req.payload, slugsOf(req).rateLimits, key, windowSeconds)
    const excess = hits - maxFailures
    if (excess <= 0) return args
    if (address !== UNKNOWN_ADDRESS) throw new AuthenticationError(req.t)
    await sleep(Math.min(2 ** (excess - 1), 10) * 1000)
    return args
  }

/** A successful login starts the count of its account and address over. */
const forgetFailures: CollectionAfterLoginHook = async ({ req, user }) => {
  if (typeof req.context.loginAttemptKey === 'string')
    await resetCount(req.payload, slugsOf(req).rateLimits, req.context.loginAttemptKey)
  return user
}

/**
 * The auth collection with the plugin's login protection instead of Payload's own lock, which
 * anyone could turn against any account (five wrong passwords lock it for everyone) and whose
 * message confirms that the account exists.
 */
export const withLoginProtection = (
  collection: CollectionConfig,
  protection: LoginProtection,
  trustProxy: number,
): CollectionConfig => ({
  ...collection,
  auth: { ...(typeof collection.auth === 'object' ? collection.auth : {}), maxLoginAttempts: 0 },
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      throttleLogin(protection, trustProxy),
      ...(collection.hooks?.beforeOperation ?? []),
    ],
    afterLogin: [forgetFailures, ...(collection.hooks?.afterLogin ?? [])],
  },
})
