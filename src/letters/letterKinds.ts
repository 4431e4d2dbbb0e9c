import { sql } from '@payloadcms/db-postgres'

import { executorOf, tableOf } from '../database/sql'
import { slugsOf } from '../slugs'

import type { PayloadRequest } from 'payload'
import type { LetterKind } from './kinds'

/** The kinds of the letters a complaint has, drafted or sent, as the request's transaction sees them. */
export const letterKindsOf = async (
  req: PayloadRequest,
  complaint: number | string,
): Promise<LetterKind[]> => {
  const table = tableOf(req.payload, slugsOf(req).letters)
  const { rows } = await (
    await executorOf(req)
  ).execute(sql`select ${table.kind} as kind from ${table} where ${table.complaint} = ${complaint}`)
  return rows.map((row) => (row as { kind: LetterKind }).kind)
}
