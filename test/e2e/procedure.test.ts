/**
 * The excluded subject and the deadline explanations in the admin, on HSS complaints of this
 * file's own: only HSS excludes subjects, and other files change the demo's complaints meanwhile.
 */
import { mkdir } from 'node:fs/promises'

import { adminApi } from '../helpers/adminApi'
import { launchBrowser, logIn } from '../helpers/browser'
import { e2eBaseUrl } from './globalSetup'

import type { Browser } from 'playwright-core'

let browser: Browser
let api: Awaited<ReturnType<typeof adminApi>>
const SCREENSHOTS = 'test/e2e/screenshots'
const HSS_SUBMISSION = {
  regulation: 'hss',
  name: 'Kees de Vries',
  description: 'De factuur rekende administratiekosten die niet waren afgesproken.',
}

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(SCREENSHOTS, { recursive: true })
  api = await adminApi(e2eBaseUrl)
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

describe('the excluded subject in the admin', () => {
  it('is chosen from the subjects the complaint’s own regulation excludes, in Dutch', async () => {
    const page = await browser.newPage({ locale: 'nl-NL' })
    await logIn(page, e2eBaseUrl, 'admin@example.com')
    const { id } = await api.submit(HSS_SUBMISSION)
    await page.goto(`${e2eBaseUrl}/admin/collections/complaints/${id}`)
    const select = page.locator('#field-excludedSubject')
    await select.waitFor({ timeout: 120_000 })
    await select.locator('.rs__control').click()
    await page.locator('.rs__option', { hasText: 'administratiekosten' }).click()
    await page.screenshot({ path: `${SCREENSHOTS}/excluded-subject-chosen.png` })
    await page.keyboard.press('Control+s')
    await page
      .locator('.toast-success, [data-sonner-toast][data-type="success"]')
      .first()
      .waitFor({ timeout: 60_000 })
    const stored = await api.call(`/api/complaints/${id}?depth=0`)
    expect(stored.excludedSubject).toBe('administrationCosts')
    expect(stored.admissibilityIssues.map((issue: { nl: string }) => issue.nl)).toEqual([
      'Klachten over administratiekosten vallen niet onder deze regeling.',
    ])
    await page.close()
  }, 300_000)

  it('shows how each deadline was counted, in words, and the fields’ labels, in the admin’s language', async () => {
    for (const [locale, language, tab, heading, kind, words, subject] of [
      [
        'nl-NL',
        'nl',
        'Termijnen',
        'Uitleg van de termijnen',
        'Ontvangstbevestiging',
        /werkdagen na/,
        'Uitgesloten onderwerp',
      ],
      [
        'en-GB',
        'en',
        'Deadlines',
        'How the deadlines were counted',
        'Acknowledgement',
        /working days after/,
        'Excluded subject',
      ],
    ] as const) {
      const page = await browser.newPage({
        locale,
        extraHTTPHeaders: { 'Accept-Language': language },
      })
      await logIn(page, e2eBaseUrl, 'admin@example.com')
      const { id } = await api.submit(HSS_SUBMISSION)
      await page.goto(`${e2eBaseUrl}/admin/collections/complaints/${id}`)
      // The field renders again once its regulation's subjects are in: wait for the label's text.
      await page
        .locator('label[for="field-excludedSubject"]', { hasText: new RegExp(`^${subject}`) })
        .waitFor({ timeout: 60_000 })
      await page.locator('.tabs-field__tab-button', { hasText: tab }).click()
      const notes = page.locator('[data-testid="notes-deadlineExplanations"]')
      await notes.waitFor({ timeout: 60_000 })
      // The computed deadlines are read-only: shown, but without a button that clears them.
      const readOnlyDates = page.locator('.date-time-field.read-only')
      expect(await readOnlyDates.count()).toBeGreaterThan(0)
      expect(
        await readOnlyDates
          .locator('.date-time-picker__clear-button')
          .evaluateAll(
            (buttons) => buttons.filter((button) => (button as HTMLElement).offsetParent).length,
          ),
      ).toBe(0)
      expect(await notes.locator('label').first().innerText()).toBe(heading)
      const entry = notes.locator('div', { has: page.locator(`dt:text-is("${kind}")`) })
      expect(await entry.locator('dd').innerText()).toMatch(words)
      await notes.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SCREENSHOTS}/deadline-explanations-${language}.png` })
      await page.close()
    }
  }, 300_000)
})
