/**
 * How long the admin pages people work in take to become usable, in the production build
 * (`next build`, `next start`, the demo's data), warm: the case page (its header and next steps
 * shown), the complaints list (its rows shown) and the dashboard (its deadline block shown).
 * Median and 90th percentile of RUNS loads each, after two loads that warm the server, against
 * the 2 s a person should wait at most.
 *
 * Run: npx tsx test/bench/admin.bench.ts (E2E_REUSE_BUILD=true reuses the last build).
 * Environment: BENCH_RUNS=15.
 */
import { performance } from 'node:perf_hooks'

import setup, { e2eBaseUrl } from '../e2e/globalSetup'
import teardown from '../e2e/globalTeardown'
import { launchBrowser, logIn } from '../helpers/browser'

import type { Page } from 'playwright-core'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const TARGET_MS = 2_000

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/** Milliseconds from navigation until the page shows what a person works with. */
const usableAfter = async (page: Page, url: string, ready: string): Promise<number> => {
  const started = performance.now()
  await page.goto(url)
  await page.locator(ready).first().waitFor({ timeout: 60_000 })
  return performance.now() - started
}

await setup()
try {
  const browser = await launchBrowser()
  const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } })
  await logIn(page, e2eBaseUrl, 'directie@example.com')
  const found = await (
    await page
      .context()
      .request.get(
        `${e2eBaseUrl}/api/complaints?where[status][equals]=inProgress&limit=1&depth=0`,
        {
          headers: { Origin: e2eBaseUrl },
        },
      )
  ).json()
  const pages = [
    {
      name: 'case page',
      url: `${e2eBaseUrl}/admin/collections/complaints/${found.docs[0].id}`,
      ready: '[data-testid="case-steps"] .case-step__name',
    },
    {
      name: 'complaints list',
      url: `${e2eBaseUrl}/admin/collections/complaints`,
      ready: 'table tbody tr a',
    },
    { name: 'dashboard', url: `${e2eBaseUrl}/admin`, ready: '[data-testid="overdue-dashboard"]' },
  ]
  console.log(`admin pages, production build, warm, ${RUNS} loads each (target ${TARGET_MS} ms)`)
  console.log('page              median ms   p90 ms   p90 / target')
  for (const { name, url, ready } of pages) {
    for (let warm = 0; warm < 2; warm += 1) await usableAfter(page, url, ready)
    const times: number[] = []
    for (let run = 0; run < RUNS; run += 1) times.push(await usableAfter(page, url, ready))
    const median = percentile(times, 50)
    const p90 = percentile(times, 90)
    console.log(
      `${name.padEnd(17)} ${median.toFixed(0).padStart(9)} ${p90.toFixed(0).padStart(8)} ${(p90 / TARGET_MS).toFixed(2).padStart(14)}x`,
    )
  }
  await browser.close()
} finally {
  await teardown()
}
