import type { Lang } from '../procedure/localized'

type ObjectionInput = { appealTerm: string; appealDeadline: string; bodies: string }

/** What the complainant can do when they disagree: appeal where the regulation allows it, and the escalation bodies. */
export const objectionText = (
  { appealTerm, appealDeadline, bodies }: ObjectionInput,
  lang: Lang,
): string => {
  const nl = lang === 'nl'
  // Before the decision is sent its date is unknown, so the window is counted from the letter.
  const until = appealDeadline
    ? nl
      ? `, tot en met ${appealDeadline}`
      : `, until ${appealDeadline}`
    : nl
      ? ' na de datum van deze brief'
      : ' of the date of this letter'
  const appeal = appealTerm
    ? nl
      ? `U kunt binnen ${appealTerm}${until} in beroep gaan.`
      : `You can appeal within ${appealTerm}${until}.`
    : ''
  const escalate = bodies
    ? nl
      ? `U kunt zich ook wenden tot: ${bodies}.`
      : `You can also turn to: ${bodies}.`
    : ''
  const fallback = nl ? 'Neem dan contact met ons op.' : 'Please contact us.'
  return [appeal, escalate].filter(Boolean).join(' ') || fallback
}
