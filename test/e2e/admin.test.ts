import { mkdir } from 'node:fs/promises'

import { launchBrowser, logIn, logInThroughForm } from '../helpers/browser'
import { clickUntilAddress, searchList } from '../helpers/casePage'
import { e2eBaseUrl } from './globalSetup'

import type { Browser } from 'playwright-core'

let browser: Browser
const SCREENSHOTS = 'test/e2e/screenshots'

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(SCREENSHOTS, { recursive: true })
}, 60_000)

afterAll(async () => {
  await browser.close()
})

/** What `read` gives once `done` holds, or after 60 s what it gives then (for the assertion to show). */
const settled = async <T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
  for (let waited = 0; waited < 60_000; waited += 500) {
    const value = await read()
    if (done(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return read()
}

describe('the admin panel in Chromium', () => {
  it('lets the demo admin log in and shows the complaints with their next deadline', async () => {
    const page = await browser.newPage({ locale: 'nl-NL' })
    await logInThroughForm(page, e2eBaseUrl, 'admin@example.com')
    await page.goto(`${e2eBaseUrl}/admin/collections/complaints`)
    await page.waitForSelector('text=/KL-20\\d\\d-\\d{4}/', { timeout: 120_000 })
    const references = await page.locator('text=/KL-20\\d\\d-\\d{4}/').count()
    expect(references).toBeGreaterThanOrEqual(10)
    const badge = page.locator('td >> text=/\\d+ d te laat|over \\d+ d|vandaag/')
    await badge.first().waitFor({ timeout: 60_000 })
    expect(await badge.count()).toBeGreaterThan(0)
    await page.close()
  }, 240_000)

  it('starts a regulation of the organisation’s own from a model, and opens it to edit', async () => {
    const page = await browser.newPage({ locale: 'nl-NL' })
    await logIn(page, e2eBaseUrl, 'admin@example.com')
    await page.goto(`${e2eBaseUrl}/admin/collections/regulations`)
    const section = page.locator('[data-testid="model-regulation"]')
    await section.waitFor({ timeout: 120_000 })
    expect(await section.locator('h3').innerText()).toBe('Beginnen met een modelregeling')
    await section.locator('.rs__control').click()
    await page.locator('.rs__option', { hasText: 'Ambulant' }).click()
    await page.screenshot({ path: `${SCREENSHOTS}/model-regulation-chosen.png` })
    await section.getByRole('button', { name: 'Regeling maken' }).click()
    await page.waitForURL(/\/admin\/collections\/regulations\/\d+$/, { timeout: 60_000 })
    // The demo has IZW Ambulant already: the new one gets a code of its own.
    await page.locator('#field-slug').waitFor({ timeout: 60_000 })
    expect(await page.locator('#field-slug').inputValue()).toBe('izw-ambulant-2')
    expect(await page.locator('#field-name').inputValue()).toMatch(/Ambulant/)
    await page.screenshot({ path: `${SCREENSHOTS}/model-regulation-created.png` })
    await page.close()
  }, 240_000)

  it('offers the models in English to an English admin, and not at all to directie', async () => {
    const english = await browser.newPage({
      locale: 'en-GB',
      extraHTTPHeaders: { 'Accept-Language': 'en' },
    })
    await logIn(english, e2eBaseUrl, 'admin@example.com')
    await english.goto(`${e2eBaseUrl}/admin/collections/regulations`)
    const section = english.locator('[data-testid="model-regulation"]')
    await section.waitFor({ timeout: 120_000 })
    expect(await section.locator('h3').innerText()).toBe('Start from a model regulation')
    expect(await section.getByRole('button').innerText()).toBe('Create regulation')
    await english.screenshot({ path: `${SCREENSHOTS}/model-regulation-en.png` })
    await english.close()
    const directie = await browser.newPage({ locale: 'nl-NL' })
    await logIn(directie, e2eBaseUrl, 'directie@example.com')
    await directie.goto(`${e2eBaseUrl}/admin/collections/regulations`)
    await directie.locator('text=/IZW|HSS/').first().waitFor({ timeout: 120_000 })
    expect(await directie.locator('[data-testid="model-regulation"]').count()).toBe(0)
    await directie.close()
  }, 240_000)

  it('starts work from the complaints list: the most pressing first, quick filters, search by name', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } })
    await logIn(page, e2eBaseUrl, 'directie@example.com')
    await page.goto(`${e2eBaseUrl}/admin/collections/complaints`)
    const filters = page.locator('[data-testid="complaint-filters"]')
    await filters.waitFor({ timeout: 120_000 })
    await clickUntilAddress(page, filters.getByRole('link', { name: 'Termijn verlopen' }), (url) =>
      url.search.includes('where'),
    )
    // The list shows the filtered rows once it has fetched them: read until it has.
    const badges = page.locator('td >> text=/\\d+ d te laat|over \\d+ d|vandaag/')
    const shown = await settled(
      () => badges.allInnerTexts(),
      (texts) => texts.length > 0 && texts.every((text) => /te laat/.test(text)),
    )
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.filter((text) => !/te laat/.test(text))).toEqual([])
    await page.screenshot({ path: `${SCREENSHOTS}/list-overdue.png` })
    await clickUntilAddress(
      page,
      filters.getByRole('link', { name: 'Alle klachten' }),
      (url) => !url.search.includes('where'),
    )
    await searchList(page, 'Bakker')
    const rows = await settled(
      () => page.locator('tbody tr').allInnerTexts(),
      (texts) => texts.length > 0 && texts.every((row) => row.includes('Bakker')),
    )
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.filter((row) => !row.includes('Bakker'))).toEqual([])
    await page.screenshot({ path: `${SCREENSHOTS}/list-search-name.png` })
    await page.close()
  }, 240_000)
})
