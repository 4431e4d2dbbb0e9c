import { seededRandom } from './badSubmissions'

/**
 * Malformed writes of staff to the complaints REST API and malformed report parameters,
 * generated from a seed. Every write starts from a valid one and gets one to three defects
 * that make it invalid; nothing of it may be stored.
 */
export type BadRequest = {
  defects: string[]
  method: 'POST' | 'PATCH' | 'GET'
  path: string
  body?: Record<string, unknown>
}

type Change = (random: () => number, body: Record<string, any>) => void

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T

const WRONG_TYPES: unknown[] = [42, -1.5, true, ['a'], { nested: [1, { x: 'y' }] }, 1e308]
const BAD_DAYS = [
  '2025-02-30',
  '2026-13-01',
  '2025-00-10',
  '31-12-2025',
  'gisteren',
  '2025-04-31',
  '2026-02-29',
  '0000-00-00',
  'not a date',
  '2026-02-30T12:00:00.000Z',
]
const FORBIDDEN = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufdd0',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\u{10fffe}',
]
const BAD_IDS: unknown[] = [
  0,
  -1,
  99_999_999_999,
  2_147_483_648,
  '99999999999999999999',
  'abc',
  '1; drop table complaints',
  1.5,
  '\u0000',
]
const ACT_DATES = [
  'receivedOn',
  'officialOn',
  'eventsOn',
  'acknowledgedOn',
  'decidedOn',
  'closedOn',
  'withdrawnOn',
  'appealedOn',
]
const TEXTS = [
  'description',
  'subject',
  'desiredSolution',
  'measures',
  'delayExplanation',
  'subjectDepartment',
]

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** Every kind of defect of a staff write, with the name the test reports it by. */
const CHANGES: Record<string, Change> = {
  wrongType: (random, body) => {
    const field = pick(random, [
      'receivedOn',
      'description',
      'channel',
      'status',
      'regulation',
      'extensions',
      'hearings',
      'complainant',
      'satisfaction',
    ])
    // A group may carry properties it does not know (they are ignored, as everywhere in the API): give it no object at all.
    body[field] = pick(
      random,
      ['complainant', 'satisfaction'].includes(field)
        ? WRONG_TYPES.filter((value) => typeof value !== 'object' || Array.isArray(value))
        : WRONG_TYPES,
    )
  },
  impossibleDate: (random, body) => void (body[pick(random, ACT_DATES)] = pick(random, BAD_DAYS)),
  futureAct: (random, body) =>
    void (body[pick(random, ACT_DATES)] = future(1 + Math.floor(random() * 3000))),
  forbiddenCharacter: (random, body) => {
    const where = pick(random, [...TEXTS, 'complainant.name', 'hearings.summary'])
    const text = `Tekst ${pick(random, FORBIDDEN)} erin`
    if (where === 'complainant.name') body.complainant = { name: text }
    else if (where === 'hearings.summary')
      body.hearings = [{ date: '2026-03-03', party: 'klager', summary: text }]
    else body[where] = text
  },
  unknownRelation: (random, body) =>
    void (body[pick(random, ['regulation', 'subjectEmployee', 'involved'])] = pick(
      random,
      BAD_IDS,
    )),
  badChoice: (random, body) => {
    const field = pick(random, [
      'channel',
      'status',
      'outcome',
      'complainant.role',
      'complainant.language',
      'appealOutcome',
    ])
    if (field.startsWith('complainant.'))
      body.complainant = { [field.split('.')[1]!]: pick(random, ['onbekend', 'ADMIN', '<b>x</b>']) }
    else body[field] = pick(random, ['onbekend', 'DECIDED', 'gegrond', '<script>'])
  },
  badRow: (random, body) => {
    const [field, row] = pick(random, [
      ['extensions', { kind: 'eeuwig' }],
      ['extensions', { announcedOn: '2026-02-30' }],
      ['hearings', { date: 'morgen' }],
      ['hearings', { waived: 'misschien' }],
      ['escalations', { date: '2026-02-30' }],
    ] as const)
    body[field] = pick(random, [[row], 'rij', [null], [[1, 2]], 42])
  },
  badScore: (random, body) =>
    void (body.satisfaction = { score: pick(random, [0, 6, -3, 'vijf', 1e9]) }),
  notAllowedStep: (random, body) =>
    void (body.status = pick(random, ['decided', 'closed', 'appealDecided', 'reopened'])),
}

/** Requests whose address itself is wrong. */
const BAD_PATHS = [
  '/complaints?where[id][equals]=abc',
  '/complaints?where[receivedOn][equals]=gisteren',
  '/complaints?where[handler][equals]=99999999999',
  '/complaints?limit=-1&page=abc',
  '/complaints?sort=bestaatniet',
  '/complaints/abc',
  '/complaints/0',
  '/complaints/-1',
  '/complaints/99999999999999999999',
  '/complaints/%00',
  '/complaints/-0',
]

/** `count` malformed staff writes: creates, and updates of `target`, the same for the same seed. */
export const generateBadStaffWrites = (
  count: number,
  seed: number,
  regulation: number,
  target: number,
): BadRequest[] => {
  const random = seededRandom(seed)
  const kinds = Object.keys(CHANGES)
  return Array.from({ length: count }, (_, index) => {
    if (index % 40 === 0)
      return {
        defects: ['badPath'],
        method: pick(random, ['GET', 'PATCH'] as const),
        path: BAD_PATHS[(index / 40) % BAD_PATHS.length]!,
        body: { measures: 'x' },
      }
    const create = random() < 0.5
    const body: Record<string, any> = create
      ? {
          regulation,
          receivedOn: '2026-03-02',
          channel: 'phone',
          description: 'Telefonisch vastgelegd',
        }
      : { measures: 'Rooster aangepast' }
    const defects = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, kinds))
    for (const defect of defects) CHANGES[defect]!(random, body)
    return {
      defects,
      method: create ? 'POST' : 'PATCH',
      path: create ? '/complaints' : `/complaints/${target}`,
      body,
    }
  })
}

const YEARS = [
  '2026',
  '2025',
  '1899',
  '2300',
  'twintig',
  '-1',
  '2026.5',
  '',
  '２０２６',
  '99999999999999999999',
]
const REGULATIONS = [
  'all',
  'hss',
  'bestaat-niet',
  '%00',
  '\u0000',
  "hss' or '1'='1",
  'a'.repeat(300),
  'HSS',
  '../x',
  '',
]
const PARTS = ['figures', 'late', 'unhandled', 'alles', '', '<script>']
const LANGS = ['nl', 'en', 'de', '', 'nl-NL']

/** `count` requests of the yearly report's CSV export with every kind of parameter, valid or not. */
export const generateReportRequests = (count: number, seed: number): BadRequest[] => {
  const random = seededRandom(seed)
  return Array.from({ length: count }, () => {
    const query = new URLSearchParams()
    const defects: string[] = []
    for (const [name, values] of [
      ['year', YEARS],
      ['regulation', REGULATIONS],
      ['part', PARTS],
      ['lang', LANGS],
    ] as const) {
      if (random() < 0.2) continue
      const value = pick(random, values)
      query.append(name, value)
      if (random() < 0.05) {
        query.append(name, pick(random, values))
        defects.push(`${name}Twice`)
      }
      defects.push(`${name}=${value.slice(0, 12)}`)
    }
    return { defects, method: 'GET', path: `/complaints-report.csv?${query.toString()}` }
  })
}
