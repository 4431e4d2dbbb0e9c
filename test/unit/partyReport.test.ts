import { createCalendar } from '../../src/procedure/calendar'
import { checkCommissioningParty } from '../../src/procedure/commissioningParty'
import { describeRefusal } from '../../src/procedure/messages'
import { median, partyFigures } from '../../src/reports/partyFigures'
import { isPartyRefusal, partyQueryOf } from '../../src/reports/partyParams'

import type { PartyFacts } from '../../src/reports/partyFigures'

const calendar = createCalendar()
const open: PartyFacts = {
  regulationId: 1,
  receivedOn: '2026-03-02',
  decidedOn: null,
  status: 'inProgress',
  outcome: null,
  notAdmitted: false,
  withdrawn: false,
  resolved: false,
  withinTerm: false,
  late: false,
}
const decided = (receivedOn: string, decidedOn: string, outcome: string, late = false) => ({
  ...open,
  receivedOn,
  decidedOn,
  status: 'decided',
  outcome,
  withinTerm: !late,
  late,
})

describe('the median of the lead times', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[7], 7],
    [[9, 3, 5], 5],
    // An even count takes the mean of the two middle values, as percentile_cont does.
    [[10, 3, 5, 20], 7.5],
  ])('of %j is %s', (values, expected) => expect(median(values)).toBe(expected))
})

describe("a commissioning party's figures", () => {
  const complaints: PartyFacts[] = [
    // Fri 24 Apr 2026 to Fri 1 May: 7 calendar days, 4 working days (Koningsdag Mon 27 Apr).
    decided('2026-04-24', '2026-05-01', 'founded'),
    decided('2026-01-05', '2026-02-16', 'unfounded', true),
    decided('2026-01-12', '2026-01-26', 'partlyFounded'),
    {
      ...open,
      receivedOn: '2026-02-02',
      status: 'notAdmitted',
      notAdmitted: true,
      withinTerm: true,
    },
    { ...open, receivedOn: '2026-02-09', status: 'withdrawn', withdrawn: true, withinTerm: true },
    { ...open, receivedOn: '2026-03-02', late: true },
    open,
  ]
  const { figures, lines } = partyFigures(complaints, () => calendar)

  it('counts each way a complaint ended, and the outcomes of the decided ones', () => {
    expect(figures).toMatchObject({
      received: 7,
      notAdmitted: 1,
      decided: { total: 3, founded: 1, partlyFounded: 1, unfounded: 1, withoutOutcome: 0 },
      withdrawn: 1,
      resolvedInformally: 0,
      open: 2,
      term: { yes: 4, no: 2, running: 1 },
    })
  })

  it('gives the median and the longest lead time in calendar and in working days', () => {
    // Calendar days 7, 42, 14; working days 4, 30, 10.
    expect(figures.leadTime).toEqual({
      decided: 3,
      calendarDays: { median: 14, longest: 42 },
      workingDays: { median: 10, longest: 30 },
    })
  })

  it("counts working days on the calendar of the complaint's own regulation", () => {
    const closedOnFriday = createCalendar({ closedOn: ['2026-05-01'] })
    const { lines: own } = partyFigures([complaints[0]!], () => closedOnFriday)
    expect(own[0]!.leadTime).toEqual({ calendarDays: 7, workingDays: 3 })
  })

  it('gives per complaint only the month, stage, outcome, lead time and term, ordered by them', () => {
    expect(lines.map((line) => Object.keys(line).sort())).toEqual(
      lines.map(() => ['leadTime', 'month', 'outcome', 'stage', 'withinTerm']),
    )
    expect(lines.map((line) => [line.month, line.stage, line.withinTerm])).toEqual([
      // Same month and stage: by outcome, partly founded before unfounded.
      ['2026-01', 'decided', 'yes'],
      ['2026-01', 'decided', 'no'],
      ['2026-02', 'notAdmitted', 'yes'],
      ['2026-02', 'withdrawn', 'yes'],
      ['2026-03', 'inProgress', 'no'],
      ['2026-03', 'inProgress', 'running'],
      ['2026-04', 'decided', 'yes'],
    ])
  })

  it('has no lead time while nothing is decided', () => {
    expect(partyFigures([open], () => calendar).figures.leadTime).toEqual({
      decided: 0,
      calendarDays: null,
      workingDays: null,
    })
  })
})

describe("a complaint's commissioning party", () => {
  const rules = { commissioningParties: [{ key: 'uwv', name: 'UWV' }] }

  it.each([null, '', 'uwv'])('accepts %j', (key) =>
    expect(checkCommissioningParty(rules, key)).toEqual([]),
  )

  it('refuses a party not on the list, naming the list in Dutch and English', () => {
    const [refusal] = checkCommissioningParty(rules, 'UWV Utrecht')
    expect(refusal).toMatchObject({
      rule: 'commissioningPartyUnknown',
      field: 'commissioningParty',
    })
    expect(describeRefusal(refusal!, 'nl')).toBe(
      '"UWV Utrecht" is geen opdrachtgever van deze regeling; kies er een uit de lijst van de regeling: UWV (uwv).',
    )
    expect(describeRefusal(refusal!, 'en')).toBe(
      '"UWV Utrecht" is not a commissioning party of this regulation; choose one from the regulation\'s list: UWV (uwv).',
    )
  })

  it('refuses any party where the regulation has none', () => {
    expect(checkCommissioningParty({ commissioningParties: [] }, 'uwv')).toEqual([
      { rule: 'commissioningPartyNone', field: 'commissioningParty', params: { value: 'uwv' } },
    ])
  })
})

describe("the parameters of a party's report", () => {
  const read = (query: string) => (name: string) =>
    new URLSearchParams(query).get(name) ?? undefined
  const parsed = (query: string) => partyQueryOf(read(query), '2026-06-15')

  it('takes the whole year when no period is given, and this year when no year is', () => {
    expect(parsed('regulation=in-focus-samen&party=uwv')).toEqual({
      regulation: 'in-focus-samen',
      party: 'uwv',
      year: 2026,
      days: { first: '2026-01-01', last: '2026-12-31' },
    })
    expect(
      parsed('regulation=hss&party=uwv&year=2025&from=2025-04-01&to=2025-06-30'),
    ).toMatchObject({ year: 2025, days: { first: '2025-04-01', last: '2025-06-30' } })
  })

  it.each([
    ['party=uwv', 'regulation', 'party.missing.regulation'],
    ['regulation=IN FOCUS&party=uwv', 'regulation', 'party.bad.regulation'],
    ['regulation=hss', 'party', 'party.missing.party'],
    ['regulation=hss&party=uwv&year=twintig', 'year', 'party.bad.year'],
    ['regulation=hss&party=uwv&year=2026&from=2025-12-01', 'from', 'party.bad.from'],
    ['regulation=hss&party=uwv&year=2026&to=2026-02-30', 'to', 'party.bad.to'],
    ['regulation=hss&party=uwv&year=2026&from=2026-05-01&to=2026-04-01', 'to', 'party.bad.order'],
  ])('refuses %s, naming %s', (query, parameter, key) => {
    const refusal = parsed(query)
    expect(isPartyRefusal(refusal)).toBe(true)
    expect(refusal).toMatchObject({ status: 400, parameter, key })
  })
})
