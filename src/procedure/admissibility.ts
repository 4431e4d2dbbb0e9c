import type { Calendar } from './calendar'
import type { ComplaintFacts } from './facts'
import type { Refusal } from './refusal'
import type { RegulationRules } from './rules'

import { refuse } from './refusal'
import { subtractTerm } from './terms'

export type Admissibility = { admissible: boolean; reasons: Refusal[] }

/**
 * Whether the regulation lets the complaint be handled at all: the events
 * are recent enough (IZW Ambulant: at most a year before receipt) and the
 * subject is not one it excludes (HSS: administration costs as such).
 * An unknown events date is not held against the complainant.
 */
export const checkAdmissibility = (
  rules: RegulationRules,
  facts: ComplaintFacts,
  calendar: Calendar,
): Admissibility => {
  const reasons: Refusal[] = []
  if (rules.maxEventAge && facts.eventsOn) {
    const earliest = subtractTerm(calendar, facts.receivedOn, rules.maxEventAge)
    if (facts.eventsOn < earliest) {
      reasons.push(refuse('eventsTooOld', 'eventsOn', { eventsOn: facts.eventsOn, earliest }))
    }
  }
  const subjects = new Set(facts.subjects ?? [])
  for (const excluded of rules.excludedSubjects) {
    if (subjects.has(excluded.key)) {
      reasons.push(
        refuse('subjectExcluded', 'subjects', {
          subject_nl: excluded.label.nl,
          subject_en: excluded.label.en,
        }),
      )
    }
  }
  return { admissible: reasons.length === 0, reasons }
}
