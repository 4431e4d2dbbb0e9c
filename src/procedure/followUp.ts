import type { IsoDate } from './dates'
import type { ComplaintFacts } from './facts'
import type { RegulationRules } from './rules'

/** What is still to be done after the complaint's handling. */
export type FollowUp =
  | { kind: 'employeeFeedback' }
  | { kind: 'teamDiscussion' }
  | {
      kind: 'improvementAction'
      /** The action's place in the complaint's list. */
      index: number
      action: string | null
      owner: string | null
      dueOn: IsoDate | null
      /** Its due date has passed. */
      late: boolean
    }

/**
 * The follow-up still open: once the complaint is decided, the feedback to the employee concerned
 * and the team's anonymised discussion where the regulation asks for them and they are not yet
 * recorded; and, at any time, every improvement action not done.
 */
export const openFollowUps = (
  rules: RegulationRules,
  facts: ComplaintFacts,
  today: IsoDate,
): FollowUp[] => {
  const open: FollowUp[] = []
  if (facts.decidedOn && rules.employeeFeedback && !facts.employeeFeedbackOn)
    open.push({ kind: 'employeeFeedback' })
  if (facts.decidedOn && rules.teamDiscussion && !facts.teamDiscussedOn)
    open.push({ kind: 'teamDiscussion' })
  ;(facts.improvementActions ?? []).forEach((action, index) => {
    if (action.done) return
    open.push({
      kind: 'improvementAction',
      index,
      action: action.action,
      owner: action.owner,
      dueOn: action.dueOn,
      late: Boolean(action.dueOn && action.dueOn < today),
    })
  })
  return open
}
