import type { PayloadRequest } from 'payload'

import { peopleNamed } from '../complaints/peopleNamed'
import { describeAnyRefusal } from '../complaints/refusalError'
import { MEETS } from '../letters/kinds'
import { nextSteps } from '../procedure/nextSteps'
import { slugsOf } from '../slugs'
import { caseText } from '../translations/casework'
import { label } from './caseWords'
import { LETTER_OF_STEP, letterState } from './letterOfStep'
import { pathOfNeed, stepInputsFor } from './stepInputs'

import type { ProcedureContext } from '../procedure/context'
import type { ComplaintStatus } from '../procedure/lifecycle'
import type { CaseLanguage, CaseTextKey } from '../translations/casework'
import type { Choices, StepInput } from './stepInputs'

type Stored = Record<string, any>

export type CaseStep = {
  to: ComplaintStatus
  label: string
  takeable: boolean
  /** False where the regulation does not provide the step: the page leaves it out. */
  provided: boolean
  /** What it still needs, in words, with a hint where the step's form cannot fill it. */
  needs: { text: string; hint: string | null }[]
  inputs: StepInput[]
  /** The letter that goes with the step, and where it stands. */
  letter: string | null
}

/**
 * The steps the case page offers: each edge of the procedure from the complaint's stage, what it
 * still needs in words (people by name), the inputs that fill it, and the letter that goes with it.
 */
export const caseStepsOf = async (
  req: PayloadRequest,
  complaint: Stored,
  context: ProcedureContext,
  letters: readonly Stored[],
  choices: Choices,
  lang: CaseLanguage,
): Promise<CaseStep[]> => {
  const collection = req.payload.collections[slugsOf(req).complaints].config
  const steps: CaseStep[] = []
  for (const step of nextSteps(complaint.status as ComplaintStatus, context)) {
    const named = await peopleNamed(req, step.needs)
    const { inputs, denied } = await stepInputsFor(step.needs, collection, req, complaint, choices)
    const letterKind = LETTER_OF_STEP[step.to]
    steps.push({
      to: step.to,
      label: caseText(lang, `step.${step.to}` as CaseTextKey),
      takeable: step.takeable,
      provided: step.provided,
      inputs,
      needs: named.map((need) => {
        const path = pathOfNeed(need)
        const meets = Object.entries(MEETS).find(([, field]) => field === path)?.[0]
        const hint = meets
          ? caseText(lang, 'steps.byLetter', { letter: label(`letterKind.${meets}`, lang) })
          : inputs.some((input) => input.path === path)
            ? null
            : caseText(lang, path && denied.includes(path) ? 'steps.notYours' : 'steps.inTab')
        return { text: describeAnyRefusal(need, lang, req), hint }
      }),
      letter: letterKind
        ? caseText(lang, 'steps.letter', {
            letter: `${label(`letterKind.${letterKind}`, lang)} (${letterState(letterKind, letters, lang)})`,
          })
        : null,
    })
  }
  return steps
}
