import type { LiberationDayRule } from './calendar'
import type { IsoDate } from './dates'
import type { Localized } from './localized'
import type { Term, TermUnit } from './terms'

/**
 * A regulation (klachtenregeling) as plain data: every field can be stored
 * and edited as an admin field, and no regulation needs code of its own.
 */

/** The event a term counts from. */
export type Anchor =
  /** The organisation received the complaint (ontvangst). */
  | 'receipt'
  /** The complaint became official: put in writing, or confirmed on the complaint form. */
  | 'official'
  /** The decision (uitspraak) was sent; appeal windows run from it. */
  | 'decision'
  /** The complainant appealed (beroep). */
  | 'appeal'
  /** An external body received the complaint, on referral or directly. */
  | 'referral'

export const ANCHORS: readonly Anchor[] = ['receipt', 'official', 'decision', 'appeal', 'referral']

export type AnchoredTerm = Term & { from: Anchor }

/** What an extension must carry (IN FOCUS: a new appointment; Krachtig Perspectief: the reason). */
export type ExtensionRequirements = { requireNewDate: boolean; requireReason: boolean }

/** Extension (verlenging) of the decision term. */
export type ExtensionRule =
  | { kind: 'none' }
  /** Once, by a fixed amount, announced before the term runs out; `max` caps the whole term from its anchor. */
  | ({ kind: 'fixed'; amount: number; unit: TermUnit; max: Term | null } & ExtensionRequirements)
  /** A new date agreed with the complainant, announced before the term runs out. */
  | ({ kind: 'agreed' } & ExtensionRequirements)

export type HandlingKind = 'committee' | 'handler' | 'directie'

export type Handling = {
  /** committee: klachtencommissie; handler: klachtenbehandelaar; directie: the management. */
  kind: HandlingKind
  /** Number of members, for a committee only. */
  committeeSize: number | null
}

/** Whom an escalation body is for: every complainant, or only clients of the UWV (IN FOCUS's labour expert). */
export type EscalationAudience = 'everyone' | 'uwvClients'

export const ESCALATION_AUDIENCES: readonly EscalationAudience[] = ['everyone', 'uwvClients']

/** How often the complaints are analysed for trends and measures (HSS: at least every quarter). */
export type ReviewPeriod = 'none' | 'quarter' | 'year'

export const REVIEW_PERIODS: readonly ReviewPeriod[] = ['none', 'quarter', 'year']

export type EscalationBody = {
  name: string
  contact: string | null
  description: Localized
  /** What the complainant is told about how soon this body responds. */
  responseTerm: Term | null
  appliesTo: EscalationAudience
  /**
   * The complainant may turn to this body at any moment, also while the organisation still
   * handles the complaint (IZW Ambulant: Klachtenportaal Zorg); the acknowledgement names it.
   */
  anyMoment: boolean
}

/** Which term the yearly report measures a complaint that was not admitted against. */
export type ReportNonAdmission =
  /** The term for the notice of non-admission (IN FOCUS: "binnen de termijn" of step 4). */
  | 'nonAdmissionTerm'
  /** The report's own term for every submitted complaint (IZW: 6 weeks). */
  | 'reportThreshold'

/**
 * A party that commissioned the client's trajectory (opdrachtgever: UWV, a municipality), by a
 * key that a complaint stores and a name people read.
 */
export type CommissioningParty = { key: string; name: string }

/** A subject the regulation does not treat as a complaint. */
export type ExcludedSubject = { key: string; label: Localized }

/**
 * One stage of the organisation's own escalation before (or instead of) the formal handling, in
 * order (both IZW: first the employee concerned, then the coordinator or manager, then directie).
 */
export type InternalStage = { key: string; label: Localized }

export type HolidayRules = {
  goodFriday: boolean
  liberationDay: LiberationDayRule
  closedOn: { date: IsoDate; name: string | null }[]
}

export type ComplaintField =
  | 'name'
  | 'address'
  | 'city'
  | 'phone'
  | 'email'
  /** Any way to reach the complainant: e-mail, phone or address. */
  | 'contact'
  | 'description'
  | 'eventsOn'
  | 'desiredSolution'
  | 'attachments'

export const COMPLAINT_FIELDS: readonly ComplaintField[] = [
  'name',
  'address',
  'city',
  'phone',
  'email',
  'contact',
  'description',
  'eventsOn',
  'desiredSolution',
  'attachments',
]

export type ComplainantRole =
  | 'client'
  /** Wettelijk vertegenwoordiger (both IZW). */
  | 'legalRepresentative'
  /** Vertegenwoordiger, by law or by the client's own choice (Krachtig Perspectief art. 1). */
  | 'representative'
  /** Nabestaande van een overleden klant (both IZW). */
  | 'survivingRelative'
  | 'legalEntity'
  | 'commissioningParty'
  | 'other'

export const COMPLAINANT_ROLES: readonly ComplainantRole[] = [
  'client',
  'legalRepresentative',
  'representative',
  'survivingRelative',
  'legalEntity',
  'commissioningParty',
  'other',
]

/**
 * What the form and staff ask of the client a complaint is about, beside the name, where someone
 * complains on behalf of a client: what the organisation uses to tell its clients apart.
 */
export type ClientDetail = 'number' | 'dateOfBirth'

export const CLIENT_DETAILS: readonly ClientDetail[] = ['number', 'dateOfBirth']

/** What staff do with a complaint made orally. */
export type OralIntake =
  /** Staff record it on the complaint form (with the complainant). */
  | 'staffRecordsForm'
  /** The complainant is asked to put it in writing. */
  | 'complainantWrites'

export type RegulationRules = {
  /** Ontvangstbevestiging. */
  acknowledgement: AnchoredTerm | null
  /** Notice that the complaint is not taken into consideration (niet in behandeling). */
  nonAdmission: AnchoredTerm | null
  nonAdmissionMotivationRequired: boolean
  decision: AnchoredTerm | null
  /** The decision must give its reasons (met redenen omkleed). */
  decisionReasoned: boolean
  /** False where the decision may also be given in a conversation. */
  decisionInWriting: boolean
  /** The decision says founded or unfounded (gegrond / ongegrond). */
  foundedVerdict: boolean
  extension: ExtensionRule
  /** The complainant's window to appeal; null when the regulation has no appeal. */
  appeal: AnchoredTerm | null
  appealDecision: AnchoredTerm | null
  /** The appeal is judged by someone not involved in the first handling. */
  appealReviewerIndependent: boolean
  /** When an external complaints officer must contact the complainant. */
  externalOfficerContact: AnchoredTerm | null
  /** The yearly report's own "handled within term"; null = the decision term. */
  reportThreshold: AnchoredTerm | null
  /** What a non-admission is measured against in the report (where the regulation has both terms). */
  reportNonAdmissionAgainst: ReportNonAdmission
  /** Complaints about events older than this are not admissible. */
  maxEventAge: Term | null
  excludedSubjects: ExcludedSubject[]
  /** Only a written complaint is official; an oral one must be put in writing first. */
  writtenOnly: boolean
  /** An oral complainant is asked to put the complaint in writing (IN FOCUS step 2, both IZW). */
  writtenConfirmationRequested: boolean
  oralIntake: OralIntake
  handling: Handling
  /**
   * Hoor en wederhoor: both sides, the complainant and the employee concerned, are heard (or
   * declined to be) before the decision (IN FOCUS Samen step 5: "alle partijen horen").
   */
  hearingRequired: boolean
  /** The decision is reached in consultation with the complainant (HSS 3.3 "in overleg met de klager"). */
  complainantConsulted: boolean
  /**
   * Anyone other than the complainant and the employee concerned is asked for information or
   * heard only after the complainant's consent is recorded (IZW: "na toestemming").
   */
  consentToConsultOthers: boolean
  escalationBodies: EscalationBody[]
  /** The internal stages a complaint moves up through, lowest first; empty: none. */
  internalStages: InternalStage[]
  holidays: HolidayRules
  requiredFields: ComplaintField[]
  complainantRoles: ComplainantRole[]
  /**
   * Beside the client's name, what is asked of the client a representative or relative complains
   * for (optional to fill in: a relative may not know a client number). Empty: the name only.
   */
  clientDetails: ClientDetail[]
  /** A closed complaint reopens when the complainant brings new information. */
  reopenOnNewInformation: boolean
  /** A dissatisfied complainant may get a new investigation or a new offer. */
  newInvestigationOnDissatisfaction: boolean
  /** For UWV clients the UWV labour expert (arbeidsdeskundige) is told of the complaint. */
  informUwvLabourExpert: boolean
  /** The directie is told of every complaint. */
  informDirectie: boolean
  /**
   * The complainant is asked how satisfied they are with the handling (both IZW regulations: "de
   * mate van tevredenheid over de afhandeling"): the closure letter carries a private link to the
   * online survey, and the yearly report gives the answers.
   */
  askSatisfaction: boolean
  /** After the decision the employee concerned hears the outcome (both IZW: "terugkoppeling"). */
  employeeFeedback: boolean
  /** After the decision the complaint is discussed in the team, anonymised (IZW Ambulant). */
  teamDiscussion: boolean
  /** The periodic review of the complaints for trends and measures. */
  reviewPeriod: ReviewPeriod
  /** The commissioning parties a complaint can be recorded under (IN FOCUS: UWV, municipalities). */
  commissioningParties: CommissioningParty[]
  /**
   * A commissioning party may see its complaints, their lead times and outcomes, without personal
   * data (IN FOCUS "Registratie van klachten": "Op verzoek van een opdrachtgever zal inzage worden
   * gegeven in de klachten, de gerealiseerde doorlooptijden en de uitkomst").
   */
  commissioningPartyInsight: boolean
  /**
   * Every client is told of the regulation at the start of the trajectory (IN FOCUS Samen: "bij
   * aanvang van het traject bij de cliënt onder de aandacht gebracht"): staff record it per client.
   */
  informClientsAtStart: boolean
  /** Within how long after the start of the trajectory; null: no term, no reminder. */
  informClientsWithin: Term | null
}

/** A regulation as shipped: its rules with what identifies it. */
export type RegulationSeed = {
  slug: string
  name: string
  organisation: string
  /** Which clients it applies to, where an organisation has one regulation per category. */
  clientCategory: string | null
  version: string | null
  /** First receipt date the regulation applies to; null when the text gives none. */
  inForceFrom: IsoDate | null
  /**
   * Whether a complaint received before `inForceFrom` falls outside the regulation (Krachtig
   * Perspectief art. 8: "van toepassing op alle klachten die na deze datum worden ingediend").
   * Otherwise the date is only that of the text's last change, and earlier complaints bind to it.
   */
  inForceStrictly: boolean
  summary: Localized
  rules: RegulationRules
}
