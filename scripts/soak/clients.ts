/** The soak's clients: public submissions sent as the embedded form sends them, and what they saw. */
import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'

import { IZW_SUBMISSION } from '../../test/helpers/intake'

/** The form waits what Retry-After says; the soak caps it to keep the run short. */
const RETRY_CAP_MS = 5_000
/** Without Retry-After (a network error) a client waits this long before sending again. */
const NETWORK_RETRY_MS = 1_000
/** A client gives a submission up when it has not been answered after this long. */
const GIVE_UP_MS = 60_000

const form = IZW_SUBMISSION
export const MARKER = /\[(soak-[0-9a-f-]{36})\]/

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What the clients saw. */
export const seen = {
  requests: 0,
  statuses: new Map<string, number>(),
  unavailable: 0,
  serverErrors: 0,
  networkErrors: 0,
  gaveUp: 0,
  /** marker → the reference the client was given. */
  acknowledged: new Map<string, string>(),
  /** From the first send of a submission to its 201 or 200, retries included. */
  acceptedMs: [] as number[],
  /** The one request that got the 201 or 200. */
  answerMs: [] as number[],
  examples: [] as string[],
}
const countStatus = (status: string) =>
  seen.statuses.set(status, (seen.statuses.get(status) ?? 0) + 1)

/** One submission, sent until it is answered for good (or given up), as the form does it. */
export const submitOne = async (urls: string[], index: number, address: string) => {
  const key = randomUUID()
  const marker = `soak-${key}`
  const body = JSON.stringify({ ...form, description: `${form.description} [${marker}]` })
  const started = performance.now()
  for (let attempt = 0; ; attempt += 1) {
    // A retry may reach the other instance, as behind a load balancer.
    const url = `${urls[(index + attempt) % urls.length]}/api/complaints/submit`
    const sent = performance.now()
    let wait = NETWORK_RETRY_MS
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': key,
          'X-Forwarded-For': address,
        },
        body,
        signal: AbortSignal.timeout(30_000),
      })
      const text = await response.text()
      seen.requests += 1
      countStatus(String(response.status))
      const retryAfter = Number(response.headers.get('Retry-After'))
      if (response.status === 201 || response.status === 200) {
        const reference = (JSON.parse(text) as { reference?: string }).reference
        if (reference) {
          seen.acknowledged.set(marker, reference)
          seen.acceptedMs.push(performance.now() - started)
          seen.answerMs.push(performance.now() - sent)
          return
        }
      }
      if (response.status === 503 && retryAfter > 0) {
        seen.unavailable += 1
        wait = Math.min(retryAfter * 1000, RETRY_CAP_MS)
      } else {
        if (response.status >= 500) seen.serverErrors += 1
        if (seen.examples.length < 10)
          seen.examples.push(`${response.status} ${text.slice(0, 200)}`)
        // The form retries any 503; everything else is its final answer.
        if (response.status !== 503) return
      }
    } catch (error) {
      seen.requests += 1
      seen.networkErrors += 1
      countStatus('network error')
      if (seen.examples.length < 10) seen.examples.push(`network: ${String(error)}`)
    }
    if (performance.now() - started + wait > GIVE_UP_MS) {
      seen.gaveUp += 1
      return
    }
    await sleep(wait)
  }
}
