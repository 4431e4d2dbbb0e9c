import type { Payload, PayloadRequest } from 'payload'

type Session = { resolve?: () => unknown; reject?: () => unknown }

const sessionOf = async (req: PayloadRequest): Promise<Session | null> => {
  if (!req.transactionID) return null
  const id = String(await req.transactionID)
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, Session> }).sessions
  return sessions?.[id] ?? null
}

const PENDING = 'afterCommitWork'
const running = new Set<Promise<unknown>>()

/** Settles when all work started after a commit in this process has run (for tests and shutdown). */
export const afterCommitSettled = async (): Promise<void> => {
  while (running.size > 0) await Promise.allSettled([...running])
}

/** The work `afterCommit` registered on this request, settled when it has run (or its transaction rolled back). */
export const afterCommitWork = (req: PayloadRequest): Promise<void> =>
  Promise.all((req.context[PENDING] as Promise<void>[] | undefined) ?? []).then(() => undefined)

/**
 * Runs `work` once the request's transaction has committed, never when it rolls back, and
 * without holding that transaction's locks. Without a transaction it runs at once. What must
 * not be lost is queued as a job in the same transaction as well: this only makes it happen
 * sooner, so a failure here is logged and left to the job queue.
 */
export const afterCommit = async (
  req: PayloadRequest,
  what: string,
  work: (payload: Payload) => Promise<unknown>,
): Promise<void> => {
  const payload = req.payload
  let settle = () => {}
  const settled = new Promise<void>((resolve) => (settle = resolve))
  req.context[PENDING] = [...((req.context[PENDING] as Promise<void>[]) ?? []), settled]
  const run = () => {
    const done = work(payload)
      .catch((error: unknown) =>
        payload.logger.warn({
          err: error,
          msg: `${what} after the commit failed; the job queue retries it`,
        }),
      )
      .finally(() => {
        running.delete(done)
        settle()
      })
    running.add(done)
  }
  const session = await sessionOf(req)
  if (!req.transactionID) return void run()
  const { resolve: commit, reject: rollback } = session ?? {}
  // An adapter without these sessions: the job queue does the work on its next run.
  if (!session || !commit || !rollback) return settle()
  session.resolve = () => {
    const done = commit()
    void Promise.resolve(done).then(run)
    return done
  }
  session.reject = () => {
    settle()
    return rollback()
  }
}
