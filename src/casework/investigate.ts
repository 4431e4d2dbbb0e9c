import { Forbidden } from 'payload'

import type { Endpoint, PayloadRequest } from 'payload'

import { idOf } from '../complaints/factsFromDocument'
import { procedureFor } from '../complaints/procedureFor'
import { refusalError } from '../complaints/refusalError'
import { isoDateOf, todayInAmsterdam } from '../complaints/storedDates'
import { TIME_OF_DAY } from '../complaints/timeOfDay'
import { inTransaction } from '../database/transaction'
import { draftLetter } from '../letters/draftLetter'
import { isIsoDate } from '../procedure/dates'
import { IN_HANDLING } from '../procedure/lifecycle'
import { optionsOf } from '../pluginOptions'
import { asSlug, slugsOf } from '../slugs'
import { personLabel } from './choices'
import { INVESTIGATION_ACTIONS } from './investigation'

import type { AnyRefusal } from '../complaints/refusalError'
import type { LetterAddressee } from '../letters/draftLetter'
import type { Addressee } from '../letters/kinds'
import type { ComplaintStatus } from '../procedure/lifecycle'
import type { InvestigationActionName } from './investigation'

type Stored = Record<string, any>
type Values = Record<string, unknown>
type Procedure = NonNullable<Awaited<ReturnType<typeof procedureFor>>>
type Request = { action?: string; values?: Values; updatedAt?: string }

/** Stops the action with the refusals, each naming its field, in the person's language. */
class Refused extends Error {
  constructor(readonly refusals: AnyRefusal[]) {
    super('refused')
  }
}

const given = (values: Values, name: string): string =>
  typeof values[name] === 'string' ? (values[name] as string).trim() : ''

const refuseUnless = (refusals: AnyRefusal[]) => {
  if (refusals.length > 0) throw new Refused(refusals)
}

const requireValues = (values: Values, names: string[]) =>
  refuseUnless(
    names
      .filter((name) => !given(values, name))
      .map((name) => ({ rule: 'valueRequired', field: name })),
  )

const languageOfValue = (value: string): 'nl' | 'en' => (value === 'en' ? 'en' : 'nl')

/** The employee the complaint is about, by name and e-mail; a refusal when it names none. */
const employeeOf = async (req: PayloadRequest, complaint: Stored): Promise<LetterAddressee> => {
  const id = idOf(complaint.subjectEmployee)
  const person = id
    ? ((await req.payload.findByID({
        collection: asSlug(optionsOf(req).userCollection),
        id,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
      })) as Stored | null)
    : null
  if (!person) throw new Refused([{ rule: 'noEmployeeConcerned', field: 'subjectEmployee' }])
  return {
    to: 'employee',
    name: personLabel(person as never),
    email: (person.email as string | undefined) ?? null,
    address: null,
    lang: 'nl',
  }
}

/** Whom the letter goes to: the complainant as recorded, the employee concerned, or the person named. */
const addresseeOf = async (
  req: PayloadRequest,
  complaint: Stored,
  to: Addressee,
  values: Values,
): Promise<LetterAddressee> => {
  if (to === 'employee') return employeeOf(req, complaint)
  if (to === 'other') {
    requireValues(values, ['name'])
    if (!given(values, 'email') && !given(values, 'address'))
      throw new Refused([{ rule: 'addresseeUnreachable', field: 'email' }])
    return {
      to: 'other',
      name: given(values, 'name'),
      email: given(values, 'email') || null,
      address: given(values, 'address') || null,
      lang: languageOfValue(given(values, 'language')),
    }
  }
  return {
    to: 'complainant',
    name: complaint.complainant?.name ?? '',
    email: complaint.complainant?.email ?? null,
    address: null,
    lang: complaint.complainant?.language === 'en' ? 'en' : 'nl',
  }
}

const draftFor = (
  req: PayloadRequest,
  complaint: Stored,
  procedure: Procedure,
  kind: 'informationRequest' | 'invitation',
  addressee: LetterAddressee,
  extra: { hearing?: Stored; request?: { questions: string; answerBy: string | null } },
) =>
  draftLetter(req, {
    complaint,
    regulation: procedure.regulation,
    rules: procedure.rules,
    deadlines: procedure.context.deadlines,
    kind,
    addressee,
    ...extra,
    asPerson: true,
  })

const save = (req: PayloadRequest, id: string, data: Stored, updatedAt?: string) =>
  req.payload.update({
    collection: slugsOf(req).complaints,
    id,
    data: { ...data, ...(updatedAt ? { updatedAt } : {}) } as never,
    depth: 0,
    req,
    overrideAccess: false,
  }) as Promise<Stored>

type Action = (input: {
  req: PayloadRequest
  complaint: Stored
  procedure: Procedure
  values: Values
  updatedAt?: string
}) => Promise<{ letters: (string | number)[] }>

/** Krachtig Perspectief 4.3 "aanvullende informatie opvragen": a draft letter to whom it asks. */
const requestInformation: Action = async ({ req, complaint, procedure, values }) => {
  requireValues(values, ['to', 'questions'])
  const answerBy = given(values, 'answerBy')
  if (answerBy && !isIsoDate(answerBy))
    throw new Refused([{ rule: 'dateNotWritten', field: 'answerBy', params: { value: answerBy } }])
  const to = given(values, 'to') as Addressee
  const addressee = await addresseeOf(req, complaint, to, values)
  const letter = await draftFor(req, complaint, procedure, 'informationRequest', addressee, {
    request: { questions: given(values, 'questions'), answerBy: answerBy || null },
  })
  return { letters: [letter.id] }
}

const INVITED: Record<string, Addressee[]> = {
  complainant: ['complainant'],
  employee: ['employee'],
  complainantAndEmployee: ['complainant', 'employee'],
  other: ['other'],
}

/**
 * An invitation to a conversation: the conversation joins the hearings, planned with its day,
 * time, place and who attend (the complaint's own hooks check it, as any save), and each person
 * invited gets a draft invitation.
 */
const invite: Action = async ({ req, complaint, procedure, values, updatedAt }) => {
  requireValues(values, ['to', 'date', 'time', 'place'])
  const heard = given(values, 'to')
  const invited = INVITED[heard]
  if (!invited) throw new Refused([{ rule: 'valueRequired', field: 'to' }])
  const date = given(values, 'date')
  const time = given(values, 'time')
  if (!isIsoDate(date))
    throw new Refused([{ rule: 'dateNotWritten', field: 'date', params: { value: date } }])
  if (date < todayInAmsterdam())
    throw new Refused([{ rule: 'invitationInPast', field: 'date', params: { date } }])
  if (!TIME_OF_DAY.test(time))
    throw new Refused([{ rule: 'timeFormat', field: 'time', params: { value: time } }])
  const addressees = await Promise.all(invited.map((to) => addresseeOf(req, complaint, to, values)))
  const row = {
    date,
    time,
    place: given(values, 'place'),
    attendees: given(values, 'attendees') || null,
    heard,
    party: heard === 'other' ? given(values, 'name') : null,
  }
  const saved = await save(
    req,
    String(complaint.id),
    { hearings: [...((complaint.hearings as Stored[] | undefined) ?? []), row] },
    updatedAt,
  )
  const hearing = (saved.hearings as Stored[]).at(-1)
  const letters = []
  for (const addressee of addressees)
    letters.push((await draftFor(req, saved, procedure, 'invitation', addressee, { hearing })).id)
  return { letters }
}

/** The conversation held (or declined): a planned one completed, or a new one added. */
const recordHearing: Action = async ({ req, complaint, values, updatedAt }) => {
  const rows = (complaint.hearings as Stored[] | undefined) ?? []
  const rowId = given(values, 'row')
  const planned = rowId ? rows.find((row) => String(row.id) === rowId) : undefined
  if (rowId && !planned) throw new Refused([{ rule: 'hearingUnknown', field: 'row' }])
  const waived = values.waived === true || values.waived === 'true'
  const date = given(values, 'date') || (waived ? '' : (isoDateOf(planned?.date) ?? ''))
  if (!date && !waived) throw new Refused([{ rule: 'valueRequired', field: 'date' }])
  if (date && !isIsoDate(date))
    throw new Refused([{ rule: 'dateNotWritten', field: 'date', params: { value: date } }])
  if (date && date > todayInAmsterdam())
    throw new Refused([{ rule: 'dateInFuture', field: 'date', params: { date } }])
  const heard = given(values, 'heard') || planned?.heard
  if (!heard) throw new Refused([{ rule: 'valueRequired', field: 'heard' }])
  const row = {
    ...planned,
    date: date || null,
    heard,
    party: given(values, 'party') || planned?.party || null,
    summary: given(values, 'summary') || planned?.summary || null,
    waived,
  }
  const hearings = planned ? rows.map((each) => (each === planned ? row : each)) : [...rows, row]
  await save(req, String(complaint.id), { hearings }, updatedAt)
  return { letters: [] }
}

/** IZW "na toestemming": when, how and for what the complainant agreed that others be consulted. */
const recordConsent: Action = async ({ req, complaint, values, updatedAt }) => {
  requireValues(values, ['givenOn', 'how', 'scope'])
  await save(
    req,
    String(complaint.id),
    {
      consent: {
        givenOn: given(values, 'givenOn'),
        how: given(values, 'how'),
        scope: given(values, 'scope'),
      },
    },
    updatedAt,
  )
  return { letters: [] }
}

/**
 * Both IZW: "Mocht dit gesprek niet tot een bevredigende uitkomst leiden, dan kan de klant zich tot
 * de coördinator of leidinggevende wenden": the complaint moves up to the stage chosen, from the
 * day given; the complaint's hooks check that it is a higher stage of the regulation's own.
 */
const escalateInternally: Action = async ({ req, complaint, values, updatedAt }) => {
  requireValues(values, ['stage', 'on'])
  const on = given(values, 'on')
  if (!isIsoDate(on))
    throw new Refused([{ rule: 'dateNotWritten', field: 'on', params: { value: on } }])
  if (on > todayInAmsterdam())
    throw new Refused([{ rule: 'dateInFuture', field: 'on', params: { date: on } }])
  const row = { stage: given(values, 'stage'), on, handledBy: given(values, 'handledBy') || null }
  const rows = (complaint.internalStages as Stored[] | undefined) ?? []
  await save(req, String(complaint.id), { internalStages: [...rows, row] }, updatedAt)
  return { letters: [] }
}

const ACTIONS: Record<InvestigationActionName, Action> = {
  requestInformation,
  invite,
  recordHearing,
  recordConsent,
  escalateInternally,
}

/**
 * POST /api/<complaints>/:id/investigate: one action of the case page's investigation, as the
 * person (their access applies), in one transaction: a request for information or an invitation
 * drafts its letters; a conversation or the complainant's consent is recorded. Every save goes
 * through the collections' hooks, which refuse what the regulation does not allow (a letter to
 * someone else before the complainant's consent, under IZW).
 */
const investigate = async (req: PayloadRequest): Promise<Response> => {
  if (!req.user) throw new Forbidden(req.t)
  const collection = slugsOf(req).complaints
  const id = String(req.routeParams?.id ?? '')
  const body = ((await req.json?.().catch(() => null)) ?? {}) as Request
  const name = body.action as InvestigationActionName
  try {
    if (!(INVESTIGATION_ACTIONS as readonly string[]).includes(name))
      throw new Refused([{ rule: 'investigationUnknown', field: 'action' }])
    const result = await inTransaction(req, async () => {
      const complaint = (await req.payload.findByID({
        collection,
        id,
        depth: 0,
        req,
        overrideAccess: false,
      })) as unknown as Stored
      // A file no longer handled (decided, closed, anonymised) is not investigated any more.
      if (complaint.anonymisedOn || !IN_HANDLING.has(complaint.status as ComplaintStatus))
        throw new Refused([{ rule: 'notInHandling', field: 'status' }])
      const procedure = await procedureFor(req, complaint)
      if (!procedure) throw new Forbidden(req.t)
      return ACTIONS[name]({
        req,
        complaint,
        procedure,
        values: body.values ?? {},
        updatedAt: body.updatedAt,
      })
    })
    return Response.json(result, { status: 201 })
  } catch (error) {
    if (error instanceof Refused) throw refusalError(collection, error.refusals, req)
    throw error
  }
}

export const investigateEndpoint: Endpoint = {
  path: '/:id/investigate',
  method: 'post',
  handler: investigate,
}
