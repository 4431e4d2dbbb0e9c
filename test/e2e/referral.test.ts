/**
 * A handler records, in the admin, by clicking, that a complaint went to Klachtenportaal Zorg
 * (IZW Ambulant) and a hearing of the complainant: the body's term appears on the complaint and in
 * the overdue view as the body's, the referral letter is drafted. An English admin reads the tab in
 * English on a complaint of their own: Payload keeps a complaint locked for 300 s after its last
 * editor's page closed, which would put the handler's lock in their way. Screenshots go to test/e2e/screenshots.
 */
import { mkdir } from 'node:fs/promises'

import { izwAmbulant } from '../../src/procedure/seeds/izwAmbulant'
import { adminApi } from '../helpers/adminApi'
import { launchBrowser, logIn } from '../helpers/browser'
import { IZW_SUBMISSION } from '../helpers/intake'
import { e2eBaseUrl } from './globalSetup'

import type { Browser, Page } from 'playwright-core'

let browser: Browser
let complaint: { id: number; reference: string }
const SCREENSHOTS = 'test/e2e/screenshots'
const PORTAL = izwAmbulant.rules.escalationBodies[0]!.name

let api: Awaited<ReturnType<typeof adminApi>>

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(SCREENSHOTS, { recursive: true })
  api = await adminApi(e2eBaseUrl)
  complaint = await api.submit({ ...IZW_SUBMISSION, regulation: 'izw-ambulant' })
  const handler = await api.user('behandelaar@example.com')
  await api.call(`/api/complaints/${complaint.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ handler: handler.id }),
  })
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

const openTab = async (page: Page, tab: string, of: { id: number } = complaint) => {
  await page.goto(`${e2eBaseUrl}/admin/collections/complaints/${of.id}`)
  await page
    .locator('.tabs-field__tab-button', { hasText: tab })
    .first()
    .click({ timeout: 120_000 })
}

/** Today in the date field's calendar: the day an act is recorded on. */
const pickToday = async (page: Page, field: string) => {
  await page.locator(`#field-${field.replace(/\./g, '__')} input`).click()
  await page.locator('.react-datepicker__day--today').first().click()
}

const save = async (page: Page) => {
  await page.keyboard.press('Control+s')
  await page
    .locator('.toast-success, [data-sonner-toast][data-type="success"]')
    .first()
    .waitFor({ timeout: 60_000 })
}

const stored = () => api.call(`/api/complaints/${complaint.id}?depth=0`)

describe('a referral to an external body and a hearing, recorded in the admin', () => {
  it('records the referral by clicking; the body’s term and the referral letter follow', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } })
    await logIn(page, e2eBaseUrl, 'behandelaar@example.com')
    await openTab(page, 'Externe instantie')
    await page.locator('#field-referredTo').fill(PORTAL)
    await pickToday(page, 'referredOn')
    await save(page)
    await page.screenshot({ path: `${SCREENSHOTS}/referral-tab-nl.png`, fullPage: true })
    const after = await stored()
    expect(after.referredTo).toBe(PORTAL)
    expect(after.referredOn).toBeTruthy()
    expect(after.deadlines.externalOfficerContact).toBeTruthy()
    // The case page above the tabs lists the referral letter among its drafts.
    await page.reload()
    await page
      .locator('[data-testid="case-letters"]', { hasText: 'doorverwijzing' })
      .first()
      .waitFor({ timeout: 60_000 })
    await page.close()
  }, 300_000)

  it('refuses a body the regulation does not name, saying which it does', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } })
    await logIn(page, e2eBaseUrl, 'behandelaar@example.com')
    await openTab(page, 'Externe instantie')
    await page.locator('#field-referredTo').fill('Zorgbelang')
    await page.keyboard.press('Control+s')
    const toast = page.locator('.toast-error, [data-sonner-toast][data-type="error"]').first()
    await toast.waitFor({ timeout: 60_000 })
    expect(await toast.innerText()).toContain(
      "Instantie: 'Zorgbelang' is geen externe instantie van deze regeling; kies een van:",
    )
    await page.screenshot({ path: `${SCREENSHOTS}/referral-refused-nl.png` })
    expect((await stored()).referredTo).toBe(PORTAL)
    await page.close()
  }, 300_000)

  it('records a hearing of the complainant by clicking', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } })
    await logIn(page, e2eBaseUrl, 'behandelaar@example.com')
    await openTab(page, 'Behandeling')
    await page.locator('#field-hearings .array-field__add-row').first().click()
    await pickToday(page, 'hearings.0.date')
    await page.locator('#field-hearings__0__heard').click()
    await page.locator('.rs__option', { hasText: /^klager$/ }).click()
    await page.locator('#field-hearings__0__summary').fill('Klager toegelicht wat er misging.')
    await save(page)
    await page.screenshot({ path: `${SCREENSHOTS}/hearing-nl.png`, fullPage: true })
    const hearings = (await stored()).hearings as Record<string, unknown>[]
    expect(hearings).toEqual([
      expect.objectContaining({
        heard: 'complainant',
        summary: 'Klager toegelicht wat er misging.',
      }),
    ])
    await page.close()
  }, 300_000)

  it('lists the body’s term in the overdue view as the body’s', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } })
    await logIn(page, e2eBaseUrl, 'directie@example.com')
    await page.goto(`${e2eBaseUrl}/admin/overdue?sort=reference&dir=asc`)
    const row = page.locator('tbody tr', { hasText: complaint.reference })
    await row.first().waitFor({ timeout: 120_000 })
    expect(await row.allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'Contact externe klachtenfunctionaris (termijn van de externe instantie)',
        ),
      ]),
    )
    await row.first().scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOTS}/referral-overdue-nl.png` })
    await page.close()
  }, 300_000)

  it('shows an English admin the tab in English', async () => {
    const referred = await api.submit({ ...IZW_SUBMISSION, regulation: 'izw-ambulant' })
    await api.call(`/api/complaints/${referred.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ referredTo: PORTAL, referredOn: new Date().toISOString() }),
    })
    const page = await browser.newPage({
      locale: 'en-GB',
      viewport: { width: 1400, height: 1000 },
      extraHTTPHeaders: { 'Accept-Language': 'en' },
    })
    await logIn(page, e2eBaseUrl, 'admin@example.com')
    await openTab(page, 'External body', referred)
    expect(await page.locator('label[for="field-referredTo"]').innerText()).toMatch(/^Body/)
    expect(await page.locator('#field-referredTo').inputValue()).toBe(PORTAL)
    await page.screenshot({ path: `${SCREENSHOTS}/referral-tab-en.png`, fullPage: true })
    await page.close()
  }, 300_000)
})
