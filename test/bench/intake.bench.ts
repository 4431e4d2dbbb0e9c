/**
 * The public intake endpoint against a Payload REST create of the complaints collection (all its
 * hooks) and a plain create of a collection with the same fields and no hooks (what storage alone
 * costs), on the same server, in one run: throughput and latency with 1 and with 50 concurrent
 * clients, then the intake alone at an offered load of 20 submissions per second (open loop,
 * Poisson arrivals), against the targets.
 * A plain node http server wraps Payload's REST handlers (test/helpers/restServer.ts); its own PostgreSQL in
 * .data/bench-intake on port 54481 (BENCH_DB_PORT), a fresh database every run.
 *
 * Run: npx tsx test/bench/intake.bench.ts
 * Environment: BENCH_REQUESTS=1000 (per measured run at 50 clients), BENCH_CONCURRENCY=50,
 * BENCH_RATE=20 and BENCH_OPEN_SECONDS=30 (the open-loop run).
 * Every intake request comes from an address of its own: one complainant each, as in real use,
 * so the rate limit (10 per address) never refuses and its bookkeeping is still paid for; and
 * carries an idempotency key of its own, as the embedded form sends it.
 */
import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { buildConfig, getPayload } from 'payload'

import { afterCommit } from '../../src/database/afterCommit'
import { withoutBehaviour } from '../../src/withoutBehaviour'
import {
  benchEnvironment,
  freshBenchDatabase,
  machine,
  percentile,
  printTable,
  runBench,
} from '../helpers/bench'
import { stopPayload } from '../helpers/payload'
import { serveRest } from '../helpers/restServer'
import { storeSeedRegulations } from '../helpers/seedRegulations'

import type { CollectionAfterOperationHook, Config } from 'payload'

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50)
const RATE = Number(process.env.BENCH_RATE ?? 20)
const OPEN_SECONDS = Number(process.env.BENCH_OPEN_SECONDS ?? 30)
const PLAIN = 'plain-complaints'

const complainant = {
  name: 'Fatima El Amrani',
  address: 'Dorpsstraat 1',
  city: 'Utrecht',
  phone: '030-1234567',
}
const description = 'Mijn coach kwam drie afspraken niet na en belde niet terug.'

type Run = {
  name: string
  clients: number
  requests: number
  seconds: number
  latencies: number[]
  failures: Map<number, number>
}

/** `requests` calls of `send`, `clients` at a time; latency of each and the wall time of all. */
const load = async (
  name: string,
  clients: number,
  requests: number,
  send: (index: number) => Promise<number>,
): Promise<Run> => {
  const latencies: number[] = []
  const failures = new Map<number, number>()
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < requests) {
        const index = next++
        const begin = performance.now()
        const status = await send(index)
        latencies.push(performance.now() - begin)
        if (status !== 201) failures.set(status, (failures.get(status) ?? 0) + 1)
      }
    }),
  )
  return {
    name,
    clients,
    requests,
    seconds: (performance.now() - started) / 1000,
    latencies: latencies.sort((a, b) => a - b),
    failures,
  }
}

/**
 * An offered load of `rate` requests per second for `seconds`, arrivals at exponential intervals
 * (Poisson), each sent when it arrives whatever is still under way: latency as a person sees it
 * when 20 people press "send" per second, not as a fixed number of clients allows.
 */
const openLoop = async (
  name: string,
  rate: number,
  seconds: number,
  send: (index: number) => Promise<number>,
): Promise<Run> => {
  const latencies: number[] = []
  const failures = new Map<number, number>()
  const sent: Promise<void>[] = []
  const started = performance.now()
  let at = 0
  for (let index = 0; ; index++) {
    at += (-Math.log(1 - Math.random()) / rate) * 1000
    if (at > seconds * 1000) break
    const wait = started + at - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    const begin = performance.now()
    sent.push(
      send(index).then((status) => {
        latencies.push(performance.now() - begin)
        if (status !== 201) failures.set(status, (failures.get(status) ?? 0) + 1)
      }),
    )
  }
  await Promise.all(sent)
  return {
    name,
    clients: 0,
    requests: sent.length,
    seconds: (performance.now() - started) / 1000,
    latencies: latencies.sort((a, b) => a - b),
    failures,
  }
}

const print = (runs: Run[]) => {
  const plain = (clients: number) =>
    runs.find((run) => run.name === 'plain create' && run.clients === clients)
  const header = [
    'endpoint',
    'clients',
    'requests',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'vs plain',
    'not 201',
  ]
  const rows = runs.map((run) => {
    const throughput = run.requests / run.seconds
    const reference = plain(run.clients)
    return [
      run.name,
      run.clients ? String(run.clients) : `${RATE}/s open`,
      String(run.requests),
      throughput.toFixed(0),
      percentile(run.latencies, 0.5).toFixed(1),
      percentile(run.latencies, 0.95).toFixed(1),
      percentile(run.latencies, 0.99).toFixed(1),
      (run.latencies[run.latencies.length - 1] ?? 0).toFixed(1),
      reference ? `${(throughput / (reference.requests / reference.seconds)).toFixed(2)}x` : '',
      [...run.failures].map(([status, count]) => `${count} x ${status}`).join(', ') || '0',
    ]
  })
  printTable(header, rows, 1)
}

/** The complaints' fields, access and versions in a collection of their own, without a single hook. */
const plainStorage = (config: Config): Config => {
  const complaints = config.collections?.find((collection) => collection.slug === 'complaints')
  if (!complaints) throw new Error('the plugin did not add the complaints collection')
  return {
    ...config,
    collections: [
      ...(config.collections ?? []),
      // Payload's own REST endpoints, as the complaints have them.
      {
        ...withoutBehaviour(complaints),
        slug: PLAIN,
        endpoints: undefined,
        admin: { hidden: true },
      },
    ],
  }
}

const main = async () => {
  const database = await freshBenchDatabase('.data/bench-intake', 54481, 'intake_bench')
  // Behind one proxy: each request's X-Forwarded-For is its client's address.
  benchEnvironment(database, { TRUST_PROXY: '1' })
  const { demoConfig } = await import('../../payload.config')
  const payload = await getPayload({
    config: buildConfig({ ...demoConfig, plugins: [...(demoConfig.plugins ?? []), plainStorage] }),
  })
  const regulations = await storeSeedRegulations(payload)
  await payload.create({
    collection: 'users',
    data: {
      email: 'medewerker@bench.example',
      password: 'bench-password',
      roles: ['staff'],
    } as never,
  })
  const { token } = await payload.login({
    collection: 'users',
    data: { email: 'medewerker@bench.example', password: 'bench-password' },
  })

  // How long a create holds the reference lock: from the numbering hook (the last before the
  // commit) until the commit, measured with one client, where nobody waits for the lock.
  const held: number[] = []
  let measuringLock = false
  const hooks = payload.collections.complaints!.config.hooks
  hooks.afterOperation = (hooks.afterOperation ?? []).map(
    (hook): CollectionAfterOperationHook =>
      async (args) => {
        const started = performance.now()
        const result = await hook(args)
        if (measuringLock && args.operation === 'create')
          await afterCommit(args.req, 'Measuring the reference lock', async () => {
            held.push(performance.now() - started)
          })
        return result
      },
  )

  const server = await serveRest(payload)
  const base = `${server.url}/api`

  // The first answer other than 201 of each path is shown: a refusal is a finding, not noise.
  const explained = new Set<string>()
  const explain = async (path: string, response: Response) => {
    const body = await response.text()
    if (response.status === 201 || explained.has(path)) return
    explained.add(path)
    console.log(`${path} answered ${response.status}: ${body.slice(0, 300)}`)
  }
  let address = 0
  const run = randomUUID()
  const intake = async () => {
    address += 1
    const response = await fetch(`${base}/complaints/submit`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Forwarded-For': `10.${address >> 16}.${(address >> 8) & 255}.${address & 255}`,
        'Idempotency-Key': `bench-${run}-${address}`,
      },
      body: JSON.stringify({ regulation: 'izw-arbeidscoaching', ...complainant, description }),
    })
    await explain('intake', response)
    return response.status
  }
  const create = (collection: string, extra: Record<string, unknown>) => async () => {
    const response = await fetch(`${base}/${collection}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        regulation: regulations['izw-arbeidscoaching'],
        channel: 'webForm',
        complainant: { ...complainant, role: 'client', language: 'nl' },
        description,
        ...extra,
      }),
    })
    await explain(collection, response)
    return response.status
  }
  const bare = create('complaints', {})
  // What the hooks would have filled in, so the row stored is the same.
  const plain = create(PLAIN, { receivedOn: new Date().toISOString(), status: 'received' })
  const paths: [string, () => Promise<number>][] = [
    ['intake', intake],
    ['REST create', bare],
    ['plain create', plain],
  ]

  await load('warm-up', CONCURRENCY, 300, (i) => paths[i % 3]![1]())
  const runs: Run[] = []
  for (const clients of [1, CONCURRENCY]) {
    measuringLock = clients === 1
    const requests = clients === 1 ? Math.min(200, REQUESTS) : REQUESTS
    // Alternating halves, so drift of the machine hits all alike.
    const halves: Run[] = []
    for (let round = 0; round < 2; round++)
      for (const [name, send] of paths) halves.push(await load(name, clients, requests / 2, send))
    for (const [name] of paths) {
      const mine = halves.filter((run) => run.name === name)
      runs.push({
        name,
        clients,
        requests,
        seconds: mine.reduce((sum, run) => sum + run.seconds, 0),
        latencies: mine.flatMap((run) => run.latencies).sort((a, b) => a - b),
        failures: new Map(mine.flatMap((run) => [...run.failures])),
      })
    }
  }
  runs.push(await openLoop('intake', RATE, OPEN_SECONDS, intake))
  print(runs)
  const rate = (name: string, clients: number) => {
    const run = runs.find((candidate) => candidate.name === name && candidate.clients === clients)!
    return run.requests / run.seconds
  }
  const open = runs[runs.length - 1]!
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED')
  const ratio = rate('intake', CONCURRENCY) / rate('plain create', CONCURRENCY)
  const p99 = percentile(open.latencies, 0.99)
  console.log(
    `targets: intake at ${CONCURRENCY} clients ${ratio.toFixed(2)}x the plain create (>= 0.8x: ${verdict(ratio >= 0.8)}); ` +
      `${rate('intake', CONCURRENCY).toFixed(0)} creates/s at ${CONCURRENCY} clients (>= 100: ${verdict(rate('intake', CONCURRENCY) >= 100)}); ` +
      `p99 ${p99.toFixed(1)} ms at ${RATE}/s offered (<= 150 ms: ${verdict(p99 <= 150)})`,
  )
  const sortedHeld = [...held].sort((x, y) => x - y)
  const mean = held.reduce((sum, value) => sum + value, 0) / Math.max(1, held.length)
  console.log(
    `reference lock held per create (numbering to commit, 1 client): p50 ${percentile(sortedHeld, 0.5).toFixed(1)} ms, mean ${mean.toFixed(1)} ms, so at most ${(1000 / mean).toFixed(0)} creates/s`,
  )
  const { totalDocs } = await payload.count({ collection: 'complaints' })
  console.log(`${totalDocs} complaints stored; ${await machine()}`)
  await server.close()
  // Connections the adapter still holds end with the server; that is expected here.
  ;(
    payload.db as unknown as { pool?: { on: (event: string, listener: () => void) => void } }
  ).pool?.on('error', () => undefined)
  await stopPayload(payload)
  await database.stop()
}

runBench(main)
