import type { RegulationRules } from '../procedure/rules'

type Stored = Record<string, any>

/**
 * The UWV labour expert to tell of a new complaint: where the regulation says so (IN FOCUS), of a
 * UWV client whose complaint names one.
 */
export const labourExpertToTell = (rules: RegulationRules, complaint: Stored): string | null => {
  const uwv = complaint.uwv
  return rules.informUwvLabourExpert && uwv?.isUwvClient && uwv.labourExpertEmail
    ? String(uwv.labourExpertEmail)
    : null
}

/** Whether a new complaint is announced beyond those handling it: to directie, or to a labour expert. */
export const announcementOwed = (rules: RegulationRules, complaint: Stored): boolean =>
  rules.informDirectie || labourExpertToTell(rules, complaint) !== null
