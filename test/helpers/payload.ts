import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { getPayload } from 'payload'

import { afterCommitSettled } from '../../src/database/afterCommit'

import type { Payload } from 'payload'

/** A fresh database on the test server, so test files never see each other's data. */
export const freshDatabaseUrl = async (): Promise<string> => {
  const base = process.env.DATABASE_URL
  if (!base)
    throw new Error(
      'DATABASE_URL is not set: run the integration tests through jest (globalSetup starts the server)',
    )
  const url = new URL(base)
  const name = `t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  url.pathname = `/${name}`
  return url.toString()
}

export const startPayload = async (): Promise<Payload> => {
  process.env.DATABASE_URL = await freshDatabaseUrl()
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}

type PoolWithClients = pg.Pool & {
  _clients?: Array<pg.PoolClient & { release?: () => void }>
  _idle?: unknown[]
}

/**
 * db-postgres keeps the client of its first connect checked out, so `pool.end()` would wait
 * forever and jest would never exit: release what is checked out, end the pool, then destroy.
 */
export const stopPayload = async (payload: Payload): Promise<void> => {
  // Work that started after a commit (drafting a new complaint's letters) finishes first.
  await afterCommitSettled()
  const pool = (payload.db as unknown as { pool?: PoolWithClients }).pool
  if (pool) {
    const idle = new Set(pool._idle?.map((entry) => (entry as { client: unknown }).client))
    for (const client of pool._clients ?? []) if (!idle.has(client)) client.release?.()
    await pool.end()
  }
  await payload.destroy()
}
