import type { DeadlineKind } from '../procedure/deadline'

/** Each deadline kind is a stored, indexed date column of the complaint. */
export const DEADLINE_KINDS = [
  'acknowledgement',
  'externalOfficerContact',
  'nonAdmission',
  'decision',
  'decisionExtended',
  'reportThreshold',
  'appeal',
  'appealDecision',
] as const satisfies readonly DeadlineKind[]
