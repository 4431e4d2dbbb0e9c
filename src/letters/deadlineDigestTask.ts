import type { TaskConfig } from 'payload'

import { isoDateOf, storedDateOf, todayInAmsterdam } from '../complaints/storedDates'
import { claimDueTime } from '../jobs/claimDueTime'
import { inTransaction } from '../database/transaction'
import { optionsOf } from '../pluginOptions'
import { createCalendar } from '../procedure/calendar'
import { translations } from '../translations'
import { directieOf } from './directie'
import { improvementReminders } from './improvementReminders'
import { noticeReminders } from './noticeReminders'
import { reviewReminders } from './reviewReminders'
import { writtenDate } from './writtenDate'
import { asSlug, slugsOf } from '../slugs'

type Digest = { cron: string; withinWorkingDays: number }

/**
 * Each handler's list of the deadlines of their complaints that pass within N working days (or
 * have passed), with the improvement actions they own that fall due by then, the clients they
 * recorded who were not given the regulation within its term, and for directie the periodic
 * reviews not yet recorded, on a schedule: nobody has to remember to look. Once per due time, however many
 * workers schedule and run it: each of them queues a job for the same due time, the first to
 * claim it sends.
 */
export const deadlineDigestTask = ({
  cron,
  withinWorkingDays,
}: Digest): TaskConfig<{ input: object; output: { sent: number } }> => ({
  slug: 'deadlineDigest',
  schedule: [{ cron, queue: 'default' }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: ({ job, req }) =>
    inTransaction(req, async () => {
      if (!(await claimDueTime(req, 'deadlineDigest', job))) return { output: { sent: 0 } }
      const horizon = createCalendar().addWorkingDays(todayInAmsterdam(), withinWorkingDays)
      const { docs } = await req.payload.find({
        collection: slugsOf(req).complaints,
        where: { nextDeadline: { less_than_equal: storedDateOf(horizon) } },
        sort: 'nextDeadline',
        depth: 0,
        pagination: false,
        req,
        overrideAccess: true,
      })
      const perHandler = new Map<string, string[]>()
      for (const complaint of docs as unknown as Record<string, any>[]) {
        const kind =
          (translations.nl as Record<string, string>)[`deadline.${complaint.nextDeadlineKind}`] ??
          ''
        const line = `${complaint.reference}: ${kind} uiterlijk ${writtenDate(isoDateOf(complaint.nextDeadline), 'nl')}`
        for (const participant of (complaint.participants ?? []) as (number | { id: number })[]) {
          const id = String(typeof participant === 'object' ? participant.id : participant)
          perHandler.set(id, [...(perHandler.get(id) ?? []), line])
        }
      }
      for (const [id, lines] of await improvementReminders(req, horizon))
        perHandler.set(id, [...(perHandler.get(id) ?? []), ...lines])
      const directie = await directieOf(req)
      const reviews = await reviewReminders(req, todayInAmsterdam())
      if (reviews.length > 0)
        for (const { id } of directie)
          perHandler.set(id, [...(perHandler.get(id) ?? []), ...reviews])
      for (const [id, lines] of await noticeReminders(req, todayInAmsterdam(), directie))
        perHandler.set(id, [...(perHandler.get(id) ?? []), ...lines])
      let sent = 0
      for (const [id, lines] of perHandler) {
        const user = (await req.payload.findByID({
          collection: asSlug(optionsOf(req).userCollection),
          id,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })) as { email?: string } | null
        if (!user?.email) continue
        await req.payload.sendEmail({
          to: user.email,
          subject: `Termijnen van uw klachten tot en met ${writtenDate(horizon, 'nl')}`,
          text: lines.join('\n'),
        })
        sent += 1
      }
      return { output: { sent } }
    }),
})
