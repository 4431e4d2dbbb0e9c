import { STATUS_LABELS } from '../procedure/statusLabels'
import { translate } from '../translations'
import { caseText } from '../translations/casework'
import { writtenMoment } from './formatLong'

import type { Clock } from '../procedure/nextSteps'
import type { ComplaintStatus } from '../procedure/lifecycle'
import type { TranslationKey } from '../translations'
import type { CaseLanguage, CaseTextKey } from '../translations/casework'
import type { TimelineEvent } from './timeline'

/** A label of the plugin's translations by its key, in the reader's language. */
export const label = (key: string, lang: CaseLanguage): string =>
  translate(key as TranslationKey, lang) ?? key

/** "nog 3 werkdagen", "vandaag de laatste dag", "2 dagen te laat". */
export const clockText = (clock: Clock, lang: CaseLanguage): string => {
  if (clock.daysLate === 1) return caseText(lang, 'case.dayLate')
  if (clock.daysLate > 1) return caseText(lang, 'case.daysLate', { n: clock.daysLate })
  if (clock.workingDaysLeft === 0) return caseText(lang, 'case.dueToday')
  if (clock.workingDaysLeft === 1) return caseText(lang, 'case.workingDayLeft')
  return caseText(lang, 'case.workingDaysLeft', { n: clock.workingDaysLeft ?? 0 })
}

/** An event's values in words: channel, stage, letter, deadline or extension kind, date, who was heard. */
const eventValues = (values: Record<string, string>, lang: CaseLanguage) => ({
  ...values,
  ...(values.channel !== undefined ? { channel: label(`channel.${values.channel}`, lang) } : {}),
  ...(values.stage !== undefined
    ? { stage: STATUS_LABELS[lang][values.stage as ComplaintStatus] ?? values.stage }
    : {}),
  ...(values.letter !== undefined ? { letter: label(`letterKind.${values.letter}`, lang) } : {}),
  ...(values.due !== undefined ? { due: writtenMoment(values.due, lang) } : {}),
  ...(values.heard !== undefined
    ? { heard: [label(`heard.${values.heard}`, lang), values.party].filter(Boolean).join(', ') }
    : {}),
  ...(values.handledBy !== undefined
    ? {
        handledBy: values.handledBy
          ? caseText(lang, 'timeline.handledBy', { name: values.handledBy })
          : '',
      }
    : {}),
  ...(values.via !== undefined ? { via: label(`surveyVia.${values.via}`, lang) } : {}),
  ...(values.how !== undefined
    ? { how: values.how ? label(`consentWay.${values.how}`, lang) : '—' }
    : {}),
  ...(values.kind !== undefined
    ? { kind: label(values.due ? `deadline.${values.kind}` : `extensionKind.${values.kind}`, lang) }
    : {}),
})

/** One line of the history as the case page shows it. */
export const wordedEvent = (event: TimelineEvent, lang: CaseLanguage) => ({
  at: writtenMoment(event.at, lang),
  text: caseText(lang, event.text as CaseTextKey, eventValues(event.values, lang)),
  by:
    event.kind === 'stage'
      ? event.by
        ? caseText(lang, 'timeline.by', { name: event.by })
        : caseText(lang, 'timeline.automatic')
      : null,
  state: event.state,
})
