/**
 * Directie records the periodic review of HSS's last quarter in the admin, by clicking, and finds
 * it in the yearly report beside that quarter's figures; an English admin reads the section in
 * English. Screenshots go to test/e2e/screenshots.
 */
import { mkdir } from 'node:fs/promises'

import { todayInAmsterdam } from '../../src/complaints/storedDates'
import { lastEndedPeriod } from '../../src/procedure/review'
import { launchBrowser, logIn } from '../helpers/browser'
import { e2eBaseUrl } from './globalSetup'

import type { Browser } from 'playwright-core'

let browser: Browser
const SCREENSHOTS = 'test/e2e/screenshots'
const LAST = lastEndedPeriod('quarter', todayInAmsterdam())!
const QUARTER = `${LAST.period.slice(1)}e kwartaal`

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(SCREENSHOTS, { recursive: true })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

describe('the periodic review, in the admin', () => {
  it('is recorded by directie by clicking, and shows in the yearly report beside its quarter', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } })
    await logIn(page, e2eBaseUrl, 'directie@example.com')
    await page.goto(`${e2eBaseUrl}/admin/collections/complaint-reviews/create`)
    await page.locator('#field-regulation').click({ timeout: 120_000 })
    await page.locator('.rs__option', { hasText: 'HSS' }).first().click()
    await page.locator('#field-year').fill(String(LAST.year))
    await page.locator('#field-period').click()
    await page.locator('.rs__option', { hasText: QUARTER }).click()
    await page.locator('#field-reviewedOn input').click()
    await page.locator('.react-datepicker__day--today').first().click()
    await page.locator('#field-conclusions').fill('De meeste klachten gaan over bereikbaarheid.')
    await page.locator('#field-measures').fill('Terugbelservice per 1 januari.')
    await page.keyboard.press('Control+s')
    await page
      .locator('.toast-success, [data-sonner-toast][data-type="success"]')
      .first()
      .waitFor({ timeout: 60_000 })
    await page.screenshot({ path: `${SCREENSHOTS}/review-recorded-nl.png`, fullPage: true })

    await page.goto(`${e2eBaseUrl}/admin/report?regulation=hss&year=${LAST.year}`)
    const section = page.locator('section[aria-labelledby="report-reviews"]')
    await section.waitFor({ timeout: 120_000 })
    const row = section.locator('tbody tr', { hasText: QUARTER })
    const cells = await row.locator('th, td').allInnerTexts()
    expect(cells[0]).toBe(QUARTER)
    expect(cells[1]).toMatch(/^\d+ ontvangen, \d+ binnen de termijn, \d+ te laat$/)
    expect(cells.slice(3)).toEqual([
      'De meeste klachten gaan over bereikbaarheid.',
      'Terugbelservice per 1 januari.',
    ])
    await section.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOTS}/report-reviews-nl.png` })
    await page.close()
  }, 300_000)

  it('reads the same in English', async () => {
    const page = await browser.newPage({
      locale: 'en-GB',
      viewport: { width: 1400, height: 1000 },
      extraHTTPHeaders: { 'Accept-Language': 'en' },
    })
    await logIn(page, e2eBaseUrl, 'admin@example.com')
    await page.goto(`${e2eBaseUrl}/admin/report?regulation=hss&year=${LAST.year}`)
    const section = page.locator('section[aria-labelledby="report-reviews"]')
    await section.waitFor({ timeout: 120_000 })
    expect(await section.locator('h2').innerText()).toBe('Periodic review')
    expect(await section.locator('thead th').allInnerTexts()).toEqual([
      'Period',
      "The period's figures",
      'Reviewed on',
      'Conclusions and trends',
      'Measures',
    ])
    await section.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOTS}/report-reviews-en.png` })
    await page.close()
  }, 300_000)
})
