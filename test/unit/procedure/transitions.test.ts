import type { ComplaintStatus } from '../../../src/procedure'

import {
  canTransition,
  COMPLAINT_STATUSES,
  createContext,
  describeRefusal,
  GUARD_NAMES,
  routeTo,
  TRANSITIONS,
  transitionEdges,
} from '../../../src/procedure'
import { base, BREAKERS, contextOf, everything, TODAY } from './procedureFixture'

describe('the transitions table', () => {
  const edges = transitionEdges()

  it('lists every status as a source', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...COMPLAINT_STATUSES].sort())
  })

  it('uses every guard somewhere, and nothing but known guards', () => {
    const used = new Set(edges.flatMap((edge) => edge.guards))
    expect([...used].sort()).toEqual([...GUARD_NAMES].sort())
  })

  it('lets every status be reached from received', () => {
    const reached = new Set<ComplaintStatus>(['received'])
    for (let round = 0; round < COMPLAINT_STATUSES.length; round++) {
      for (const edge of edges) if (reached.has(edge.from)) reached.add(edge.to)
    }
    expect([...reached].sort()).toEqual([...COMPLAINT_STATUSES].sort())
  })

  it.each(edges.map((edge) => [edge.from, edge.to, edge.guards] as const))(
    'allows %s → %s when %j hold',
    (from, to) => {
      expect(canTransition(from, to, contextOf(base))).toEqual({ allowed: true })
    },
  )

  it.each(
    edges.flatMap((edge) => edge.guards.map((guard) => [edge.from, edge.to, guard] as const)),
  )('refuses %s → %s when %s fails', (from, to, guard) => {
    const [breakIt, rule] = BREAKERS[guard]
    const result = canTransition(from, to, contextOf(breakIt(base)))
    expect(result.allowed).toBe(false)
    if (result.allowed) return
    expect(result.refusals).toContainEqual(expect.objectContaining({ rule }))
    for (const refusal of result.refusals) {
      expect(refusal.field).toEqual(expect.any(String))
      expect(describeRefusal(refusal, 'nl')).not.toMatch(/[{}]/)
      expect(describeRefusal(refusal, 'en')).not.toMatch(/[{}]/)
    }
  })

  const missing = COMPLAINT_STATUSES.flatMap((from) =>
    COMPLAINT_STATUSES.filter((to) => to !== from && !TRANSITIONS[from][to]).map(
      (to) => [from, to] as const,
    ),
  )

  it.each(missing)(
    'refuses %s → %s, which the table does not list, saying which steps lead there if any do',
    (from, to) => {
      const route = routeTo(from, to)
      const result = canTransition(from, to, contextOf(base))
      expect(result).toEqual({
        allowed: false,
        refusals: [
          expect.objectContaining({
            rule: route ? 'transitionNotDirect' : 'transitionNotAllowed',
            field: 'status',
            params: expect.objectContaining({ from, to }),
          }),
        ],
      })
      if (!result.allowed)
        for (const lang of ['nl', 'en'] as const)
          expect(describeRefusal(result.refusals[0]!, lang)).not.toMatch(/[{}]/)
    },
  )

  it('finds the shortest way through the table', () => {
    expect(routeTo('received', 'decided')).toEqual(['acknowledged', 'inProgress', 'decided'])
    expect(routeTo('decided', 'received')).toBeNull()
  })

  it.each(COMPLAINT_STATUSES)(
    'allows saving a %s complaint without a status change, whatever is missing',
    (status) => {
      const bare = createContext({
        rules: everything,
        facts: { receivedOn: '2026-04-24' },
        today: TODAY,
      })
      expect(canTransition(status, status, bare)).toEqual({ allowed: true })
    },
  )
})
