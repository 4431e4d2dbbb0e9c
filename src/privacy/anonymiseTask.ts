import { createLocalReq } from 'payload'

import type { TaskConfig } from 'payload'

import { todayInAmsterdam } from '../complaints/storedDates'
import { inTransaction } from '../database/transaction'
import { anonymiseComplaint } from './anonymise'
import { anonymiseNotices } from './anonymiseNotices'
import { filesPastRetention } from './dueFiles'

/** How many files one run anonymises at most; the rest follow on the next runs. */
const PER_RUN = 500

/**
 * Anonymises the files whose retention term is over (dueFiles.ts), each in a transaction of its
 * own, then the records of clients given the regulation whose term is over, on a schedule. Two
 * workers running it at once anonymise each file once: the complaint's row is locked and a file
 * anonymised before is left alone.
 */
export const anonymiseTask = ({
  cron,
}: {
  cron: string
}): TaskConfig<{ input: object; output: { anonymised: number; notices: number } }> => ({
  slug: 'anonymiseComplaints',
  schedule: [{ cron, queue: 'default' }],
  outputSchema: [
    { name: 'anonymised', type: 'number' },
    { name: 'notices', type: 'number' },
  ],
  handler: async ({ req }) => {
    const today = todayInAmsterdam()
    let anonymised = 0
    for (const id of await filesPastRetention(req, today, PER_RUN)) {
      const own = await createLocalReq({}, req.payload)
      const done = await inTransaction(own, () => anonymiseComplaint(own, id, { on: today }))
      if (done.done) anonymised += 1
    }
    const own = await createLocalReq({}, req.payload)
    const notices = await inTransaction(own, () => anonymiseNotices(own, today))
    return { output: { anonymised, notices } }
  },
})
