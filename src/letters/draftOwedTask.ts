import { inTransaction, lockRows } from '../database/transaction'
import { slugsOf } from '../slugs'
import { draftOwedLetters } from './draftOwed'

import type { TaskConfig } from 'payload'

/**
 * The letters a new complaint owes, drafted after its commit: queued in the complaint's own
 * transaction, so a complaint is never stored without it, and run at once after the commit
 * (see hooks/draftOwedLetters.ts) or else by the next worker. The complaint's row is locked
 * first, so of two runs (or a run and a save) the second finds the drafts of the first.
 */
export const draftOwedLettersTask: TaskConfig<{ input: { complaint: number }; output: object }> = {
  slug: 'draftOwedLetters',
  inputSchema: [{ name: 'complaint', type: 'number', required: true }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => {
    const slug = slugsOf(req).complaints
    await inTransaction(req, async () => {
      await lockRows(req, slug, [input.complaint])
      const doc = await req.payload.findByID({
        collection: slug,
        id: input.complaint,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
      })
      if (doc) await draftOwedLetters(req, doc as unknown as Record<string, any>)
    })
    return { output: {} }
  },
}
