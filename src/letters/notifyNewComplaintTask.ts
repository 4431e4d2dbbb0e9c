import { formatAdminURL } from 'payload/shared'

import type { TaskConfig } from 'payload'

import { procedureFor } from '../complaints/procedureFor'
import { claimOnce } from '../database/claimOnce'
import { inTransaction } from '../database/transaction'
import { isoDateOf } from '../complaints/storedDates'
import { optionsOf } from '../pluginOptions'
import { writtenDate } from './writtenDate'
import { slugsOf } from '../slugs'
import { directieOf } from './directie'
import { labourExpertToTell } from './announcement'

/**
 * Tells those the regulation names of a new complaint: directie of every complaint (IZW), the UWV
 * labour expert of a UWV client's complaint (IN FOCUS). Only the reference, the dates and a link:
 * the complaint itself stays in the confidential case file. Sent once per complaint, however many
 * workers run the queue: the claim and the sending share one transaction.
 */
export const notifyNewComplaintTask: TaskConfig<{ input: { complaint: number }; output: object }> =
  {
    slug: 'notifyNewComplaint',
    inputSchema: [{ name: 'complaint', type: 'number', required: true }],
    retries: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
    handler: ({ input, req }) =>
      inTransaction(req, async () => {
        if (!(await claimOnce(req, `notifyNewComplaint:${input.complaint}`, 30)))
          return { output: {} }
        const complaint = (await req.payload.findByID({
          collection: slugsOf(req).complaints,
          id: input.complaint,
          depth: 0,
          req,
          overrideAccess: true,
        })) as Record<string, any>
        const procedure = await procedureFor(req, complaint)
        if (!procedure) return { output: {} }
        const { rules, regulation } = procedure
        const options = optionsOf(req)
        const link = `${options.publicUrl}${formatAdminURL({ adminRoute: req.payload.config.routes.admin, path: `/collections/${options.slugs.complaints}/${complaint.id}` })}`
        const received = writtenDate(isoDateOf(complaint.receivedOn), 'nl')
        const decision = writtenDate(isoDateOf(complaint.deadlines?.decision), 'nl')
        if (rules.informDirectie) {
          // Roles as the host reads them (getRoles), not a field of its own the plugin assumes.
          const to = (await directieOf(req)).map((user) => user.email)
          if (to.length > 0) {
            await req.payload.sendEmail({
              to,
              subject: `Nieuwe klacht ${complaint.reference} (${regulation.name})`,
              text: `Op ${received} is klacht ${complaint.reference} ontvangen onder de ${regulation.name}.${decision ? ` Uitspraak uiterlijk ${decision}.` : ''}\n${link}`,
            })
          }
        }
        const labourExpert = labourExpertToTell(rules, complaint)
        if (labourExpert) {
          await req.payload.sendEmail({
            to: labourExpert,
            subject: `Klacht van uw cliënt ${complaint.complainant?.name ?? ''} (${complaint.reference})`,
            text: `${regulation.organisation} heeft op ${received} een klacht ontvangen van uw cliënt ${complaint.complainant?.name ?? ''}. Het kenmerk is ${complaint.reference}. De cliënt kan zich met de klacht ook tot u wenden.`,
          })
        }
        return { output: {} }
      }),
  }
