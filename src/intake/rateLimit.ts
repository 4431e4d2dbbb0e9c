export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export type RateLimiter = {
  /** Counts one attempt of `key` at `now`, unless the window is full. */
  hit: (key: string, now?: number) => RateDecision
}

/**
 * A sliding window per key, in this process's memory: each key keeps the moments of its last
 * `max` attempts. It is forgotten on restart and not shared between processes, so N processes
 * allow N times `max`. At most `maxKeys` addresses are tracked; beyond that the longest idle
 * are dropped first.
 */
export const createRateLimiter = ({ max, windowSeconds, maxKeys = 50_000 }: { max: number; windowSeconds: number; maxKeys?: number }): RateLimiter => {
  const windowMs = windowSeconds * 1000
  const attempts = new Map<string, number[]>()

  const forgetIdle = (now: number) => {
    for (const [key, moments] of attempts) {
      if (attempts.size <= maxKeys && (moments[moments.length - 1] ?? 0) > now - windowMs) break
      attempts.delete(key)
    }
  }

  return {
    hit: (key, now = Date.now()) => {
      const recent = (attempts.get(key) ?? []).filter((moment) => moment > now - windowMs)
      // Re-inserting keeps the Map ordered from longest idle to most recent.
      attempts.delete(key)
      attempts.set(key, recent)
      if (recent.length >= max) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((recent[0] ?? now) + windowMs - now) / 1000)) }
      }
      recent.push(now)
      if (attempts.size > maxKeys) forgetIdle(now)
      return { allowed: true }
    },
  }
}
