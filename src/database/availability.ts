import { sql } from '@payloadcms/db-postgres'

import { probeHolder } from './probeHolder'
import { databaseOf } from './sql'

import type { Payload } from 'payload'
import type { Probe } from './probeHolder'

/** How long one answer of the database stands for the next requests, and how long a probe may take. */
const REMEMBER_MS = 1_000
const PROBE_TIMEOUT_MS = 3_000

/** `select 1` within the time allowed; one at a time, and its answer kept a second. */
const probeOf = (payload: Payload): Probe => {
  let known: { at: number; reachable: boolean } | undefined
  let pending: Promise<boolean> | undefined
  const ask = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS)
    })
    const answer = databaseOf(payload)
      .execute(sql`select 1`)
      .then(
        () => true,
        () => false,
      )
    const reachable = await Promise.race([answer, timeout])
    clearTimeout(timer)
    known = { at: Date.now(), reachable }
    return reachable
  }
  return () => {
    if (known && Date.now() - known.at < REMEMBER_MS) return Promise.resolve(known.reachable)
    pending ??= ask().finally(() => (pending = undefined))
    return pending
  }
}

/** Lets the proxy ask this Payload whether its database answers. */
export const registerDatabaseProbe = (payload: Payload): void => {
  probeHolder.probe = probeOf(payload)
}
