import { countAttempt } from '../security/rateCounter'
import { slugsOf } from '../slugs'

import type { PayloadRequest } from 'payload'

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Counts one submission from `address`; refuses it once the window holds `max` already. */
export type RateLimiter = (req: PayloadRequest, address: string) => Promise<RateDecision>

/**
 * Submissions per client address in a window, counted in PostgreSQL so that every instance of
 * the app shares the count and a restart forgets nothing. Each public endpoint counts under a
 * name of its own (`intake`, `survey`): answering a survey takes nothing from the form's count.
 */
export const createRateLimiter =
  ({ max, windowSeconds }: { max: number; windowSeconds: number }, name = 'intake'): RateLimiter =>
  async (req, address) => {
    const { hits, retryAfterSeconds } = await countAttempt(
      req.payload,
      slugsOf(req).rateLimits,
      `${name}:${address}`,
      windowSeconds,
    )
    return hits <= max ? { allowed: true } : { allowed: false, retryAfterSeconds }
  }
