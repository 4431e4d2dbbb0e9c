import type { Calendar } from './calendar'
import type { IsoDate } from './dates'
import type { Deadline } from './deadline'
import type { ComplaintFacts, ExtensionFact } from './facts'
import type { Localized } from './localized'
import type { Refusal } from './refusal'
import type { ExtensionRule, RegulationRules } from './rules'
import type { Term } from './terms'

import { explainTerm, localize } from './explain'
import { formatDate, formatTerm } from './format'
import { refuse } from './refusal'
import { addTerm, addTermExplained } from './terms'

type FixedExtension = Extract<ExtensionRule, { kind: 'fixed' }>

const extensionWord: Localized = { nl: 'verlenging', en: 'extension' }

const KIND_NAMES: Record<'fixed' | 'agreed', Localized> = {
  fixed: { nl: 'vaste verlenging', en: 'fixed extension' },
  agreed: { nl: 'afgesproken nieuwe datum', en: 'agreed new date' },
}

/** The furthest a fixed extension reaches: original term plus extension, within the cap. */
const fixedEnd = (rule: FixedExtension, decision: Deadline, calendar: Calendar): Deadline => {
  const original = decision.term as Term
  const extra: Term = { amount: rule.amount, unit: rule.unit }
  const cap = rule.max
  if (original.unit === extra.unit && (!cap || cap.unit === original.unit)) {
    const capped = !!cap && cap.amount < original.amount + extra.amount
    const term: Term = {
      amount: capped ? cap.amount : original.amount + extra.amount,
      unit: original.unit,
    }
    const note = localize((lang) => {
      const sum =
        lang === 'nl'
          ? `${formatTerm(original, lang)} plus ${formatTerm(extra, lang)} verlenging`
          : `${formatTerm(original, lang)} plus an extension of ${formatTerm(extra, lang)}`
      return capped
        ? `${sum}, ${lang === 'nl' ? 'ten hoogste' : 'at most'} ${formatTerm(cap, lang)}`
        : sum
    })
    const result = addTermExplained(calendar, decision.anchorDate, term)
    const explanation = explainTerm(calendar, decision.anchorDate, term, result, note)
    return { ...decision, kind: 'decisionExtended', date: result.date, term, explanation }
  }
  // Mixed units: the extension runs on from where the original term really ended.
  const base = addTerm(calendar, decision.anchorDate, original, { rollToWorkingDay: false })
  const result = addTermExplained(calendar, base, extra)
  if (cap && addTerm(calendar, decision.anchorDate, cap) < result.date) {
    const capResult = addTermExplained(calendar, decision.anchorDate, cap)
    const note = localize((lang) => (lang === 'nl' ? 'ten hoogste' : 'at most'))
    const explanation = explainTerm(calendar, decision.anchorDate, cap, capResult, note)
    return { ...decision, kind: 'decisionExtended', date: capResult.date, term: cap, explanation }
  }
  const note = localize((lang) => `${extensionWord[lang]}; ${decision.explanation[lang]}`)
  const explanation = explainTerm(calendar, base, extra, result, note)
  return { ...decision, kind: 'decisionExtended', date: result.date, term: null, explanation }
}

const announcedDate = (extension: ExtensionFact, lang: 'nl' | 'en'): string =>
  extension.announcedOn
    ? ` ${lang === 'nl' ? 'op' : 'on'} ${formatDate(extension.announcedOn, lang)}`
    : ''

// A fixed extension is announced by the organisation; an open one is agreed with the complainant.
const NEW_DATE: Record<'announced' | 'agreed', Localized> = {
  announced: { nl: 'nieuwe datum gemeld', en: 'new date announced' },
  agreed: { nl: 'nieuwe datum afgesproken', en: 'new date agreed' },
}

/** A date set by hand: an agreed date, or a fixed extension shorter than the maximum. */
const datedExtension = (
  extension: ExtensionFact,
  newDate: IsoDate,
  running: Deadline,
  within?: Term,
): Deadline => ({
  kind: 'decisionExtended',
  date: newDate,
  anchor: 'extension',
  anchorDate: extension.announcedOn ?? running.date,
  term: null,
  owedBy: 'organisation',
  explanation: localize((lang) => {
    const agreed = (within ? NEW_DATE.announced : NEW_DATE.agreed)[lang]
    const reason = extension.reason?.trim()
      ? ` (${lang === 'nl' ? 'reden' : 'reason'}: ${extension.reason.trim()})`
      : ''
    const limit = within
      ? `, ${lang === 'nl' ? 'binnen de verlenging van' : 'within the extension of'} ${formatTerm(within, lang)}`
      : ''
    return `${agreed}${announcedDate(extension, lang)}${limit}${reason}`
  }),
})

/** The decision deadline after the extensions in `facts`, or null when there are none. */
export const extendedDecision = (
  rules: RegulationRules,
  facts: ComplaintFacts,
  calendar: Calendar,
  decision: Deadline,
): Deadline | null => {
  const rule = rules.extension
  const extensions = facts.extensions ?? []
  if (rule.kind === 'none' || extensions.length === 0) return null
  if (rule.kind === 'fixed') {
    const [first] = extensions
    if (!first.newDate) return fixedEnd(rule, decision, calendar)
    return datedExtension(first, first.newDate, decision, { amount: rule.amount, unit: rule.unit })
  }
  let running = decision
  for (const extension of extensions) {
    if (extension.newDate) running = datedExtension(extension, extension.newDate, running)
  }
  return running === decision ? null : running
}

/**
 * Whether the recorded extensions are those the regulation allows: fixed
 * ones once and within the cap, each carrying what the regulation asks (a
 * new date, a reason), each announced before the term it extends has run out.
 */
export const checkExtensions = (
  rules: RegulationRules,
  facts: ComplaintFacts,
  calendar: Calendar,
  decision: Deadline | undefined,
  today: IsoDate,
): Refusal[] => {
  const rule = rules.extension
  const extensions = facts.extensions ?? []
  if (rule.kind === 'none') return [refuse('extensionNotProvided', 'extensions')]
  if (extensions.length === 0) return [refuse('extensionMissing', 'extensions')]
  if (!decision) return [refuse('decisionTermNotStarted', 'officialOn')]
  const refusals: Refusal[] = []
  let running = decision.date
  for (const [index, extension] of extensions.entries()) {
    const field = `extensions.${index}`
    if (extension.kind !== rule.kind) {
      const expected = KIND_NAMES[rule.kind]
      refusals.push(
        refuse('extensionKindMismatch', `${field}.kind`, {
          expected: rule.kind,
          expected_nl: expected.nl,
          expected_en: expected.en,
        }),
      )
      continue
    }
    if (rule.kind === 'fixed' && index > 0) {
      refusals.push(refuse('extensionOnlyOnce', field, { count: extensions.length }))
      break
    }
    const announcedOn = extension.announcedOn ?? today
    if (announcedOn > running) {
      refusals.push(
        refuse('extensionAnnouncedTooLate', `${field}.announcedOn`, {
          announcedOn,
          deadline: running,
        }),
      )
    }
    const newDate = extension.newDate
    // What an extension must carry is the regulation's: a new appointment (IN FOCUS), the reason (Krachtig Perspectief).
    if (rule.requireReason && !extension.reason?.trim())
      refusals.push(refuse('extensionReasonMissing', `${field}.reason`))
    if (rule.requireNewDate && !newDate)
      refusals.push(refuse('extensionNewDateMissing', `${field}.newDate`))
    if (newDate && newDate <= running) {
      refusals.push(
        refuse('extensionNewDateNotLater', `${field}.newDate`, { newDate, deadline: running }),
      )
    }
    if (rule.kind === 'fixed') {
      const latest = fixedEnd(rule, decision, calendar).date
      if (newDate && newDate > latest) {
        refusals.push(refuse('extensionBeyondMaximum', `${field}.newDate`, { newDate, latest }))
      }
      running = newDate && newDate <= latest ? newDate : latest
    } else if (newDate) {
      running = newDate
    }
  }
  return refusals
}
