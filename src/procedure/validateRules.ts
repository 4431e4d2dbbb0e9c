import type { Refusal } from './refusal'
import type { RegulationRules } from './rules'
import type { Term } from './terms'

import { refuse } from './refusal'
import { TERM_UNITS } from './terms'

const termOk = (term: Term): boolean =>
  Number.isInteger(term.amount) && term.amount >= 0 && TERM_UNITS.includes(term.unit)

/** What an admin must correct before a regulation can run complaints. */
export const validateRules = (rules: RegulationRules): Refusal[] => {
  const refusals: Refusal[] = []
  const terms: [string, Term | null][] = [
    ['acknowledgement', rules.acknowledgement],
    ['nonAdmission', rules.nonAdmission],
    ['decision', rules.decision],
    ['appeal', rules.appeal],
    ['appealDecision', rules.appealDecision],
    ['externalOfficerContact', rules.externalOfficerContact],
    ['reportThreshold', rules.reportThreshold],
    ['maxEventAge', rules.maxEventAge],
    ['informClientsWithin', rules.informClientsWithin],
    ...rules.escalationBodies.map((body, i): [string, Term | null] => [
      `escalationBodies.${i}.responseTerm`,
      body.responseTerm,
    ]),
  ]
  if (rules.extension.kind === 'fixed') {
    terms.push(['extension', rules.extension], ['extension.max', rules.extension.max])
    if (!rules.decision) refusals.push(refuse('extensionWithoutDecisionTerm', 'extension'))
  }
  for (const [field, term] of terms) {
    if (term && !termOk(term)) refusals.push(refuse('termInvalid', field))
  }
  if (
    rules.handling.kind === 'committee' &&
    !(Number.isInteger(rules.handling.committeeSize) && (rules.handling.committeeSize ?? 0) > 0)
  ) {
    refusals.push(refuse('committeeSizeMissing', 'handling.committeeSize'))
  }
  return refusals
}
