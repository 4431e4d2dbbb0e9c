import type { ComplaintFacts, SeedSlug } from '../../../src/procedure'

import { seedRegulations } from '../../../src/procedure'
import { openFollowUps } from '../../../src/procedure/followUp'

const rulesOf = (slug: SeedSlug) => seedRegulations[slug].rules
const TODAY = '2026-12-01'
const decided: ComplaintFacts = { receivedOn: '2026-10-01', decidedOn: '2026-11-02' }

describe('the follow-up after handling', () => {
  it('asks, under IZW Ambulant, for the feedback to the employee and the team discussion once decided', () => {
    expect(openFollowUps(rulesOf('izw-ambulant'), { receivedOn: '2026-10-01' }, TODAY)).toEqual([])
    expect(openFollowUps(rulesOf('izw-ambulant'), decided, TODAY)).toEqual([
      { kind: 'employeeFeedback' },
      { kind: 'teamDiscussion' },
    ])
    expect(
      openFollowUps(
        rulesOf('izw-ambulant'),
        { ...decided, employeeFeedbackOn: '2026-11-05', teamDiscussedOn: '2026-11-20' },
        TODAY,
      ),
    ).toEqual([])
  })

  it('asks neither where the regulation does not (HSS)', () => {
    expect(openFollowUps(rulesOf('hss'), decided, TODAY)).toEqual([])
  })

  it('lists every improvement action not done, late once its due date has passed', () => {
    const facts: ComplaintFacts = {
      receivedOn: '2026-10-01',
      improvementActions: [
        { action: 'Planning nalopen', owner: '7', dueOn: '2026-11-30', done: false },
        { action: 'Werkinstructie', owner: null, dueOn: '2026-12-01', done: false },
        { action: 'Gedaan', owner: '7', dueOn: '2026-11-01', done: true },
        { action: 'Zonder datum', owner: null, dueOn: null, done: false },
      ],
    }
    expect(openFollowUps(rulesOf('hss'), facts, TODAY)).toEqual([
      {
        kind: 'improvementAction',
        index: 0,
        action: 'Planning nalopen',
        owner: '7',
        dueOn: '2026-11-30',
        late: true,
      },
      {
        kind: 'improvementAction',
        index: 1,
        action: 'Werkinstructie',
        owner: null,
        dueOn: '2026-12-01',
        late: false,
      },
      {
        kind: 'improvementAction',
        index: 3,
        action: 'Zonder datum',
        owner: null,
        dueOn: null,
        late: false,
      },
    ])
  })
})
