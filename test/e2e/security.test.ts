import { mkdir } from 'node:fs/promises'

import { adminApi } from '../helpers/adminApi'
import { launchBrowser, logIn } from '../helpers/browser'
import { e2eBaseUrl } from './globalSetup'

import type { Browser, Page } from 'playwright-core'

let browser: Browser

const SCREENSHOTS = 'test/e2e/screenshots'
/**
 * An administrator of this file's own: a login of the demo's administrator in a file running
 * beside this one can drop this file's session (Payload keeps sessions in the user's document).
 */
const ADMIN = 'beheer-beveiliging@example.com'

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(SCREENSHOTS, { recursive: true })
  const api = await adminApi(e2eBaseUrl)
  await api.call('/api/users', {
    method: 'POST',
    body: JSON.stringify({
      email: ADMIN,
      name: 'Beheer beveiliging',
      password: 'changeme',
      roles: ['admin'],
    }),
  })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

/** A complaint in handling, opened in the admin on its decision tab, as a person would. */
const openComplaint = async (page: Page): Promise<string> => {
  const found = await page
    .context()
    .request.get(`${e2eBaseUrl}/api/complaints?where[status][equals]=inProgress&limit=1&depth=0`, {
      headers: { Origin: e2eBaseUrl },
    })
  const id = String((await found.json()).docs[0].id)
  await page.goto(`${e2eBaseUrl}/admin/collections/complaints/${id}`)
  await page
    .locator('.tabs-field__tab-button', { hasText: 'Uitspraak' })
    .first()
    .click({ timeout: 120_000 })
  await page.locator('textarea#field-measures').waitFor({ timeout: 120_000 })
  return id
}

describe('what the browser is told to protect', () => {
  it('forbids framing the admin and the status page by others, and sniffing anywhere', async () => {
    for (const path of ['/admin/login', '/klacht/status/onbekend']) {
      const response = await fetch(`${e2eBaseUrl}${path}`)
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
    expect(
      (await fetch(`${e2eBaseUrl}/klacht/status/onbekend`)).headers.get('referrer-policy'),
    ).toBe('no-referrer')
  }, 240_000)

  it('lets the organisation’s own site frame the hosted form, and nobody else', async () => {
    const response = await fetch(`${e2eBaseUrl}/klacht/hss`)
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toMatch(
      /frame-ancestors 'self' http:\/\/127\.0\.0\.1:3200 http:\/\/localhost:3200/,
    )
  }, 240_000)
})

describe('a save made in the admin from a stale copy', () => {
  it('is refused with a message that says what happened, and the other change stays', async () => {
    const page = await browser.newPage({ locale: 'nl-NL' })
    await logIn(page, e2eBaseUrl, ADMIN)
    const id = await openComplaint(page)
    // Meanwhile the same complaint is saved elsewhere (another tab of the same person).
    const elsewhere = await page.context().request.patch(`${e2eBaseUrl}/api/complaints/${id}`, {
      data: { measures: 'Gewijzigd in een ander tabblad' },
      headers: { Origin: e2eBaseUrl },
    })
    expect(elsewhere.status()).toBe(200)
    await page.fill('textarea#field-measures', 'Gewijzigd in dit tabblad')
    await page.keyboard.press('Control+s')
    const toast = page.locator('.toast-error, [data-sonner-toast][data-type="error"]').first()
    await toast.waitFor({ timeout: 60_000 })
    expect(await toast.innerText()).toMatch(
      /Iemand anders heeft dit document intussen bewaard \(\d{1,2} \w+ \d{4} om \d\d\.\d\d uur\); uw wijziging is niet opgeslagen/,
    )
    await page.screenshot({ path: `${SCREENSHOTS}/stale-save-refused.png` })
    const stored = await page.context().request.get(`${e2eBaseUrl}/api/complaints/${id}?depth=0`, {
      headers: { Origin: e2eBaseUrl },
    })
    expect((await stored.json()).measures).toBe('Gewijzigd in een ander tabblad')
    await page.close()
  }, 300_000)
})

describe('a cookie login used from another site', () => {
  it('is not accepted by the API', async () => {
    const page = await browser.newPage({ locale: 'nl-NL' })
    await logIn(page, e2eBaseUrl, ADMIN)
    const own = await page
      .context()
      .request.get(`${e2eBaseUrl}/api/complaints?limit=1`, { headers: { Origin: e2eBaseUrl } })
    expect(own.status()).toBe(200)
    const foreign = await page.context().request.get(`${e2eBaseUrl}/api/complaints?limit=1`, {
      headers: { Origin: 'https://elders.example' },
    })
    expect(foreign.status()).toBe(403)
    await page.close()
  }, 240_000)
})
