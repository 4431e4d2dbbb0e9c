import type { Calendar } from './calendar'
import type { IsoDate } from './dates'
import type { Deadline } from './deadline'
import type { ComplaintFacts } from './facts'
import type { RegulationRules } from './rules'

import { assertIsoDate } from './dates'
import { calendarFor, deadlinesFor } from './deadlines'

/** Everything a guard may look at; guards read nothing else, so they are pure. */
export type ProcedureContext = {
  rules: RegulationRules
  facts: ComplaintFacts
  /** Stands in for the date of an act that has no date recorded yet (it happens now). */
  today: IsoDate
  calendar: Calendar
  deadlines: Deadline[]
}

export type ContextInput = {
  rules: RegulationRules
  facts: ComplaintFacts
  today: IsoDate
  calendar?: Calendar
}

export const createContext = ({
  rules,
  facts,
  today,
  calendar,
}: ContextInput): ProcedureContext => {
  assertIsoDate(today)
  const cal = calendar ?? calendarFor(rules)
  return { rules, facts, today, calendar: cal, deadlines: deadlinesFor(rules, facts, cal) }
}
