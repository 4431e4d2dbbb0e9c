import type { Refusal } from './refusal'
import type { CommissioningParty, RegulationRules } from './rules'

import { refuse } from './refusal'

/** The regulation's commissioning party of this key; null when it has none of that key. */
export const commissioningPartyOf = (
  rules: Pick<RegulationRules, 'commissioningParties'>,
  key: string | null | undefined,
): CommissioningParty | null =>
  key ? (rules.commissioningParties.find((party) => party.key === key) ?? null) : null

/**
 * A complaint's commissioning party is one of its regulation's own, by its key: a name typed
 * instead would leave the complaint out of that party's report.
 */
export const checkCommissioningParty = (
  rules: Pick<RegulationRules, 'commissioningParties'>,
  key: string | null | undefined,
): Refusal[] => {
  if (!key?.trim() || commissioningPartyOf(rules, key)) return []
  const known = rules.commissioningParties.map((party) => `${party.name} (${party.key})`)
  return [
    known.length > 0
      ? refuse('commissioningPartyUnknown', 'commissioningParty', {
          value: key.slice(0, 60),
          known: known.join(', '),
        })
      : refuse('commissioningPartyNone', 'commissioningParty', { value: key.slice(0, 60) }),
  ]
}
