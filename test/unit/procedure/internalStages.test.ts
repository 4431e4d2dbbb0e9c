import type { ComplaintFacts, SeedSlug } from '../../../src/procedure'

import { describeRefusal, seedRegulations } from '../../../src/procedure'
import {
  checkInternalStages,
  currentInternalStage,
  higherInternalStages,
} from '../../../src/procedure/internalStages'

const rulesOf = (slug: SeedSlug) => seedRegulations[slug].rules
const received = { receivedOn: '2026-11-02' }
const facts = (...rows: [string, string | null][]): ComplaintFacts => ({
  ...received,
  internalStages: rows.map(([stage, on]) => ({ stage, on })),
})
const rulesBroken = (slug: SeedSlug, given: ComplaintFacts) =>
  checkInternalStages(rulesOf(slug), given).map((refusal) => refusal.rule)

describe('the internal stages of both IZW regulations', () => {
  it.each(['izw-ambulant', 'izw-arbeidscoaching'] as const)(
    '%s: the employee concerned, then the coordinator or manager, then directie',
    (slug) => {
      expect(rulesOf(slug).internalStages.map((stage) => stage.key)).toEqual([
        'employee',
        'coordinator',
        'directie',
      ])
    },
  )

  it.each(['hss', 'in-focus-samen', 'krachtig-perspectief'] as const)('%s has none', (slug) => {
    expect(rulesOf(slug).internalStages).toEqual([])
  })
})

describe('moving up the internal stages', () => {
  it.each<[string, ComplaintFacts, string[]]>([
    ['no stage recorded', facts(), []],
    ['the first stage on the day of receipt', facts(['employee', '2026-11-02']), []],
    ['up one stage', facts(['employee', '2026-11-02'], ['coordinator', '2026-11-09']), []],
    ['straight to directie', facts(['directie', '2026-11-03']), []],
    ['up two stages on one day', facts(['employee', '2026-11-04'], ['directie', '2026-11-04']), []],
    ['a stage the regulation lacks', facts(['ombudsman', '2026-11-03']), ['internalStageUnknown']],
    ['no date', facts(['employee', null]), ['internalStageDateMissing']],
    [
      'down again',
      facts(['coordinator', '2026-11-03'], ['employee', '2026-11-05']),
      ['internalStageNotHigher'],
    ],
    [
      'the same stage twice',
      facts(['employee', '2026-11-03'], ['employee', '2026-11-05']),
      ['internalStageNotHigher'],
    ],
    [
      'before the previous stage',
      facts(['employee', '2026-11-10'], ['coordinator', '2026-11-05']),
      ['internalStageBeforePrevious'],
    ],
    ['before the receipt', facts(['employee', '2026-10-30']), ['internalStageBeforeReceipt']],
  ])('%s', (_name, given, rules) => {
    expect(rulesBroken('izw-ambulant', given)).toEqual(rules)
  })

  it('is refused under a regulation without internal stages', () => {
    expect(rulesBroken('hss', facts(['employee', '2026-11-03']))).toEqual([
      'internalStagesNotProvided',
    ])
  })

  it('names the stages in the reader’s language', () => {
    const [refusal] = checkInternalStages(
      rulesOf('izw-ambulant'),
      facts(['coordinator', '2026-11-03'], ['employee', '2026-11-05']),
    )
    expect(describeRefusal(refusal!, 'nl')).toBe(
      'Een klacht gaat alleen een fase omhoog: Gesprek met de betrokken medewerker komt niet na Coördinator of leidinggevende.',
    )
    expect(describeRefusal(refusal!, 'en')).toBe(
      'A complaint only moves up a stage: Conversation with the employee concerned does not come after Coordinator or manager.',
    )
  })

  it('knows the stage reached last and those still above it', () => {
    const rules = rulesOf('izw-ambulant')
    const atCoordinator = facts(['employee', '2026-11-02'], ['coordinator', '2026-11-09'])
    expect(currentInternalStage(rules, atCoordinator)?.key).toBe('coordinator')
    expect(higherInternalStages(rules, atCoordinator).map((stage) => stage.key)).toEqual([
      'directie',
    ])
    expect(currentInternalStage(rules, facts())).toBeNull()
    expect(higherInternalStages(rules, facts())).toHaveLength(3)
    expect(higherInternalStages(rules, facts(['directie', '2026-11-03']))).toEqual([])
  })
})
