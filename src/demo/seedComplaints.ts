import type { Payload } from 'payload'

import { rulesFromDocument } from '../complaints/rulesFromDocument'
import { MEETS } from '../letters/kinds'
import { addDays } from '../procedure/dates'
import { COMPLAINT_STATUSES, IN_HANDLING } from '../procedure/lifecycle'
import { pathTo } from './scenario'

import type { IsoDate } from '../procedure/dates'
import type { ComplaintStatus } from '../procedure/lifecycle'
import type { SeedSlug } from '../procedure/seeds'
import type { DemoPeople } from './scenario'

type SeedArgs = {
  regulations: Record<SeedSlug, number>
  today: IsoDate
  people: DemoPeople
  /** The regulation whose complaints are handled by the demo committee. */
  committeeFor: SeedSlug
}

/** Complaints still running are recent (some past their deadline); finished ones spread over 2025-2026. */
const receiptDate = (status: string, index: number, today: IsoDate, span: number): IsoDate =>
  IN_HANDLING.has(status as ComplaintStatus)
    ? addDays(today, -(4 + span + ((index * 11) % 60)))
    : addDays('2025-01-06', (index * 37) % 600)

const datesIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? /^\d{4}-\d\d-\d\d$/.test(value)
      ? [value]
      : []
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(datesIn)
      : []

/** How many days after receipt the last act of the path falls: acts are never recorded in the future. */
const spanOf = (path: { data: (receivedOn: string) => Record<string, unknown> }[]): number => {
  const dates = path.flatMap((step) => datesIn(step.data('2000-01-01')))
  return dates.length === 0
    ? 0
    : Math.round((Date.parse(dates.sort().pop()!) - Date.parse('2000-01-01')) / 86_400_000)
}

const complainants = [
  'J. de Vries',
  'A. Jansen',
  'M. Bakker',
  'S. Visser',
  'K. Smit',
  'L. Meijer',
  'R. de Boer',
  'T. Mulder',
]

/** The day a demo letter went out: the day of the act it records, or for others the day of the step that owed it. */
const SENT_WITH: Record<string, (complaint: Record<string, any>) => string | null | undefined> = {
  ...Object.fromEntries(
    Object.entries(MEETS).map(([kind, field]) => [
      kind,
      (complaint: Record<string, any>) => complaint[field as string],
    ]),
  ),
  extension: (complaint) => complaint.extensions?.[0]?.announcedOn,
  appealAcknowledgement: (complaint) => complaint.appealedOn,
  satisfactionSurvey: (complaint) => complaint.closedOn,
}

/** The demo's history: letters for acts already done are sent, the rest stay drafts for staff. */
const markLettersSent = async (payload: Payload, complaintId: number) => {
  const complaint = await payload.findByID({ collection: 'complaints', id: complaintId, depth: 0 })
  const { docs } = await payload.find({
    collection: 'letters',
    where: { complaint: { equals: complaintId } },
    depth: 0,
    pagination: false,
  })
  for (const letter of docs) {
    const sentOn = SENT_WITH[letter.kind]?.(complaint as unknown as Record<string, any>)
    if (sentOn)
      await payload.update({
        collection: 'letters',
        id: letter.id,
        depth: 0,
        data: { status: 'sent', sentOn },
      })
  }
}

/** Every state of the procedure, for every regulation that has a way there. */
export const seedComplaints = async (
  payload: Payload,
  { regulations, today, people, committeeFor }: SeedArgs,
): Promise<number> => {
  let index = 0
  for (const [slug, id] of Object.entries(regulations) as [SeedSlug, number][]) {
    const regulation = await payload.findByID({ collection: 'regulations', id, depth: 0 })
    const rules = rulesFromDocument(regulation.rules ?? {})
    const withCommittee = {
      ...people,
      committee: slug === committeeFor ? people.committee : undefined,
    }
    for (const status of COMPLAINT_STATUSES) {
      const path = pathTo(status, rules, withCommittee)
      if (!path) continue
      index += 1
      const receivedOn = receiptDate(status, index, today, spanOf(path))
      const complaint = await payload.create({
        collection: 'complaints',
        depth: 0,
        data: {
          regulation: id,
          receivedOn,
          eventsOn: addDays(receivedOn, -7),
          channel: status === 'awaitingWrittenConfirmation' ? 'phone' : 'webForm',
          subject: 'Afspraak niet nagekomen',
          description: 'De begeleider kwam twee keer niet op de afgesproken tijd en belde niet af.',
          desiredSolution: 'Excuses en een vaste begeleider.',
          complainant: {
            name: complainants[index % complainants.length],
            email: `klager${index}@example.com`,
            phone: '0612345678',
            address: 'Dorpsstraat 1',
            city: 'Utrecht',
            role: 'client',
          },
        } as never,
      })
      for (const { status: next, data } of path) {
        await payload.update({
          collection: 'complaints',
          id: complaint.id,
          depth: 0,
          data: { ...data(receivedOn), status: next } as never,
        })
      }
      await markLettersSent(payload, complaint.id)
    }
  }
  return index
}
