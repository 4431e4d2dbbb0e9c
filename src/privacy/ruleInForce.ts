import { todayInAmsterdam } from '../complaints/storedDates'
import { regulationInForce } from '../intake/regulationInForce'
import { retentionRuleOf } from './retention'

import type { Payload } from 'payload'
import type { RetentionRule } from './retention'

type Regulation = { slug?: unknown; rules?: Record<string, unknown> | null }

/**
 * The retention of a complaint bound to `regulation`: that of its regulation's version in force
 * today, as the anonymisation job applies it (dueFiles.ts).
 */
export const retentionRuleFor = async (
  payload: Payload,
  regulation: Regulation | null,
): Promise<RetentionRule> => {
  const inForce = regulation
    ? (await regulationInForce(payload, String(regulation.slug), todayInAmsterdam())).found
    : null
  return retentionRuleOf((inForce ?? regulation)?.rules ?? {})
}
