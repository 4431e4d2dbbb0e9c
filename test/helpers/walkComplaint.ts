import { richTextOf } from '../../src/complaints/richText'
import { withRequiredData } from './complaints'

import type { Payload } from 'payload'
import type { SeedSlug } from '../../src/procedure/seeds'

/** One save of the complaint: a status change with the facts its guards ask for, or facts alone. */
export type Step = Record<string, unknown>

export const acknowledge = (on: string): Step => ({ status: 'acknowledged', acknowledgedOn: on })

export const start = (people: { handler?: number; committee?: number } = {}): Step => ({
  status: 'inProgress',
  ...(people.handler ? { handler: people.handler } : {}),
  ...(people.committee ? { committee: people.committee } : {}),
})

/** A decision with reasons, an outcome and (for regulations that require it) a hearing before it. */
export const decide = (
  on: string,
  outcome: 'founded' | 'partlyFounded' | 'unfounded',
  hearingOn?: string,
): Step => ({
  status: 'decided',
  decidedOn: on,
  outcome,
  reasoning: richTextOf('Beide kanten zijn gehoord en de afspraken zijn nagekeken.'),
  ...(hearingOn
    ? {
        hearings: [
          {
            date: hearingOn,
            heard: 'complainantAndEmployee',
            party: 'klager en medewerker',
            summary: 'Beide partijen gehoord.',
          },
        ],
      }
    : {}),
})

export const notAdmit = (on: string): Step => ({
  status: 'notAdmitted',
  nonAdmittedOn: on,
  nonAdmissionMotivation: 'De klacht valt buiten de regeling.',
})

export const withdraw = (on: string): Step => ({ status: 'withdrawn', withdrawnOn: on })

export const resolve = (on: string): Step => ({ status: 'resolvedInformally', resolvedOn: on })

export const extend = (extension: {
  kind: 'fixed' | 'agreed'
  announcedOn: string
  newDate?: string
  reason: string
}): Step => ({
  status: 'extended',
  extensions: [extension],
})

export const close = (on: string, score?: number): Step => ({
  status: 'closed',
  closedOn: on,
  ...(score ? { satisfaction: { score } } : {}),
})

/** Creates a complaint under a seed regulation and saves each step in turn, as staff would. */
export const walkComplaint = async (
  payload: Payload,
  regulation: number,
  created: Record<string, unknown>,
  ...steps: Step[]
): Promise<{ id: number; reference: string; deadlines: Record<string, unknown> }> => {
  const complaint = await payload.create({
    collection: 'complaints',
    depth: 0,
    data: withRequiredData({
      regulation,
      channel: 'email',
      description: 'De begeleider kwam niet op de afgesproken tijd.',
      ...created,
    }) as never,
  })
  let current = complaint as unknown as {
    id: number
    reference: string
    deadlines: Record<string, unknown>
  }
  for (const step of steps) {
    current = (await payload.update({
      collection: 'complaints',
      id: complaint.id,
      depth: 0,
      data: step as never,
    })) as unknown as typeof current
  }
  return current
}

export type SeedRegulationIds = Record<SeedSlug, number>
