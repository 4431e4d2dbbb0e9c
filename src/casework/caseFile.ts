import type { PayloadRequest } from 'payload'

import type { CaseStep } from './caseSteps'
import type { CaseFollowUp } from './followUpLines'

import { mayUpdateComplaint } from '../access/letterAccess'
import { hasRoleOf } from '../access/roles'
import { idOf } from '../complaints/factsFromDocument'
import { procedureFor } from '../complaints/procedureFor'
import { todayInAmsterdam } from '../complaints/storedDates'
import { optionsOf } from '../pluginOptions'
import { retentionLine } from '../privacy/casePrivacy'
import { retentionRuleFor } from '../privacy/ruleInForce'
import { checkAdmissibility } from '../procedure/admissibility'
import { commissioningPartyOf } from '../procedure/commissioningParty'
import { openFollowUps } from '../procedure/followUp'
import { IN_HANDLING } from '../procedure/lifecycle'
import { clockOf } from '../procedure/nextSteps'
import { nextDeadline, openDeadlines } from '../procedure/openDeadlines'
import { STATUS_LABELS } from '../procedure/statusLabels'
import { resolveReportOptions } from '../reports/options'
import { slugsOf } from '../slugs'
import { caseText } from '../translations/casework'
import { clientLine, complainantLine } from './caseParties'
import { caseStepsOf } from './caseSteps'
import { clockText, label, wordedEvent } from './caseWords'
import { loadChoices, personLabel } from './choices'
import { followUpLines } from './followUpLines'
import { writtenDay, writtenMoment } from './formatLong'
import { investigationOf } from './investigation'
import { timelineOf } from './timeline'

import type { ComplaintStatus } from '../procedure/lifecycle'
import type { Investigation } from './investigation'
import type { CaseLanguage } from '../translations/casework'

type Stored = Record<string, any>

export type CaseLetter = {
  id: string
  kind: string
  subject: string
  status: string
  date: string
  /** A draft of a letter the complaint owes, not yet sent. */
  owed: boolean
}

export type CaseEvent = { at: string; text: string; by: string | null; state?: string }

/** Everything the case page shows, in the reader's language. */
export type CaseFile = {
  id: string
  reference: string
  regulation: string
  stage: string
  handledBy: string
  /** The party that commissioned the trajectory, by its name in the regulation; null when none. */
  commissioningParty: string | null
  /** Who complains, in what role; and the client they complain for, where they do. */
  complainant: string
  client: string | null
  deadline: {
    kind: string
    date: string
    clock: string
    explanation: string
    urgency: 'passed' | 'soon' | 'later'
  } | null
  steps: CaseStep[]
  /** Asking information, inviting, recording conversations and consent: for whoever may change the complaint while it is handled. */
  investigation: Investigation | null
  letters: CaseLetter[]
  timeline: CaseEvent[]
  updatedAt: string
  /** How long the file is kept, and whether it was anonymised: for directie and admin only. */
  privacy: { retention: string; anonymised: boolean } | null
  /** What is still to be done after the handling: feedback, team discussion, improvement actions. */
  followUp: CaseFollowUp[]
}

/** A colleague by name, from those already known or read once. */
const personNamed = async (
  req: PayloadRequest,
  value: unknown,
  names: Map<string, string>,
): Promise<string | null> => {
  const id = idOf(value)
  if (!id) return null
  if (names.has(id)) return names.get(id) ?? null
  const person = await req.payload.findByID({
    collection: optionsOf(req).userCollection as never,
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  return person ? personLabel(person as Stored as never) || null : null
}

/**
 * The case page of one complaint, read as the person asking (their access applies): header,
 * next steps from the same guards the save applies, its letters, and its history.
 */
export const loadCaseFile = async (
  req: PayloadRequest,
  id: string | number,
  lang: CaseLanguage,
): Promise<CaseFile | null> => {
  const slugs = slugsOf(req)
  const complaint = (await req.payload.findByID({
    collection: slugs.complaints,
    id,
    depth: 0,
    req,
    overrideAccess: false,
    disableErrors: true,
  })) as Stored | null
  if (!complaint) return null
  const procedure = await procedureFor(req, complaint)
  if (!procedure) return null
  const { context, facts, rules, regulation } = procedure
  const today = todayInAmsterdam()
  const [lettersFound, versionsFound, choices] = await Promise.all([
    req.payload.find({
      collection: slugs.letters,
      where: { complaint: { equals: complaint.id } },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
      req,
      overrideAccess: false,
    }),
    req.payload.findVersions({
      collection: slugs.complaints,
      where: { parent: { equals: complaint.id } },
      sort: 'createdAt',
      depth: 0,
      limit: 1000,
      req,
      overrideAccess: true,
    }),
    loadChoices(req),
  ])
  const letters = lettersFound.docs as Stored[]
  const names = new Map(choices.people.map((person) => [person.value, person.label]))
  const savers = new Set(versionsFound.docs.map((each) => idOf((each.version as Stored).savedBy)))
  for (const saverId of savers) {
    if (!saverId || names.has(saverId)) continue
    const person = await req.payload.findByID({
      collection: optionsOf(req).userCollection as never,
      id: saverId,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    if (person) names.set(saverId, personLabel(person as Stored as never))
  }
  const nameOf = (value: unknown) => names.get(idOf(value) ?? '') ?? null
  const admissible = checkAdmissibility(rules, facts, context.calendar).admissible
  const next = nextDeadline(openDeadlines(context.deadlines, facts, admissible))
  const dueSoon = resolveReportOptions(optionsOf(req).reports).dueSoonWorkingDays
  const status = complaint.status as ComplaintStatus

  // An anonymised file takes no further step: every save of it is refused.
  const steps = complaint.anonymisedOn
    ? []
    : await caseStepsOf(req, complaint, context, letters, choices, lang)

  const investigation =
    !complaint.anonymisedOn &&
    IN_HANDLING.has(status) &&
    (await mayUpdateComplaint(hasRoleOf, req, complaint.id, slugs.complaints))
      ? investigationOf({
          complaint,
          rules,
          facts,
          today,
          employee: await personNamed(req, complaint.subjectEmployee, names),
          handlers: facts.committee?.length
            ? facts.committee.map((member) => names.get(member) ?? '').filter(Boolean)
            : [nameOf(complaint.handler)].filter((name): name is string => Boolean(name)),
          lang,
        })
      : null

  const privacy = hasRoleOf(req, 'admin', 'directie')
    ? {
        retention: retentionLine(complaint, await retentionRuleFor(req.payload, regulation), lang),
        anonymised: Boolean(complaint.anonymisedOn),
      }
    : null

  return {
    id: String(complaint.id),
    reference: complaint.reference ?? String(complaint.id),
    regulation: [
      regulation.name,
      regulation.version ? caseText(lang, 'case.version', { version: regulation.version }) : null,
    ]
      .filter(Boolean)
      .join(', '),
    stage: STATUS_LABELS[lang][status] ?? status,
    complainant: complainantLine(complaint, lang),
    client: clientLine(complaint, lang),
    handledBy:
      rules.handling.kind === 'directie' && !complaint.handler
        ? caseText(lang, 'case.directie')
        : (nameOf(complaint.handler) ??
          (complaint.committee
            ? choices.committees.find((each) => each.value === idOf(complaint.committee))?.label
            : null) ??
          caseText(lang, 'case.nobody')),
    commissioningParty: complaint.commissioningParty
      ? (commissioningPartyOf(rules, complaint.commissioningParty)?.name ??
        complaint.commissioningParty)
      : null,
    deadline: next
      ? (() => {
          const clock = clockOf(next, today, context)
          return {
            kind: label(`deadline.${next.kind}`, lang),
            date: writtenDay(next.date, lang),
            clock: clockText(clock, lang),
            explanation: next.explanation[lang],
            urgency:
              clock.daysLate > 0
                ? ('passed' as const)
                : (clock.workingDaysLeft ?? 0) <= dueSoon
                  ? ('soon' as const)
                  : ('later' as const),
          }
        })()
      : null,
    steps,
    investigation,
    privacy,
    followUp: followUpLines(openFollowUps(rules, facts, today), nameOf, lang),
    letters: letters.map((letter) => ({
      id: String(letter.id),
      kind: label(`letterKind.${letter.kind}`, lang),
      subject: letter.subject ?? '',
      status: label(`letterStatus.${letter.status}`, lang),
      date: writtenMoment(letter.status === 'sent' ? letter.updatedAt : letter.createdAt, lang),
      owed: letter.status === 'draft' || letter.status === 'failed',
    })),
    timeline: timelineOf({
      complaint,
      versions: versionsFound.docs.map((each) => ({
        createdAt: String(each.createdAt),
        version: each.version as Stored,
      })),
      letters,
      deadlines: context.deadlines,
      facts,
      admissible,
      today,
      nameOf,
      internalStageName: (key) =>
        rules.internalStages.find((stage) => stage.key === key)?.label[lang] || key,
    }).map((event) => wordedEvent(event, lang)),
    updatedAt: String(complaint.updatedAt),
  }
}

export type { CaseStep }
