import type { Payload } from 'payload'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

export type Read = {
  collection: string
  id: string
  complaint: string | null
  reference: string | null
  path: string
  email: string | null
  user: number | null
}

const lastId = async (payload: Payload): Promise<number> =>
  ((await payload.find({ collection: 'complaint-access-log', sort: '-id', limit: 1, depth: 0 }))
    .docs[0]?.id as number | undefined) ?? 0

/** The rows the access log gained while `action` ran, in the order they were written. */
export const readsDuring = async (
  payload: Payload,
  action: () => Promise<unknown>,
): Promise<Read[]> => {
  const before = await lastId(payload)
  await action()
  const { docs } = await payload.find({
    collection: 'complaint-access-log',
    where: { id: { greater_than: before } },
    sort: 'id',
    pagination: false,
    depth: 0,
  })
  return docs.map((row) => ({
    collection: row.documentCollection!,
    id: row.documentId!,
    complaint: row.complaintId ?? null,
    reference: row.reference ?? null,
    path: row.path,
    email: row.userEmail ?? null,
    user: (row.user as number | null | undefined) ?? null,
  }))
}

type Drizzle = {
  execute: (query: SQL) => Promise<unknown>
  dialect: { sqlToQuery: (query: SQL) => { sql: string } }
}

/** How many statements that write into `table` went through the adapter while `action` ran. */
export const insertsInto = async (
  payload: Payload,
  table: string,
  action: () => Promise<unknown>,
): Promise<number> => {
  const drizzle = (payload.db as unknown as { drizzle: Drizzle }).drizzle
  const execute = drizzle.execute
  let count = 0
  drizzle.execute = (query: SQL) => {
    if (drizzle.dialect.sqlToQuery(query).sql.includes(`insert into "${table}"`)) count += 1
    return execute.call(drizzle, query)
  }
  try {
    await action()
  } finally {
    drizzle.execute = execute
  }
  return count
}
