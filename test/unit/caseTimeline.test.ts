import { timelineOf } from '../../src/casework/timeline'

import type { Deadline } from '../../src/procedure/deadline'
import type { ComplaintFacts } from '../../src/procedure/facts'

const facts = (given: Partial<ComplaintFacts>): ComplaintFacts =>
  ({ receivedOn: '2026-11-02', channel: 'written', ...given }) as ComplaintFacts

const deadline = (kind: Deadline['kind'], date: string): Deadline =>
  ({ kind, date, owedBy: 'organisation' }) as Deadline

const names: Record<string, string> = { '7': 'Bea Bos' }

describe("a case's history", () => {
  const events = timelineOf({
    complaint: {
      receivedOn: '2026-11-02',
      channel: 'phone',
      createdAt: '2026-11-02T09:15:00.000Z',
      referredOn: '2026-11-10',
      appealedOn: '2026-11-27',
      hearings: [{ date: '2026-11-12', heard: 'complainant' }],
      internalStages: [
        { stage: 'employee', on: '2026-11-05', handledBy: null },
        { stage: 'coordinator', on: '2026-11-16', handledBy: 'Petra Coördinator' },
      ],
    },
    versions: [
      { createdAt: '2026-11-02T09:15:00.000Z', version: { status: 'received', savedBy: null } },
      { createdAt: '2026-11-03T10:00:00.000Z', version: { status: 'received', savedBy: 7 } },
      { createdAt: '2026-11-04T10:00:00.000Z', version: { status: 'acknowledged', savedBy: 7 } },
    ],
    letters: [
      {
        kind: 'acknowledgement',
        status: 'sent',
        createdAt: '2026-11-02T09:15:01.000Z',
        updatedAt: '2026-11-04T09:59:00.000Z',
      },
    ],
    deadlines: [deadline('acknowledgement', '2026-11-09'), deadline('decision', '2026-12-14')],
    facts: facts({ acknowledgedOn: '2026-11-10' }),
    admissible: true,
    today: '2026-11-30',
    nameOf: (id) => names[String(id)] ?? null,
    internalStageName: (key) => `stage ${key}`,
  })
  const lines = events.map(
    (event) =>
      `${event.at} ${event.text} ${JSON.stringify(event.values)}${event.by ? ` by ${event.by}` : ''}`,
  )

  it('opens with the receipt and lists each act in order, a day without a time after that day’s moments', () => {
    expect(lines).toEqual([
      '2026-11-02 timeline.received {"channel":"phone"}',
      '2026-11-02T09:15:00.000Z timeline.created {}',
      '2026-11-02T09:15:01.000Z timeline.letterDrafted {"letter":"acknowledgement"}',
      '2026-11-04T09:59:00.000Z timeline.letterSent {"letter":"acknowledgement"}',
      '2026-11-04T10:00:00.000Z timeline.stage {"stage":"acknowledged"} by Bea Bos',
      '2026-11-05 timeline.internalStage {"internalStage":"stage employee","handledBy":""}',
      '2026-11-10 timeline.referred {}',
      '2026-11-10 timeline.late {"kind":"acknowledgement","due":"2026-11-09"}',
      '2026-11-12 timeline.hearing {"heard":"complainant","party":""}',
      '2026-11-16 timeline.internalStage {"internalStage":"stage coordinator","handledBy":"Petra Coördinator"}',
      '2026-11-27 timeline.appealed {}',
      '2026-12-14 timeline.open {"kind":"decision","due":"2026-12-14"}',
    ])
  })

  it('says whether each deadline was met in time, late, or still runs', () => {
    expect(events.filter((event) => event.kind === 'deadline').map((event) => event.state)).toEqual(
      ['late', 'open'],
    )
  })
})

describe('the satisfaction answer in the history', () => {
  const historyOf = (satisfaction: Record<string, unknown>) =>
    timelineOf({
      complaint: { receivedOn: '2026-11-02', channel: 'email', satisfaction },
      versions: [],
      letters: [],
      deadlines: [],
      facts: facts({}),
      admissible: true,
      today: '2026-11-30',
      nameOf: () => null,
      internalStageName: (key) => key,
    })
      .filter((event) => event.kind === 'act')
      .map((event) => `${event.at} ${event.text} ${JSON.stringify(event.values)}`)

  it('is there on the day it was answered, with how it came in', () => {
    expect(
      historyOf({ score: 4, handledWell: 'yes', answeredOn: '2026-11-20', via: 'online' }),
    ).toEqual(['2026-11-20 timeline.satisfactionVia {"via":"online"}'])
    expect(historyOf({ score: 2, answeredOn: '2026-11-21' })).toEqual([
      '2026-11-21 timeline.satisfaction {}',
    ])
  })

  it('is not there before it was answered', () => {
    expect(historyOf({ score: null, answeredOn: null })).toEqual([])
  })
})
