/**
 * Who read a complaint's file, on its case page: directie and admin see the latest readers
 * (their own earlier read among them), in their admin's language; a handler does not. Each page
 * of the admin records each document it shows once. Screenshots go to test/e2e/screenshots.
 *
 * The readers are people of their own, made here: other files of the suite run beside this one
 * and read complaints as the demo's people, which would count as second reads.
 */
import { mkdir } from 'node:fs/promises'

import { adminApi } from '../helpers/adminApi'
import { launchBrowser, logInThroughForm } from '../helpers/browser'
import { casePage } from '../helpers/casePage'
import { samples } from '../helpers/intake'
import { e2eBaseUrl } from './globalSetup'

import type { Browser, Page } from 'playwright-core'

let browser: Browser
let asAdminRequest: Awaited<ReturnType<typeof adminApi>>['request']
const SCREENSHOTS = 'test/e2e/screenshots'
const DIRECTIE = 'lezer-directie@example.com'
const HANDLER = 'lezer-behandelaar@example.com'
/** The complaint this file reads: one of its own, with an attachment, handled by HANDLER. */
let filed: { id: number; attachments: number[] }

type Row = { id: number; documentCollection: string; documentId: string; path: string }

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(SCREENSHOTS, { recursive: true })
  const api = await adminApi(e2eBaseUrl)
  asAdminRequest = api.request
  const post = (path: string, body: unknown) =>
    api.call(path, { method: 'POST', body: JSON.stringify(body) })
  const handler = await post('/api/users', {
    email: HANDLER,
    name: 'Lezer behandelaar',
    password: 'changeme',
    roles: ['handler'],
  })
  await post('/api/users', {
    email: DIRECTIE,
    name: 'Lezer directie',
    password: 'changeme',
    roles: ['directie'],
  })
  const form = new FormData()
  form.set('regulation', 'hss')
  form.set('name', 'Kees de Vries')
  form.set('description', 'De rekening klopte niet.')
  form.append(
    'attachments',
    new Blob([samples.pdf('bijlage')], { type: 'application/pdf' }),
    'rekening.pdf',
  )
  const sent = await fetch(`${e2eBaseUrl}/api/complaints/submit`, { method: 'POST', body: form })
  expect(sent.status).toBe(201)
  const { reference } = (await sent.json()) as { reference: string }
  filed = (await api.call(`/api/complaints?where[reference][equals]=${reference}&depth=0`)).docs[0]
  expect(filed.attachments).toHaveLength(1)
  await api.call(`/api/complaints/${filed.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ handler: handler.doc.id }),
  })
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

/** The access log's rows of one reader after row `after`, as the administrator reads them. */
const readsOf = async (email: string, after: number): Promise<Row[]> => {
  const query = `where[userEmail][equals]=${encodeURIComponent(email)}&where[id][greater_than]=${after}`
  const answer = await asAdminRequest(
    `/api/complaint-access-log?${query}&sort=id&limit=1000&depth=0`,
  )
  expect(answer.status).toBe(200)
  return ((await answer.json()) as { docs: Row[] }).docs
}

const lastRow = async (): Promise<number> => {
  const answer = await asAdminRequest('/api/complaint-access-log?sort=-id&limit=1&depth=0')
  return ((await answer.json()) as { docs: Row[] }).docs[0]?.id ?? 0
}

/**
 * The last row once the log has stopped growing for two seconds: a page's own requests (the
 * admin's client fetches after it rendered) may land after the browser went quiet on a busy
 * machine, and must not be counted as the next page's.
 */
const settledLastRow = async (): Promise<number> => {
  let last = await lastRow()
  for (let quiet = 0; quiet < 4;) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    const now = await lastRow()
    quiet = now === last ? quiet + 1 : 0
    last = now
  }
  return last
}

/** Documents recorded more than once: none, when each page records what it shows once. */
const twice = (rows: Row[]) => {
  const keys = rows.map((row) => `${row.documentCollection}/${row.documentId}`)
  return keys.filter((key, index) => keys.indexOf(key) !== index)
}

/** One page view recorded the complaint once, in the admin panel, and nothing twice. */
const expectComplaintReadOnce = async (email: string, after: number, complaint: string) => {
  const reads = await readsOf(email, after)
  expect(twice(reads)).toEqual([])
  expect(reads.filter((row) => row.documentCollection === 'complaints')).toEqual([
    expect.objectContaining({ documentId: complaint, path: 'admin' }),
  ])
}

const as = async (email: string, locale = 'nl-NL'): Promise<Page> => {
  const page = await browser.newPage({
    locale,
    viewport: { width: 1400, height: 1000 },
    extraHTTPHeaders: { 'Accept-Language': locale.slice(0, 2) },
  })
  await logInThroughForm(page, e2eBaseUrl, email)
  return page
}

/** Opens a case page and waits until it has rendered, and the client's own requests are done. */
const openCase = async (page: Page, id: string) => {
  await page.goto(`${e2eBaseUrl}/admin/collections/complaints/${id}`)
  await casePage(page).overview.waitFor({ timeout: 120_000 })
  await page.waitForLoadState('networkidle')
}

describe('who read a complaint, on its case page', () => {
  const complaint = () => String(filed.id)

  it('the list records each complaint it shows once, as read in the admin panel', async () => {
    const page = await as(HANDLER)
    const before = await settledLastRow()
    await page.goto(`${e2eBaseUrl}/admin/collections/complaints`)
    const links = page.locator('tbody tr a[href*="/collections/complaints/"]')
    await links.first().waitFor({ timeout: 120_000 })
    await page.waitForLoadState('networkidle')
    const shown = (await links.evaluateAll((all) =>
      all.map((link) => /\/complaints\/(\d+)/.exec(link.getAttribute('href') ?? '')![1]!),
    )) as string[]
    const ids = [...new Set(shown)]
    expect(ids).toEqual([complaint()])
    const reads = await readsOf(HANDLER, before)
    expect(twice(reads)).toEqual([])
    expect(
      reads
        .filter((row) => row.documentCollection === 'complaints')
        .map((row) => [row.documentId, row.path]),
    ).toEqual([[complaint(), 'admin']])
    await page.close()
  }, 240_000)

  it('a handler opens the case and sees no readers', async () => {
    const page = await as(HANDLER)
    const before = await settledLastRow()
    await openCase(page, complaint())
    expect(await page.locator('[data-testid="case-readers"]').count()).toBe(0)
    await page.screenshot({ path: `${SCREENSHOTS}/access-log-handler.png`, fullPage: true })
    await expectComplaintReadOnce(HANDLER, before, complaint())
    await page.close()
  }, 240_000)

  it('directie opens it twice and sees the handler and their own earlier read', async () => {
    const page = await as(DIRECTIE)
    await openCase(page, complaint())
    const before = await settledLastRow()
    await openCase(page, complaint())
    const readers = page.locator('[data-testid="case-readers"]')
    await readers.waitFor({ timeout: 60_000 })
    expect(await readers.locator('h3').innerText()).toBe('Ingezien door')
    const rows = await readers.locator('tbody tr').allInnerTexts()
    const read = (email: string) =>
      new RegExp(
        `^${email.replace(/\./g, '\\.')}\\s+beheeromgeving\\s+\\d+ \\w+ 20\\d\\d, \\d\\d:\\d\\d$`,
      )
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.stringMatching(read(DIRECTIE)),
        expect.stringMatching(read(HANDLER)),
      ]),
    )
    // The latest first: directie's own read of a moment ago.
    expect(rows[0]).toMatch(read(DIRECTIE))
    await readers.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOTS}/access-log-directie.png`, fullPage: true })
    await expectComplaintReadOnce(DIRECTIE, before, complaint())
    await page.close()
  }, 240_000)

  it("records a case page's complaint, letters and attachment once each, as the admin panel", async () => {
    const page = await as(DIRECTIE)
    const before = await settledLastRow()
    await openCase(page, complaint())
    await page.locator('text=rekening.pdf').first().waitFor({ timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    const reads = await readsOf(DIRECTIE, before)
    expect(twice(reads)).toEqual([])
    expect(reads.every((row) => row.path === 'admin')).toBe(true)
    expect(
      reads
        .filter((row) => row.documentCollection !== 'letters')
        .map((row) => `${row.documentCollection}/${row.documentId}`)
        .sort(),
    ).toEqual([`complaint-attachments/${filed.attachments[0]}`, `complaints/${filed.id}`])
    await page.close()
  }, 240_000)

  it('shows an English admin the same in English', async () => {
    const page = await as('admin@example.com', 'en-GB')
    await openCase(page, complaint())
    const readers = page.locator('[data-testid="case-readers"]')
    await readers.waitFor({ timeout: 60_000 })
    expect(await readers.locator('h3').innerText()).toBe('Read by')
    expect(await readers.locator('tbody tr').first().innerText()).toMatch(
      /^admin@example\.com\s+admin panel\s+\d+ [A-Z]\w+ 20\d\d, \d\d:\d\d$/,
    )
    await readers.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOTS}/access-log-en.png`, fullPage: true })
    await page.close()
  }, 240_000)
})
