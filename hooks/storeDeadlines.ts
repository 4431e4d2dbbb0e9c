import type { CollectionBeforeChangeHook } from 'payload'

import { DEADLINE_KINDS } from '../src/procedure/deadline'
import { procedureFor } from '../src/complaints/procedureFor'
import { storedDateOf } from '../src/complaints/storedDates'
import { checkAdmissibility } from '../src/procedure/admissibility'
import { reportDeadlineFor } from '../src/procedure/deadlines'
import { describeRefusal } from '../src/procedure/messages'
import { nextDeadline, openDeadlines } from '../src/procedure/openDeadlines'

/**
 * Computes every deadline on every save, so a change of the official date, an extension or the
 * decision date is reflected at once, and stores them as indexed dates with their explanation.
 * Also records why the complaint is not admissible, when it is not.
 */
export const storeDeadlines: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const procedure = await procedureFor(req, { ...originalDoc, ...data })
  if (!procedure) return data
  const { rules, facts, context } = procedure
  const report = reportDeadlineFor(rules, facts, context.calendar)
  const all = report
    ? [...context.deadlines, { ...report, kind: 'reportThreshold' as const }]
    : context.deadlines

  data.deadlines = Object.fromEntries(
    DEADLINE_KINDS.map((kind) => [kind, storedDateOf(all.find((d) => d.kind === kind)?.date)]),
  )
  data.deadlineExplanations = Object.fromEntries(
    all.map((d) => [d.kind, { date: d.date, ...d.explanation }]),
  )

  const admissibility = checkAdmissibility(rules, facts, context.calendar)
  data.admissibilityIssues = admissibility.admissible
    ? null
    : admissibility.reasons.map((reason) => ({
        rule: reason.rule,
        nl: describeRefusal(reason, 'nl'),
        en: describeRefusal(reason, 'en'),
      }))

  const next = nextDeadline(openDeadlines(context.deadlines, facts, admissibility.admissible))
  data.nextDeadline = storedDateOf(next?.date)
  data.nextDeadlineKind = next?.kind ?? null
  return data
}
