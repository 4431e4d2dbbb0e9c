export type { Admissibility } from './admissibility'
export { checkCommissioningParty, commissioningPartyOf } from './commissioningParty'
export { checkAdmissibility } from './admissibility'
export type { Calendar, CalendarOptions, ClosingDay, LiberationDayRule, NamedDay } from './calendar'
export { createCalendar } from './calendar'
export type { ContextInput, ProcedureContext } from './context'
export { createContext } from './context'
export type { IsoDate } from './dates'
export { addDays, addMonths, assertIsoDate, compareDates, daysBetween, isIsoDate } from './dates'
export type { Deadline, DeadlineKind, DeadlineParty } from './deadline'
export { findDeadline } from './deadline'
export type { PendingDeadline } from './deadlines'
export {
  calendarFor,
  currentDecisionDeadline,
  deadlinesFor,
  pendingDeadlines,
  reportDeadlineFor,
} from './deadlines'
export { explainTerm } from './explain'
export { checkExtensions, extendedDecision } from './extension'
export type { ComplaintFacts, DecisionOutcome, ExtensionFact } from './facts'
export { anchorDateOf, officialDateOf } from './facts'
export { formatDate, formatTerm, joinList } from './format'
export type { Guard, GuardName } from './guards'
export { GUARD_NAMES, guards } from './guards'
export type { DutchHoliday, DutchHolidayKind } from './holidays'
export type { ConsentFact, ConsentWay, HearingFact, HearingParty, Side } from './investigation'
export {
  CONSENT_WAYS,
  consentMissing,
  consentRefusals,
  HEARING_PARTIES,
  othersHeardWithoutConsent,
  sideHeard,
  sidesNotHeard,
  sidesToHear,
} from './investigation'
export { dutchHolidays } from './holidays'
export type { ComplaintStatus, TransitionCheck, TransitionEdge } from './lifecycle'
export {
  allowedNext,
  canTransition,
  COMPLAINT_STATUSES,
  handlingPeopleRefusals,
  routeTo,
  TRANSITIONS,
  transitionEdges,
} from './lifecycle'
export type { Lang, Localized } from './localized'
export { LANGS } from './localized'
export { describeRefusal, refusalMessages } from './messages'
export type { Refusal, RefusalRule } from './refusal'
export { REFUSAL_RULES } from './refusal'
export type {
  Anchor,
  AnchoredTerm,
  CommissioningParty,
  ComplainantRole,
  ComplaintField,
  EscalationBody,
  ExcludedSubject,
  ClientDetail,
  ExtensionRule,
  Handling,
  HandlingKind,
  HolidayRules,
  OralIntake,
  RegulationRules,
  RegulationSeed,
} from './rules'
export { ANCHORS, CLIENT_DETAILS, COMPLAINANT_ROLES, COMPLAINT_FIELDS } from './rules'
export type { ClientData } from './client'
export { actsForClient, clientRefusals, ROLES_FOR_CLIENT } from './client'
export type { SeedSlug } from './seeds'
export { copySeed, SEED_SLUGS, seedRegulations } from './seeds'
export { STATUS_LABELS } from './statusLabels'
export type { AddTermOptions, Term, TermResult, TermUnit } from './terms'
export { addTerm, addTermExplained, subtractTerm, TERM_UNITS } from './terms'
export { validateRules } from './validateRules'
export { dateInAmsterdam, PROCEDURE_TIME_ZONE, todayInAmsterdam } from './zone'
export { metOn, nextDeadline, openDeadlines } from './openDeadlines'
export type { Clock, NextStep } from './nextSteps'
export { clockOf, nextSteps } from './nextSteps'
