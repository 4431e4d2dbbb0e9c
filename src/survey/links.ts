import { surveyPath } from '../intake/links'
import { isSurveyToken, surveyApplies } from './survey'

import type { ResolvedIntakeOptions } from '../intake/resolveIntakeOptions'
import type { RegulationRules } from '../procedure/rules'

/**
 * The complainant's private link to the survey of this complaint, for its letters (`{{surveyLink}}`):
 * from the plugin's `publicUrl`, never from a request. Empty where the regulation asks no
 * satisfaction, before the decision, or once the file is anonymised.
 */
export const surveyUrlOf = (
  options: ResolvedIntakeOptions,
  complaint: Record<string, any>,
  rules: Pick<RegulationRules, 'askSatisfaction'>,
): string =>
  surveyApplies(complaint, rules) && isSurveyToken(complaint.surveyToken)
    ? `${options.publicUrl}${surveyPath(options, complaint.surveyToken)}`
    : ''
