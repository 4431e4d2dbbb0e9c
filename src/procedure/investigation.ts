import type { IsoDate } from './dates'
import type { Refusal } from './refusal'
import type { RegulationRules } from './rules'

import { joinList } from './format'
import { refuse } from './refusal'

/**
 * The investigation (onderzoek): who is heard, and whom the organisation may ask. Hoor en
 * wederhoor hears both sides (IN FOCUS Samen step 5: "alle partijen horen"); IZW contacts anyone
 * else involved only "na toestemming van de betrokken partij".
 */

/** Who a conversation is with: the complainant, the employee concerned, both, or someone else. */
export const HEARING_PARTIES = [
  'complainant',
  'employee',
  'complainantAndEmployee',
  'other',
] as const

export type HearingParty = (typeof HEARING_PARTIES)[number]

/** One conversation: planned (dated ahead), held (dated today or before), or declined by the party. */
export type HearingFact = {
  date?: IsoDate | null
  heard?: HearingParty | null
  /** The party declined to be heard, and that is recorded. */
  waived?: boolean | null
}

/** How the complainant gave consent: on paper, by e-mail, in a conversation, or on the form. */
export const CONSENT_WAYS = ['writing', 'email', 'oral', 'form'] as const

export type ConsentWay = (typeof CONSENT_WAYS)[number]

/** The complainant's consent to consult others: when, how, and for what (in their words). */
export type ConsentFact = {
  givenOn?: IsoDate | null
  how?: ConsentWay | null
  scope?: string | null
}

/** The two sides of hoor en wederhoor. */
export type Side = 'complainant' | 'employee'

const SIDES: Record<HearingParty, readonly Side[]> = {
  complainant: ['complainant'],
  employee: ['employee'],
  complainantAndEmployee: ['complainant', 'employee'],
  other: [],
}

/** A side is heard once a conversation with them took place (not one still ahead), or they declined it. */
export const sideHeard = (
  hearings: readonly HearingFact[] | null | undefined,
  side: Side,
  today: IsoDate,
): boolean =>
  (hearings ?? []).some(
    (hearing) =>
      Boolean(hearing.heard && SIDES[hearing.heard]?.includes(side)) &&
      Boolean(hearing.waived || (hearing.date && hearing.date <= today)),
  )

const SIDE_NAMES: Record<Side, { nl: string; en: string }> = {
  complainant: { nl: 'de klager', en: 'the complainant' },
  employee: { nl: 'de betrokken medewerker', en: 'the employee concerned' },
}

/**
 * The sides hoor en wederhoor hears: the complainant, and the employee concerned where the
 * complaint names one (a complaint about the organisation's conduct alone has no other side to hear).
 */
export const sidesToHear = (employeeConcerned: boolean | undefined): readonly Side[] =>
  employeeConcerned ? ['complainant', 'employee'] : ['complainant']

/** Hoor en wederhoor: one refusal naming the hearings and each side not heard yet; none when all were. */
export const sidesNotHeard = (
  hearings: readonly HearingFact[] | null | undefined,
  today: IsoDate,
  sides: readonly Side[] = sidesToHear(true),
): Refusal[] => {
  const missing = sides.filter((side) => !sideHeard(hearings, side, today))
  if (missing.length === 0) return []
  return [
    refuse('sidesNotHeard', 'hearings', {
      sides_nl: joinList(
        missing.map((side) => SIDE_NAMES[side].nl),
        'nl',
      ),
      sides_en: joinList(
        missing.map((side) => SIDE_NAMES[side].en),
        'en',
      ),
    }),
  ]
}

type ConsentPart = 'givenOn' | 'how' | 'scope'

const PART_NAMES: Record<ConsentPart, { nl: string; en: string }> = {
  givenOn: { nl: 'de datum', en: 'the date' },
  how: { nl: 'hoe die is gegeven', en: 'how it was given' },
  scope: { nl: 'waarvoor die geldt', en: 'what it covers' },
}

/** What the consent record still lacks: its date, how it was given, what it covers. */
export const consentMissing = (consent: ConsentFact | null | undefined): ConsentPart[] => [
  ...(consent?.givenOn ? [] : (['givenOn'] as const)),
  ...(consent?.how ? [] : (['how'] as const)),
  ...(consent?.scope?.trim() ? [] : (['scope'] as const)),
]

/**
 * Asking someone other than the complainant (or the employee concerned), where the regulation
 * wants the complainant's consent first: refused until the consent is recorded in full, and, for
 * a conversation on a known day, when that day comes before the consent.
 */
export const consentRefusals = (
  rules: Pick<RegulationRules, 'consentToConsultOthers'>,
  consent: ConsentFact | null | undefined,
  consultedOn?: IsoDate | null,
): Refusal[] => {
  if (!rules.consentToConsultOthers) return []
  const missing = consentMissing(consent)
  if (missing.length > 0)
    return [
      refuse('consentMissing', 'consent', {
        missing_nl: joinList(
          missing.map((part) => PART_NAMES[part].nl),
          'nl',
        ),
        missing_en: joinList(
          missing.map((part) => PART_NAMES[part].en),
          'en',
        ),
      }),
    ]
  const givenOn = consent?.givenOn as IsoDate
  if (consultedOn && consultedOn < givenOn)
    return [refuse('consultedBeforeConsent', 'consent', { consultedOn, givenOn })]
  return []
}

/** Conversations with someone other than the complainant or the employee concerned, that wait for consent. */
export const othersHeardWithoutConsent = (
  rules: Pick<RegulationRules, 'consentToConsultOthers'>,
  hearings: readonly HearingFact[] | null | undefined,
  consent: ConsentFact | null | undefined,
): Refusal[] => {
  const refusals = (hearings ?? [])
    .filter((hearing) => hearing.heard === 'other' && !hearing.waived)
    .flatMap((hearing) => consentRefusals(rules, consent, hearing.date))
  return refusals.filter(
    (refusal, index) =>
      refusals.findIndex((other) => JSON.stringify(other) === JSON.stringify(refusal)) === index,
  )
}
