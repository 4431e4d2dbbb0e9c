/**
 * What the access log costs a list read: a REST read of 100 complaints (and the same through the
 * Local API with the user) by a directie member, with the access log on and off, on one server in
 * one run, alternating, against the target of at most 1.2x. "Off" is the same app with the hook
 * that records reads taken out of the complaints collection; "on" writes 100 rows per read.
 * A plain node http server wraps Payload's REST handlers (test/helpers/restServer.ts); its own
 * PostgreSQL in .data/bench-access-log on port 54461 (BENCH_DB_PORT), a fresh database every run.
 *
 * Run: npx tsx test/bench/accessLog.bench.ts
 * Environment: BENCH_READS=400 (per path and setting), BENCH_ROUNDS=8 (alternations).
 */
import { performance } from 'node:perf_hooks'
import { getPayload } from 'payload'

import {
  benchEnvironment,
  freshBenchDatabase,
  machine,
  percentile,
  printTable,
  runBench,
} from '../helpers/bench'
import { withRequiredData } from '../helpers/complaints'
import { stopPayload } from '../helpers/payload'
import { serveRest } from '../helpers/restServer'
import { storeSeedRegulations } from '../helpers/seedRegulations'

import type { CollectionAfterOperationHook, Payload } from 'payload'

const READS = Number(process.env.BENCH_READS ?? 400)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8)
const COMPLAINTS = 100

const fill = async (payload: Payload) => {
  const regulations = await storeSeedRegulations(payload)
  for (let index = 0; index < COMPLAINTS; index += 1)
    await payload.create({
      collection: 'complaints',
      data: withRequiredData({
        regulation: regulations['krachtig-perspectief'],
        receivedOn: '2026-03-02',
        channel: 'email',
        description: `Klacht ${index}: de afspraak werd niet nagekomen.`,
      }) as never,
    })
  const email = 'directie@bench.example'
  const user = await payload.create({
    collection: 'users',
    data: { email, password: 'bench-password', roles: ['directie'] } as never,
  })
  const { token } = await payload.login({
    collection: 'users',
    data: { email, password: 'bench-password' },
  })
  return { user, token: token! }
}

/**
 * Takes the access log's hook out of the complaints collection, or puts it back; while in, the
 * time the hook itself takes (the insert) is kept in `spent`, apart from the machine's noise.
 */
const accessLogSwitch = (payload: Payload, spent: number[]) => {
  const hooks = payload.collections.complaints!.config.hooks
  const all = hooks.afterOperation as CollectionAfterOperationHook[]
  const record = all.find((hook) => hook.name === 'recordReadsHook')
  if (!record) throw new Error('the access log hook was not found')
  const timed: CollectionAfterOperationHook = async (args) => {
    const started = performance.now()
    const result = await record(args)
    spent.push(performance.now() - started)
    return result
  }
  const on = all.map((hook) => (hook === record ? timed : hook))
  const off = all.filter((hook) => hook !== record)
  return (enabled: boolean) => {
    hooks.afterOperation = enabled ? on : off
  }
}

const time = async (read: () => Promise<number>, count: number, into: number[]) => {
  for (let index = 0; index < count; index += 1) {
    const started = performance.now()
    const found = await read()
    into.push(performance.now() - started)
    if (found !== COMPLAINTS) throw new Error(`a read found ${found} complaints`)
  }
}

const main = async () => {
  const database = await freshBenchDatabase('.data/bench-access-log', 54461, 'access_log_bench')
  benchEnvironment(database, { LOG_REFUSALS: 'false' })
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  const { user, token } = await fill(payload)
  const server = await serveRest(payload)
  const url = `${server.url}/api/complaints?limit=${COMPLAINTS}&depth=0`
  const paths: Record<string, () => Promise<number>> = {
    'REST list of 100': async () => {
      const answer = await fetch(url, { headers: { Authorization: `JWT ${token}` } })
      return ((await answer.json()) as { docs: unknown[] }).docs.length
    },
    'Local API list of 100, with the user': async () =>
      (
        await payload.find({
          collection: 'complaints',
          limit: COMPLAINTS,
          depth: 0,
          user,
          overrideAccess: false,
        })
      ).docs.length,
  }
  const spent: number[] = []
  const logging = accessLogSwitch(payload, spent)
  const results = new Map<string, number[]>()
  for (const [name, read] of Object.entries(paths)) {
    const measured = spent.length
    for (const enabled of [true, false]) {
      logging(enabled)
      await time(read, 30, [])
    }
    // The warm-up's inserts are not counted.
    spent.length = measured
    // Alternating rounds, so drift of the machine hits both alike.
    for (let round = 0; round < ROUNDS; round += 1)
      for (const enabled of [true, false]) {
        logging(enabled)
        const key = `${name}|${enabled ? 'on' : 'off'}`
        await time(read, READS / ROUNDS, results.get(key) ?? results.set(key, []).get(key)!)
      }
  }
  logging(true)
  const header = [
    'read',
    'access log',
    'reads',
    'p50 ms',
    'p95 ms',
    'mean ms',
    'p50 on/off',
    'p95 on/off',
  ]
  const rows = [...results].map(([key, latencies]) => {
    const [name, setting] = key.split('|') as [string, string]
    const sorted = [...latencies].sort((a, b) => a - b)
    const off = [...results.get(`${name}|off`)!].sort((a, b) => a - b)
    const ratio = (p: number) => `${(percentile(sorted, p) / percentile(off, p)).toFixed(2)}x`
    return [
      name,
      setting,
      String(sorted.length),
      percentile(sorted, 0.5).toFixed(1),
      percentile(sorted, 0.95).toFixed(1),
      (sorted.reduce((sum, value) => sum + value, 0) / sorted.length).toFixed(1),
      setting === 'on' ? ratio(0.5) : '',
      setting === 'on' ? ratio(0.95) : '',
    ]
  })
  printTable(header, rows, 2)
  for (const row of rows.filter((cells) => cells[1] === 'on'))
    console.log(
      `target: ${row[0]} with the access log at most 1.2x without (p50 ${row[6]}, p95 ${row[7]}): ${
        Number.parseFloat(row[7]!) <= 1.2 && Number.parseFloat(row[6]!) <= 1.2 ? 'met' : 'MISSED'
      }`,
    )
  const hook = [...spent].sort((a, b) => a - b)
  console.log(
    `the hook itself (one insert of 100 rows): p50 ${percentile(hook, 0.5).toFixed(1)} ms, p95 ${percentile(hook, 0.95).toFixed(1)} ms over ${hook.length} reads`,
  )
  const { totalDocs } = await payload.count({ collection: 'complaint-access-log' })
  console.log(
    `${totalDocs} access-log rows written (100 per read with the log on, and the warm-up); ${await machine()}`,
  )
  await server.close()
  await stopPayload(payload)
  await database.stop()
}

runBench(main)
