/**
 * The overdue view and the yearly report as SQL aggregates, against the naive way (every
 * complaint through payload.find, counted in JavaScript), at 100k and at 1M complaints.
 * Its own PostgreSQL in .data/bench-reports on port 54471 (BENCH_DB_PORT); a fresh database every run.
 *
 * Run: npx tsx test/bench/reports.bench.ts
 * Environment: BENCH_SIZES=100000,1000000  BENCH_NAIVE_CAP_S=60 (the naive way stops after this
 * many seconds and its full time is extrapolated from the complaints it got through).
 */
import { loadavg } from 'node:os'

import pg from 'pg'
import { getPayload } from 'payload'

import { todayInAmsterdam } from '../../src/complaints/storedDates'
import { reportDatabaseOf } from '../../src/reports/database'
import { dueSoonHorizon } from '../../src/reports/overdue'
import { overdueOverview } from '../../src/reports/overdueOverview'
import { yearsPeriod } from '../../src/reports/period'
import { yearlyReport } from '../../src/reports/report'
import { freshBenchDatabase, percentile, printTable } from '../helpers/bench'
import { stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'
import { fillComplaints } from './reportData'
import { naiveOverdue, naiveYearly } from './reportNaive'

import type { Viewer } from '../../src/reports/viewer'
import type { NaiveRun } from './reportNaive'

const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number)
const CAP_SECONDS = Number(process.env.BENCH_NAIVE_CAP_S ?? 60)
const YEAR = 2025

/** The targets: the overdue view within 10 ms at 100k and 30 ms at 1M, the yearly report page within 200 ms at 1M (p95). */
const OVERDUE_TARGETS: Record<number, number> = { 100_000: 10, 1_000_000: 30 }
const YEARLY_TARGETS: Record<number, number> = { 1_000_000: 200 }
const targetOf = (targets: Record<number, number>, size: number): Line['target'] =>
  targets[size] === undefined ? undefined : { ms: targets[size], at: 'p95' }

/** Runs `work` a few times to warm up, then `runs` times; milliseconds at p50 and p95. */
const time = async (runs: number, work: () => Promise<unknown>) => {
  for (let i = 0; i < 3; i++) await work()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await work()
    samples.push(performance.now() - started)
  }
  samples.sort((a, b) => a - b)
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), runs }
}

type Line = {
  query: string
  size: number
  p50: number
  p95: number
  runs: number
  naive?: NaiveRun<unknown> & { estimate: number }
  target?: { ms: number; at: 'p95' }
  agrees?: boolean
}

const estimateOf = <T>(run: NaiveRun<T>, total: number) => ({
  ...run,
  estimate: run.capped ? (run.seconds * total) / Math.max(1, run.processed) : run.seconds,
})

const ms = (value: number) =>
  value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)

const print = (lines: Line[]) => {
  const header = [
    'query',
    'complaints',
    'SQL p50 ms',
    'SQL p95 ms',
    'naive ms',
    'naive covered',
    'SQL faster',
    'target',
    'same figures',
  ]
  const rows = lines.map((line) => [
    line.query,
    line.size.toLocaleString('en'),
    ms(line.p50),
    ms(line.p95),
    line.naive ? `${line.naive.capped ? '~' : ''}${(line.naive.estimate * 1000).toFixed(0)}` : '',
    line.naive
      ? line.naive.capped
        ? `${line.naive.processed.toLocaleString('en')} in ${line.naive.seconds.toFixed(0)} s`
        : 'all'
      : '',
    line.naive ? `${((line.naive.estimate * 1000) / line.p50).toFixed(0)}x` : '',
    line.target
      ? `p95 <= ${line.target.ms} ms: ${line.p95 <= line.target.ms ? 'met' : 'MISSED'}`
      : '',
    line.agrees === undefined ? '' : line.agrees ? 'yes' : 'NO',
  ])
  printTable(header, rows, 2)
}

const main = async () => {
  const server = await freshBenchDatabase('.data/bench-reports', 54471, 'reports_bench')
  process.env.DATABASE_URL = server.url
  process.env.SEED_DEMO = 'false'
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  const regulations = await storeSeedRegulations(payload)
  const directie = (
    await payload.create({
      collection: 'users',
      data: {
        email: 'directie@bench.example',
        password: 'bench-password',
        roles: ['directie'],
      } as never,
    })
  ).id as number
  const handlers: number[] = []
  for (let i = 0; i < 20; i++)
    handlers.push(
      (
        await payload.create({
          collection: 'users',
          data: {
            email: `behandelaar${i}@bench.example`,
            name: `Behandelaar ${i}`,
            password: 'bench-password',
            roles: ['handler'],
          } as never,
        })
      ).id as number,
    )

  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  const database = reportDatabaseOf(payload)
  const today = todayInAmsterdam()
  const horizon = dueSoonHorizon(today, 5)
  const viewer: Viewer = { id: directie, sees: 'allButAboutThemselves' }
  const ownCases: Viewer = { id: handlers[0]!, sees: 'ownCases' }
  const period = yearsPeriod(YEAR)
  const lines: Line[] = []
  const loads: number[] = []
  let filled = 0

  console.log('Schema ready; filling complaints')
  for (const size of SIZES) {
    const seconds = await fillComplaints(client, { regulations, handlers, today }, size - filled)
    filled = size
    const { rows } = await client.query(
      `select count(*) filter (where next_deadline is not null) as open, count(*) filter (where received_on >= $1 and received_on < $2) as year from complaints`,
      [period.from, period.until],
    )
    console.log(
      `${size.toLocaleString('en')} complaints (filled in ${seconds.toFixed(0)} s): ${rows[0].open} with an open deadline, ${rows[0].year} received in ${YEAR}`,
    )
    // What the report indexes (src/reports/indexes.ts) cost in space, beside the table itself.
    const {
      rows: [indexes],
    } = await client.query(
      `select pg_size_pretty(sum(pg_relation_size(indexrelid)) filter (where indexrelid::regclass::text ~ '_owed_')) as owed,
        pg_size_pretty(sum(pg_relation_size(indexrelid)) filter (where indexrelid::regclass::text ~ '_report_facts_idx$')) as facts,
        pg_size_pretty(sum(pg_relation_size(indexrelid)) filter (where indexrelid::regclass::text ~ '_path_user_parent_idx$')) as participants,
        pg_size_pretty(pg_relation_size('complaints')) as "table"
      from pg_index where indrelid in ('complaints'::regclass, 'complaints_rels'::regclass)`,
    )
    console.log(
      `  report indexes: owed deadlines ${indexes.owed}, report facts ${indexes.facts}, participants ${indexes.participants} (the complaints table: ${indexes.table})`,
    )

    const overdue = () =>
      overdueOverview(database, {
        viewer,
        today,
        workingDays: 5,
        sort: 'due',
        direction: 'asc',
        page: 1,
        limit: 200,
      })
    const sqlOverdue = await overdue()
    const naive = await naiveOverdue(payload, directie, today, horizon, CAP_SECONDS)
    loads.push(loadavg()[0]!)
    lines.push({
      query: 'overdue view (directie: counts + first 200 rows)',
      size,
      ...(await time(100, overdue)),
      naive: estimateOf(naive, size),
      target: targetOf(OVERDUE_TARGETS, size),
      agrees: naive.capped
        ? undefined
        : naive.result.passed === sqlOverdue.totals.passed &&
          naive.result.dueSoon === sqlOverdue.totals.dueSoon,
    })
    loads.push(loadavg()[0]!)
    lines.push({
      query: 'overdue view (a handler: own cases)',
      size,
      ...(await time(100, () =>
        overdueOverview(database, {
          viewer: ownCases,
          today,
          workingDays: 5,
          sort: 'due',
          direction: 'asc',
          page: 1,
          limit: 200,
        }),
      )),
      target: targetOf(OVERDUE_TARGETS, size),
    })

    for (const regulation of [null, 'in-focus-samen'] as const) {
      const yearly = () =>
        yearlyReport(database, { viewer, regulation, year: YEAR, asOf: today, listLimit: 200 })
      const sql = await yearly()
      const regulationIds = regulation ? [regulations[regulation]] : null
      const yearRows = Number(
        (
          await client.query(
            `select count(*) from complaints where received_on >= $1 and received_on < $2 ${regulationIds ? 'and regulation_id = any($3)' : ''}`,
            [period.from, period.until, ...(regulationIds ? [regulationIds] : [])],
          )
        ).rows[0].count,
      )
      const slow = await naiveYearly(
        payload,
        { viewerId: directie, from: period.from, until: period.until, regulationIds, asOf: today },
        CAP_SECONDS,
      )
      const f = sql.figures.year
      const escalations = sql.escalations.find((count) => count.body === null)?.escalations ?? 0
      loads.push(loadavg()[0]!)
      lines.push({
        query: `yearly report ${YEAR}, ${regulation ?? 'all regulations'} (whole page)`,
        size,
        ...(await time(20, yearly)),
        naive: estimateOf(slow, yearRows),
        target: targetOf(YEARLY_TARGETS, size),
        agrees: slow.capped
          ? undefined
          : JSON.stringify(slow.result) ===
            JSON.stringify({
              total: f.total,
              notAdmitted: f.notAdmitted,
              notAdmittedWithinTerm: f.notAdmittedWithinTerm,
              admittedWithinTerm: f.admittedWithinTerm,
              late: f.late,
              notHandled: f.notHandled,
              escalations,
              meanScore: f.satisfaction.mean,
              medianDays: f.leadTime.medianDays,
            }),
      })
    }
  }

  console.log(
    `\nToday ${today}, due-soon horizon ${horizon}; naive runs once, capped at ${CAP_SECONDS} s and extrapolated (~) from the complaints it got through.`,
  )
  // The machine may be shared: the load while timing says how far the figures are stretched.
  console.log(
    `Load average (1 min) while timing: ${loads.map((load) => load.toFixed(1)).join(', ')} (one reading per line above).\n`,
  )
  print(lines)
  await client.end()
  await stopPayload(payload)
  await server.stop()
  process.exit(0)
}

await main()
