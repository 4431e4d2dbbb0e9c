/**
 * What reading a complaint's regulation costs a request: Payload's read of the whole document
 * (what every request paid before), against the plugin's read (`regulationById`: the moment the
 * regulation was last saved, then a copy of the document this process holds), alternating on one
 * server in one run. Each read is made with a request of its own, as each save or case page has.
 * Its own PostgreSQL in .data/bench-regulation-read on port 54491 (BENCH_DB_PORT), a fresh
 * database every run.
 *
 * Run: npx tsx test/bench/regulationRead.bench.ts
 * Environment: BENCH_READS=200 (per path and round), BENCH_ROUNDS=5 (alternations).
 */
import { performance } from 'node:perf_hooks'
import { createLocalReq, getPayload } from 'payload'

import { regulationById } from '../../src/complaints/procedureFor'
import {
  benchEnvironment,
  freshBenchDatabase,
  machine,
  percentile,
  printTable,
  runBench,
} from '../helpers/bench'
import { stopPayload } from '../helpers/payload'
import { storeSeedRegulations } from '../helpers/seedRegulations'

import type { Payload } from 'payload'

const READS = Number(process.env.BENCH_READS ?? 200)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)

const time = async (read: () => Promise<unknown>, count: number, into: number[]) => {
  for (let index = 0; index < count; index += 1) {
    const started = performance.now()
    if (!(await read())) throw new Error('a read found no regulation')
    into.push(performance.now() - started)
  }
}

const pathsOf = (payload: Payload, id: number): Record<string, () => Promise<unknown>> => ({
  'Payload findByID, whole document': async () =>
    payload.findByID({
      collection: 'regulations',
      id,
      depth: 0,
      overrideAccess: true,
      req: await createLocalReq({}, payload),
    }),
  'regulationById (saved moment, then a copy)': async () =>
    regulationById(await createLocalReq({}, payload), String(id)),
})

const main = async () => {
  const database = await freshBenchDatabase(
    '.data/bench-regulation-read',
    54491,
    'regulation_read_bench',
  )
  benchEnvironment(database, { LOG_REFUSALS: 'false' })
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  const regulations = await storeSeedRegulations(payload)
  const paths = pathsOf(payload, regulations['izw-ambulant'])
  const results = new Map<string, number[]>()
  for (const read of Object.values(paths)) await time(read, 30, [])
  // Alternating rounds, so drift of the machine hits both alike.
  for (let round = 0; round < ROUNDS; round += 1)
    for (const [name, read] of Object.entries(paths)) {
      const into = results.get(name) ?? []
      await time(read, READS, into)
      results.set(name, into)
    }
  const [whole, kept] = [...results.values()].map((values) => values.sort((a, b) => a - b))
  const rows = [...results.entries()].map(([name, values]) => [
    name,
    String(values.length),
    percentile(values, 0.5).toFixed(2),
    percentile(values, 0.95).toFixed(2),
    (percentile(values, 0.5) / percentile(whole!, 0.5)).toFixed(2),
  ])
  printTable(['read of IZW Ambulant', 'reads', 'p50 ms', 'p95 ms', 'p50 vs whole'], rows, 1)
  console.log(
    `\nregulationById: ${(percentile(whole!, 0.5) / percentile(kept!, 0.5)).toFixed(1)}x faster at p50; ${await machine()}`,
  )
  await stopPayload(payload)
  await database.stop()
}

runBench(main)
