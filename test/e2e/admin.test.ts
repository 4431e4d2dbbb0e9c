import { launchBrowser, logIn } from '../helpers/browser'
import { e2eBaseUrl } from './globalSetup'

import type { Browser } from 'playwright-core'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
}, 60_000)

afterAll(async () => {
  await browser.close()
})

describe('the admin panel in Chromium', () => {
  it('lets the demo admin log in and shows the complaints with their next deadline', async () => {
    const page = await browser.newPage({ locale: 'nl-NL' })
    await logIn(page, e2eBaseUrl, 'admin@example.com')
    await page.goto(`${e2eBaseUrl}/admin/collections/complaints`)
    await page.waitForSelector('text=/KL-20\\d\\d-\\d{4}/', { timeout: 120_000 })
    const references = await page.locator('text=/KL-20\\d\\d-\\d{4}/').count()
    expect(references).toBeGreaterThanOrEqual(10)
    const badge = page.locator('td >> text=/\\d+ d te laat|over \\d+ d|vandaag/')
    await badge.first().waitFor({ timeout: 60_000 })
    expect(await badge.count()).toBeGreaterThan(0)
    await page.close()
  }, 240_000)
})
