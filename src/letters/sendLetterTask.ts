import type { PayloadRequest, TaskConfig } from 'payload'

import { storedDateOf, todayInAmsterdam } from '../complaints/storedDates'
import { isDatabaseUnavailable } from '../database/outage'
import { inTransaction, lockRows } from '../database/transaction'
import { letterContent } from './letterHtml'
import { slugsOf } from '../slugs'

type Retries = { attempts: number; retryDelayMs: number }

/** `work`, tried again every 2 s for 2 minutes while the database cannot be reached. */
const whenDatabaseAnswers = async <T>(work: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (!isDatabaseUnavailable(error) || attempt >= 60) throw error
      await new Promise((resolve) => setTimeout(resolve, 2_000))
    }
  }
}

/** Records a failed attempt on the letter itself, outside the failing job's transaction, so staff see it. */
const recordFailure = async (req: PayloadRequest, id: number, error: unknown) => {
  const letter = (await req.payload.findByID({
    collection: slugsOf(req).letters,
    id,
    depth: 0,
    overrideAccess: true,
  })) as { attempts?: number | null }
  await req.payload.update({
    collection: slugsOf(req).letters,
    id,
    depth: 0,
    overrideAccess: true,
    context: { letterOutbox: true },
    data: {
      status: 'failed',
      attempts: ((letter.attempts as number | null) ?? 0) + 1,
      lastError: String((error as Error)?.message ?? error).slice(0, 500),
    } as never,
  })
}

/**
 * The outbox: sends one e-mail letter through Payload's e-mail adapter. A letter already sent (or
 * taken back to a draft) is not sent, so a retried job never sends twice; a failure stays visible on the letter while
 * the job retries with a doubling wait.
 */
export const sendLetterTask = ({
  attempts,
  retryDelayMs,
}: Retries): TaskConfig<{ input: { letter: number }; output: object }> => ({
  slug: 'sendLetter',
  inputSchema: [{ name: 'letter', type: 'number', required: true }],
  retries: { attempts, backoff: { type: 'exponential', delay: retryDelayMs } },
  // One job at a time per letter: a letter queued twice is still sent once.
  concurrency: ({ input }) => `letter-${input.letter}`,
  handler: async ({ input, req }) => {
    const slug = slugsOf(req).letters
    const sent = {
      collection: slug,
      id: input.letter,
      depth: 0,
      overrideAccess: true,
      context: { letterOutbox: true },
      data: { status: 'sent', sentOn: storedDateOf(todayInAmsterdam()), lastError: null } as never,
    }
    let mailed = false
    // The letter's row stays locked from the check to "sent": another run of the same letter
    // waits, then finds it sent.
    const failure = await inTransaction(req, async () => {
      await lockRows(req, slug, [input.letter])
      const letter = (await req.payload.findByID({
        collection: slug,
        id: input.letter,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
      })) as unknown as
        (Parameters<typeof letterContent>[0] & { status: string; recipient?: string | null }) | null
      // Gone (the outbox of an anonymised file), sent already, or taken back to a draft by
      // staff: nothing to send.
      if (!letter || (letter.status !== 'queued' && letter.status !== 'failed')) return null
      try {
        if (!letter.recipient) throw new Error('the letter has no e-mail address to send to')
        const { html, text } = letterContent(letter)
        await req.payload.sendEmail({
          to: letter.recipient,
          subject: letter.subject ?? '',
          html,
          text,
        })
      } catch (error) {
        return { error }
      }
      mailed = true
      await req.payload.update({ ...sent, req })
      return null
    }).catch(async (error: unknown) => {
      if (!mailed) throw error
      // The mail server has the letter; only recording it failed (the database went away).
      // Record it as soon as the database answers again, rather than send it a second time.
      await whenDatabaseAnswers(() => req.payload.update(sent))
      return null
    })
    if (failure) {
      await recordFailure(req, input.letter, failure.error)
      throw failure.error
    }
    return { output: {} }
  },
})
