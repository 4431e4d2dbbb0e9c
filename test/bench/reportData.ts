/**
 * Realistic complaints for the report benchmark, written straight into the complaints table:
 * five regulations, six years, most handled (some late, some extended), the recent ones still
 * open. Every deadline column is computed by the procedure core exactly as the storeDeadlines
 * hook does, so the stored next deadline and report threshold are what a real save would store.
 */
import type pg from 'pg'

import { addDays, daysBetween } from '../../src/procedure/dates'
import { calendarFor, deadlinesFor, reportDeadlineFor } from '../../src/procedure/deadlines'
import { nextDeadline, openDeadlines } from '../../src/procedure/openDeadlines'
import { seedRegulations } from '../../src/procedure/seeds'

import type { IsoDate } from '../../src/procedure/dates'
import type { ComplaintFacts } from '../../src/procedure/facts'
import type { SeedSlug } from '../../src/procedure/seeds'

export type FillContext = {
  regulations: Record<SeedSlug, number>
  handlers: number[]
  today: IsoDate
}

const FIRST_DAY = '2021-01-04'
const WEIGHTS: [SeedSlug, number][] = [
  ['in-focus-samen', 0.3],
  ['izw-arbeidscoaching', 0.2],
  ['izw-ambulant', 0.2],
  ['krachtig-perspectief', 0.15],
  ['hss', 0.15],
]
const BODIES = [
  'Arbeidsdeskundige UWV',
  'Klachtenfunctionaris Klachtenportaal Zorg',
  'Geschillencommissie Klachtenportaal Zorg',
  'Er is iets misgegaan',
]
const DEADLINE_COLUMNS = [
  'acknowledgement',
  'externalOfficerContact',
  'nonAdmission',
  'decision',
  'decisionExtended',
  'reportThreshold',
  'appeal',
  'appealDecision',
] as const
const SNAKE: Record<(typeof DEADLINE_COLUMNS)[number], string> = {
  acknowledgement: 'deadlines_acknowledgement',
  externalOfficerContact: 'deadlines_external_officer_contact',
  nonAdmission: 'deadlines_non_admission',
  decision: 'deadlines_decision',
  decisionExtended: 'deadlines_decision_extended',
  reportThreshold: 'deadlines_report_threshold',
  appeal: 'deadlines_appeal',
  appealDecision: 'deadlines_appeal_decision',
}

/** A small seeded random number source (mulberry32), so every run fills the same data. */
const randomFrom = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** Noon in Amsterdam, as the hooks store a calendar date; PostgreSQL resolves the offset. */
const stored = (date: IsoDate | null | undefined): string | null =>
  date ? `${date} 12:00 Europe/Amsterdam` : null

type Row = Record<string, string | null>
type Child = { parent: number; values: Row }

/**
 * One complaint and its array rows, with the facts a year of case work would leave. `progress`
 * (0 to 1) places it in time: complaints are registered in the order they arrive, give or take
 * a few days, so the table is stored roughly in order of receipt, as a real one is.
 */
const complaint = (
  id: number,
  progress: number,
  random: () => number,
  { regulations, handlers, today }: FillContext,
): { row: Row; rels: Child[]; escalations: Child[]; extensions: Child[] } => {
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1))
  let slug: SeedSlug = 'hss'
  let pick = random()
  for (const [candidate, weight] of WEIGHTS)
    if ((pick -= weight) < 0) {
      slug = candidate
      break
    }
  const span = daysBetween(FIRST_DAY, today) - 1
  const receivedOn = addDays(FIRST_DAY, Math.max(0, Math.floor(progress * span) - between(0, 3)))
  if (slug === 'krachtig-perspectief' && receivedOn < '2024-10-01') slug = 'hss'
  const rules = seedRegulations[slug].rules
  const calendar = calendarFor(rules)
  const age = daysBetween(receivedOn, today)
  const oral = random() < 0.1
  const facts: ComplaintFacts = { receivedOn, channel: oral ? 'oral' : 'written' }
  if (oral && (age > 20 || random() < 0.7)) facts.officialOn = addDays(receivedOn, between(1, 6))
  const past = (date: IsoDate) => (date <= today ? date : null)
  const row: Row = {}

  const fate = random()
  const stillOpen = (age < 75 && fate < 0.55) || fate > 0.985
  if (age > 2 || random() < 0.3) facts.acknowledgedOn = past(addDays(receivedOn, between(1, 9)))
  if (!stillOpen) {
    const ending = random()
    if (ending < 0.05) {
      facts.nonAdmittedOn = past(addDays(receivedOn, between(8, 34)))
      row.non_admission_motivation = 'De klacht valt buiten de regeling.'
      if (random() < 0.3) row.admissibility_issues = JSON.stringify([{ rule: 'eventsTooOld' }])
    } else if (ending < 0.09) facts.withdrawnOn = past(addDays(receivedOn, between(3, 30)))
    else if (ending < 0.15) facts.resolvedOn = past(addDays(receivedOn, between(1, 20)))
    else {
      if (rules.extension.kind !== 'none' && random() < 0.08) {
        const announcedOn = addDays(receivedOn, 20)
        facts.extensions = [
          rules.extension.kind === 'agreed'
            ? {
                kind: 'agreed',
                announcedOn,
                newDate: addDays(receivedOn, 45),
                reason: 'Getuige afwezig.',
              }
            : { kind: 'fixed', announcedOn, reason: 'Coördinator met verlof.' },
        ]
      }
      facts.decidedOn = past(addDays(facts.officialOn ?? receivedOn, between(8, 52)))
      if (facts.decidedOn) {
        facts.outcome = (['founded', 'partlyFounded', 'unfounded'] as const)[between(0, 2)]
        row.reasoning = JSON.stringify({ root: { type: 'root', children: [] } })
        if (random() < 0.35) row.satisfaction_score = String(between(1, 5))
      }
    }
  }

  const deadlines = deadlinesFor(rules, facts, calendar)
  const report = reportDeadlineFor(rules, facts, calendar)
  const all = report ? [...deadlines, { ...report, kind: 'reportThreshold' as const }] : deadlines
  const admissible = !row.admissibility_issues
  const next = nextDeadline(openDeadlines(deadlines, facts, admissible))
  for (const kind of DEADLINE_COLUMNS)
    row[SNAKE[kind]] = stored(all.find((deadline) => deadline.kind === kind)?.date)
  row.next_deadline = stored(next?.date)
  row.next_deadline_kind = next?.kind ?? null
  const threshold = report?.date
  const handled = facts.decidedOn ?? facts.nonAdmittedOn ?? facts.withdrawnOn ?? facts.resolvedOn
  if (threshold && (handled ?? today) > threshold && random() < 0.6)
    row.delay_explanation = 'Het dossier was niet compleet.'

  const handler = handlers[between(0, handlers.length - 1)]!
  const status = facts.decidedOn
    ? age > 40
      ? 'closed'
      : 'decided'
    : facts.nonAdmittedOn
      ? 'notAdmitted'
      : facts.withdrawnOn
        ? 'withdrawn'
        : facts.resolvedOn
          ? 'resolvedInformally'
          : facts.extensions
            ? 'extended'
            : facts.acknowledgedOn
              ? 'inProgress'
              : 'received'
  Object.assign(row, {
    id: String(id),
    reference: `KL-${receivedOn.slice(0, 4)}-${String(id).padStart(7, '0')}`,
    status,
    regulation_id: String(regulations[slug]),
    received_on: stored(receivedOn),
    official_on: stored(facts.officialOn),
    channel: oral ? 'phone' : 'webForm',
    description: 'De begeleider kwam niet op de afgesproken tijd.',
    handler_id: String(handler),
    subject_employee_id: random() < 0.03 ? String(handlers[between(0, handlers.length - 1)]) : null,
    acknowledged_on: stored(facts.acknowledgedOn),
    non_admitted_on: stored(facts.nonAdmittedOn),
    decided_on: stored(facts.decidedOn),
    outcome: facts.outcome ?? null,
    withdrawn_on: stored(facts.withdrawnOn),
    resolved_on: stored(facts.resolvedOn),
    closed_on: status === 'closed' ? stored(addDays(facts.decidedOn!, 3)) : null,
  })
  const participant =
    row.subject_employee_id === String(handler)
      ? []
      : [{ parent: id, values: { order: '1', path: 'participants', users_id: String(handler) } }]
  const escalations =
    facts.decidedOn && random() < 0.02
      ? [
          {
            parent: id,
            values: {
              _order: '1',
              id: `e${id}`,
              body: BODIES[between(0, BODIES.length - 1)]!,
              date: stored(addDays(facts.decidedOn, 10)),
            },
          },
        ]
      : []
  const extensions = (facts.extensions ?? []).map((extension) => ({
    parent: id,
    values: {
      _order: '1',
      id: `x${id}`,
      kind: extension.kind,
      announced_on: stored(extension.announcedOn),
      new_date: stored(extension.newDate),
      reason: extension.reason ?? null,
    },
  }))
  return { row, rels: participant, escalations, extensions }
}

const columnTypes = async (client: pg.Client, table: string): Promise<Map<string, string>> => {
  const { rows } = await client.query<{ column_name: string; udt_name: string }>(
    'select column_name, udt_name from information_schema.columns where table_name = $1',
    [table],
  )
  return new Map(rows.map((row) => [row.column_name, row.udt_name]))
}

/** One multi-row INSERT of `rows`: each column travels as one text array, cast back in SQL. */
const insertRows = async (
  client: pg.Client,
  table: string,
  types: Map<string, string>,
  rows: Row[],
): Promise<void> => {
  if (rows.length === 0) return
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))]
  const arrays = columns.map((column) => rows.map((row) => row[column] ?? null))
  const select = columns.map((column, i) => `c${i}::${types.get(column) ?? 'text'}`).join(', ')
  const unnest = columns.map((_, i) => `$${i + 1}::text[]`).join(', ')
  const names = columns.map((column) => `"${column}"`).join(', ')
  await client.query(
    `insert into "${table}" (${names}) select ${select} from unnest(${unnest}) as t(${columns.map((_, i) => `c${i}`).join(', ')})`,
    arrays,
  )
}

/** Adds `count` complaints after the highest id, in batches, and returns the seconds it took. */
export const fillComplaints = async (
  client: pg.Client,
  context: FillContext,
  count: number,
  batch = 20_000,
): Promise<number> => {
  const started = performance.now()
  const types = new Map([...(await columnTypes(client, 'complaints'))])
  const child = {
    rels: await columnTypes(client, 'complaints_rels'),
    escalations: await columnTypes(client, 'complaints_escalations'),
    extensions: await columnTypes(client, 'complaints_extensions'),
  }
  const { rows } = await client.query<{ max: number | null }>(
    'select max(id) as max from complaints',
  )
  const first = (rows[0]?.max ?? 0) + 1
  const random = randomFrom(first)
  for (let offset = 0; offset < count; offset += batch) {
    const made = Array.from({ length: Math.min(batch, count - offset) }, (_, i) =>
      complaint(first + offset + i, (offset + i) / count, random, context),
    )
    await client.query('begin')
    await insertRows(
      client,
      'complaints',
      types,
      made.map((m) => m.row),
    )
    await insertRows(
      client,
      'complaints_rels',
      child.rels,
      made.flatMap((m) => m.rels.map((r) => ({ parent_id: String(r.parent), ...r.values }))),
    )
    await insertRows(
      client,
      'complaints_escalations',
      child.escalations,
      made.flatMap((m) =>
        m.escalations.map((r) => ({ _parent_id: String(r.parent), ...r.values })),
      ),
    )
    await insertRows(
      client,
      'complaints_extensions',
      child.extensions,
      made.flatMap((m) => m.extensions.map((r) => ({ _parent_id: String(r.parent), ...r.values }))),
    )
    await client.query('commit')
    process.stdout.write(
      `\r  ${(offset + made.length).toLocaleString('en')} of ${count.toLocaleString('en')} complaints written`,
    )
  }
  process.stdout.write('\n')
  await client.query(`select setval('complaints_id_seq', (select max(id) from complaints))`)
  await client.query('vacuum analyze complaints')
  await client.query('vacuum analyze complaints_rels')
  await client.query('vacuum analyze complaints_escalations')
  await client.query('vacuum analyze complaints_extensions')
  return (performance.now() - started) / 1000
}
