import type { IsoDate } from './dates'
import type { ComplaintFacts, InternalStageFact } from './facts'
import type { Refusal } from './refusal'
import type { InternalStage, RegulationRules } from './rules'

import { refuse } from './refusal'

/** Where a stage stands in the regulation's order; -1 when the regulation does not know it. */
const placeOf = (rules: RegulationRules, key: string): number =>
  rules.internalStages.findIndex((stage) => stage.key === key)

/** A stage's name in both languages, as refusal params (`{name}` filled per language). */
const named = (rules: RegulationRules, key: string, name: string): Record<string, string> => {
  const label = rules.internalStages[placeOf(rules, key)]?.label
  return { [`${name}_nl`]: label?.nl || key, [`${name}_en`]: label?.en || label?.nl || key }
}

/** The stage the complaint reached last, as the regulation names it; null before any. */
export const currentInternalStage = (
  rules: RegulationRules,
  facts: ComplaintFacts,
): InternalStage | null => {
  const last = facts.internalStages?.at(-1)
  return last ? (rules.internalStages[placeOf(rules, last.stage)] ?? null) : null
}

/** The stages the complaint can still move up to, in order. */
export const higherInternalStages = (
  rules: RegulationRules,
  facts: ComplaintFacts,
): InternalStage[] => {
  const last = facts.internalStages?.at(-1)
  const from = last ? placeOf(rules, last.stage) : -1
  return rules.internalStages.slice(from + 1)
}

/**
 * The stages recorded on a complaint hold together (both IZW: "Mocht dit gesprek niet tot een
 * bevredigende uitkomst leiden, dan kan de klant zich tot de coördinator of leidinggevende
 * wenden"): only stages of the regulation's own, each higher than the one before, each dated, not
 * before the receipt nor before the previous stage.
 */
export const checkInternalStages = (rules: RegulationRules, facts: ComplaintFacts): Refusal[] => {
  const rows: InternalStageFact[] = facts.internalStages ?? []
  if (rows.length === 0) return []
  if (rules.internalStages.length === 0)
    return [refuse('internalStagesNotProvided', 'internalStages')]
  const refusals: Refusal[] = []
  let previous: InternalStageFact | null = null
  for (const row of rows) {
    const place = placeOf(rules, row.stage)
    const stage = named(rules, row.stage, 'stage')
    if (place < 0) {
      refusals.push(
        refuse('internalStageUnknown', 'internalStages', {
          stage: row.stage,
          stages_nl: rules.internalStages.map((each) => each.label.nl || each.key).join('; '),
          stages_en: rules.internalStages.map((each) => each.label.en || each.key).join('; '),
        }),
      )
      break
    }
    if (!row.on) refusals.push(refuse('internalStageDateMissing', 'internalStages', stage))
    if (previous && place <= placeOf(rules, previous.stage))
      refusals.push(
        refuse('internalStageNotHigher', 'internalStages', {
          ...stage,
          ...named(rules, previous.stage, 'previous'),
        }),
      )
    if (previous?.on && row.on && row.on < previous.on)
      refusals.push(
        refuse('internalStageBeforePrevious', 'internalStages', {
          ...stage,
          on: row.on,
          previousOn: previous.on,
        }),
      )
    if (row.on && facts.receivedOn && row.on < facts.receivedOn)
      refusals.push(
        refuse('internalStageBeforeReceipt', 'internalStages', {
          ...stage,
          on: row.on,
          receivedOn: facts.receivedOn as IsoDate,
        }),
      )
    previous = row
  }
  return refusals
}
