/**
 * Privacy on the case page, by clicking: directie sees how long a file is kept, downloads
 * everything about its complainant, is refused erasure while the complaint is handled, records
 * the withdrawal, then erases the file at the complainant's request; the English admin reads
 * the same panel in English; a handler never sees it. Screenshots go to
 * test/e2e/screenshots/privacy.
 */
import { mkdir, readFile } from 'node:fs/promises'

import { strFromU8, unzipSync } from 'fflate'

import { todayInAmsterdam } from '../../src/procedure/zone'
import { launchBrowser, logIn } from '../helpers/browser'
import { casePage, openFromList, takeStep } from '../helpers/casePage'
import { e2eBaseUrl } from './globalSetup'

import type { Browser, Page } from 'playwright-core'

let browser: Browser
const SHOTS = 'test/e2e/screenshots/privacy'

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(SHOTS, { recursive: true })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

const as = async (email: string, language: 'nl' | 'en' = 'nl'): Promise<Page> => {
  const page = await browser.newPage({
    locale: language === 'nl' ? 'nl-NL' : 'en-GB',
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
    ...(language === 'en' ? { extraHTTPHeaders: { 'Accept-Language': 'en' } } : {}),
  })
  await logIn(page, e2eBaseUrl, email)
  return page
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })

const panel = (page: Page) => page.locator('[data-testid="case-privacy"]')

/** Erases from the panel with this reason; returns the refusal shown, or null when it was done. */
const erase = async (page: Page, reason: string): Promise<string | null> => {
  const form = panel(page).locator('.case-erase')
  // The button works once the page is interactive: click until its form opens.
  for (let attempt = 0; !(await form.isVisible()); attempt += 1) {
    if (attempt === 60) throw new Error('the erase form did not open')
    await panel(page)
      .getByRole('button', { name: /Wissen op verzoek/ })
      .click()
    await page.waitForTimeout(500)
  }
  await form.locator('textarea').fill(reason)
  const answered = page.waitForResponse(
    (response) => response.url().endsWith('/erase') && response.request().method() === 'POST',
    { timeout: 60_000 },
  )
  await form.getByRole('button', { name: 'Definitief wissen' }).click()
  if ((await answered).ok()) {
    await page.waitForEvent('load', { timeout: 60_000 })
    await casePage(page).overview.waitFor({ timeout: 60_000 })
    return null
  }
  const alert = form.locator('[role="alert"]')
  await alert.waitFor({ timeout: 60_000 })
  return alert.innerText()
}

describe('privacy on the case page', () => {
  let reference: string

  it('directie downloads the complainant’s data and erases the file at their request', async () => {
    const page = await as('directie@example.com')
    // Recorded through the API as directie would by e-mail (the public form's rate limit is shared here).
    const api = page.context().request
    const headers = { Origin: e2eBaseUrl }
    const found = await api.get(`${e2eBaseUrl}/api/regulations?where[slug][equals]=hss&limit=1`, {
      headers,
    })
    const regulation = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
    const created = await api.post(`${e2eBaseUrl}/api/complaints`, {
      headers,
      data: {
        regulation,
        channel: 'email',
        receivedOn: todayInAmsterdam(),
        description: 'Ik wil dat mijn gegevens na afloop worden gewist.',
        complainant: { name: 'Erika Wisse', email: 'erika.wisse@example.com', role: 'client' },
      },
    })
    expect(created.status()).toBe(201)
    reference = ((await created.json()) as { doc: { reference: string } }).doc.reference
    await openFromList(page, e2eBaseUrl, reference)
    await panel(page).waitFor({ timeout: 60_000 })
    expect(await panel(page).locator('h3').innerText()).toBe('Privacy')
    expect(await page.locator('[data-testid="case-retention"]').innerText()).toBe(
      'Wordt 2 jaar na de afsluiting geanonimiseerd.',
    )

    const download = page.waitForEvent('download', { timeout: 60_000 })
    await panel(page)
      .getByRole('link', { name: /Alle gegevens van deze klager/ })
      .click()
    const zip = unzipSync(new Uint8Array(await readFile((await (await download).path())!)))
    const exported = JSON.parse(strFromU8(zip['complainant.json']!))
    expect(exported.complainant.name).toBe('Erika Wisse')
    expect(exported.complaints.map((entry: any) => entry.complaint.reference)).toEqual([reference])

    const refused = await erase(page, 'Verzoek van mevrouw per e-mail')
    expect(refused).toMatch(/in behandeling kan niet worden gewist/)
    await shot(page, '1-erase-refused-while-handled')

    expect((await takeStep(page, 'Intrekking vastleggen')).refused).toBeNull()
    expect(await casePage(page).stage.innerText()).toBe('ingetrokken')
    expect(await erase(page, 'Verzoek van mevrouw per e-mail')).toBeNull()
    const line = await page.locator('[data-testid="case-retention"]').innerText()
    expect(line).toMatch(/^Geanonimiseerd op \w+dag \d+ \w+ 20\d\d\./)
    expect(line).toContain('Gewist op verzoek: Verzoek van mevrouw per e-mail')
    expect(await panel(page).getByRole('link').count()).toBe(0)
    expect(await casePage(page).overview.innerText()).not.toContain('Erika Wisse')
    // Nothing more happens to it: no next step, no unsent letter left to send.
    expect(await casePage(page).steps.innerText()).toContain('er is geen volgende stap')
    expect(await casePage(page).letters.getByText('Versturen').count()).toBe(0)
    await shot(page, '2-erased')
    await page.close()
  }, 300_000)

  it('speaks English to the English admin', async () => {
    const page = await as('admin@example.com', 'en')
    await openFromList(page, e2eBaseUrl, reference)
    await panel(page).waitFor({ timeout: 60_000 })
    const line = await page.locator('[data-testid="case-retention"]').innerText()
    expect(line).toMatch(/^Anonymised on \w+day \d+ \w+ 20\d\d\./)
    expect(line).toContain('Erased on request: Verzoek van mevrouw per e-mail')
    await shot(page, '3-erased-en')
    await page.close()
  }, 180_000)

  it('is not shown to a handler', async () => {
    const page = await as('behandelaar@example.com')
    // One of the handler's own cases, as their list would show it.
    const own = await page
      .context()
      .request.get(`${e2eBaseUrl}/api/complaints?limit=1&depth=0&sort=-receivedOn`, {
        headers: { Origin: e2eBaseUrl },
      })
    const id = ((await own.json()) as { docs: { id: number }[] }).docs[0]!.id
    await page.goto(`${e2eBaseUrl}/admin/collections/complaints/${id}`)
    await casePage(page).overview.waitFor({ timeout: 120_000 })
    await casePage(page).stage.waitFor({ timeout: 60_000 })
    expect(await panel(page).count()).toBe(0)
    await page.close()
  }, 180_000)
})
