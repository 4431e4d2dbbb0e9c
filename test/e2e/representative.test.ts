/**
 * Someone who complains on behalf of a client, in Chromium: the public form asks who the
 * complaint is about once "wettelijk vertegenwoordiger" is chosen (Dutch, IZW Arbeidscoaching)
 * or "representative" (English, Krachtig Perspectief), refuses to send without the client's
 * name, and stores the client apart from the complainant; staff record a surviving relative's
 * complaint by phone, and directie and an English admin see the client on the case page.
 * Screenshots go to test/e2e/screenshots/representative.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { adminApi } from '../helpers/adminApi'
import { launchBrowser, logIn } from '../helpers/browser'
import { casePage, openFromList } from '../helpers/casePage'
import { e2eBaseUrl } from './globalSetup'

import type { Browser, Page } from 'playwright-core'

let browser: Browser
let api: Awaited<ReturnType<typeof adminApi>>
const SHOTS = 'test/e2e/screenshots/representative'
const axePath = path.resolve('node_modules/axe-core/axe.min.js')

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(SHOTS, { recursive: true })
  api = await adminApi(e2eBaseUrl)
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })

const storedByReference = async (reference: string) =>
  (await api.call(`/api/complaints?where[reference][equals]=${reference}&depth=0`)).docs[0]

/** axe-core on the whole page, the form's shadow root included: WCAG 2.1 A and AA. */
const axeViolations = async (page: Page): Promise<string[]> => {
  await page.addScriptTag({ path: axePath })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<any> } }).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations.map((violation: { id: string }) => violation.id)
  })
}

const clientSet = (page: Page) => page.locator('#cf-client')

describe('the public form, on behalf of someone else', () => {
  it('asks a legal representative who the complaint is about, in Dutch, and refuses to send without the name', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1000, height: 900 } })
    await page.goto(`${e2eBaseUrl}/klacht/izw-arbeidscoaching`)
    await page.getByLabel('Uw naam').waitFor({ timeout: 120_000 })
    // A client complaining for themselves is not asked about a client.
    expect(await clientSet(page).isVisible()).toBe(false)
    const role = page.getByLabel('U dient de klacht in als')
    await role.selectOption({ label: 'wettelijk vertegenwoordiger' })
    await clientSet(page).waitFor()
    expect(await role.getAttribute('aria-controls')).toBe('cf-client')
    expect(await clientSet(page).locator('legend').innerText()).toBe('Om wie gaat de klacht?')
    await role.selectOption({ label: 'cliënt' })
    expect(await clientSet(page).isVisible()).toBe(false)
    await role.selectOption({ label: 'wettelijk vertegenwoordiger' })

    await page.getByLabel('Uw naam').fill('Petra Bakker')
    await page.getByLabel('Telefoonnummer').fill('06 12345678')
    await page.getByLabel(/^Adres/).fill('Kerkweg 2')
    await page.getByLabel('Woonplaats').fill('Zeist')
    await page.getByLabel('Uw klacht').fill('De coach van mijn zoon kwam drie keer niet.')
    await page.getByRole('button', { name: 'Klacht versturen' }).click()
    const summary = page.locator('.summary')
    await summary.waitFor()
    expect(await summary.innerText()).toContain(
      'Naam van de cliënt: vul dit veld in; de klachtenregeling vraagt het.',
    )
    await shot(page, '1-form-nl-refused')

    // The summary's link takes the focus to the field; the name is typed there.
    await summary.getByRole('link', { name: /Naam van de cliënt/ }).click()
    await page.keyboard.type('Jan Bakker')
    await page.getByLabel('Geboortedatum van de cliënt').fill('1990-03-03')
    expect(await axeViolations(page)).toEqual([])
    await shot(page, '2-form-nl-filled')
    await page.getByRole('button', { name: 'Klacht versturen' }).click()
    const reference = page.locator('[data-reference]')
    await reference.waitFor({ timeout: 60_000 })
    await shot(page, '3-form-nl-sent')
    const stored = await storedByReference((await reference.innerText()).trim())
    expect(stored.complainant).toMatchObject({ name: 'Petra Bakker', role: 'legalRepresentative' })
    expect(stored.client.name).toBe('Jan Bakker')
    expect(String(stored.client.dateOfBirth)).toMatch(/^1990-03-0[23]/)
    await page.close()
  }, 300_000)

  it('asks a representative the client’s name in English, and nothing the regulation does not use', async () => {
    const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1000, height: 900 } })
    await page.goto(`${e2eBaseUrl}/klacht/krachtig-perspectief?lang=en`)
    await page.getByLabel('Your name').waitFor({ timeout: 120_000 })
    await page.getByLabel('You complain as').selectOption({ label: 'representative' })
    await clientSet(page).waitFor()
    expect(await clientSet(page).locator('legend').innerText()).toBe('Who is the complaint about?')
    // Krachtig Perspectief's clients may be organisations: the name is all it asks.
    expect(await clientSet(page).locator('input').count()).toBe(1)
    await page.getByLabel('Your name').fill('Petra Bakker')
    await page.getByLabel('Name of the client').fill('Stichting De Brug')
    await page.getByLabel('E-mail address').fill('petra@example.org')
    await page.getByLabel('Date of the events').fill('2026-10-01')
    await page.getByLabel('Your complaint').fill('The report on the client came three weeks late.')
    await shot(page, '4-form-en-filled')
    await page.getByRole('button', { name: 'Send complaint' }).click()
    const reference = page.locator('[data-reference]')
    await reference.waitFor({ timeout: 60_000 })
    const stored = await storedByReference((await reference.innerText()).trim())
    expect(stored.complainant).toMatchObject({ role: 'representative', language: 'en' })
    expect(stored.client.name).toBe('Stichting De Brug')
    await page.close()
  }, 300_000)
})

describe('staff and the client', () => {
  let reference = ''

  it('records a surviving relative’s phone call with the client, in "Klacht opnemen"', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } })
    await logIn(page, e2eBaseUrl, 'medewerker@example.com')
    await page.goto(`${e2eBaseUrl}/admin/record-complaint`)
    const form = page.locator('[data-testid="record-form"]')
    await form.waitFor({ timeout: 120_000 })
    // The demo's own IZW Ambulant: the earliest of that name (other files start regulations from its model).
    const values = await form
      .locator('select[name="regulation"] option', { hasText: /Ambulant/ })
      .evaluateAll((options) =>
        options.map((option) => Number((option as HTMLOptionElement).value)),
      )
    const value = String(Math.min(...values))
    // The form follows the choice once the page is interactive: choose until it does.
    for (let attempt = 0; (await form.getAttribute('data-regulation')) !== value; attempt += 1) {
      if (attempt === 60) throw new Error('the recording form did not follow the regulation chosen')
      await form.locator('select[name="regulation"]').selectOption(value)
      await page.waitForTimeout(500)
    }
    await form.locator('select[name="role"]').selectOption({ label: 'nabestaande' })
    const client = page.locator('[data-testid="record-client"]')
    await client.waitFor()
    for (const [field, text] of Object.entries({
      name: 'Petra Bakker',
      phone: '06 12345678',
      address: 'Kerkweg 2',
      city: 'Zeist',
      description: 'Mijn overleden vader kreeg de afgesproken hulp niet.',
      'client.name': 'Jan Bakker',
      'client.dateOfBirth': '1938-11-20',
    }))
      await form.locator(`[name="${field}"]`).fill(text)
    await shot(page, '5-record-nl')
    await form.getByRole('button', { name: 'Klacht vastleggen' }).click()
    const saved = page.locator('[data-testid="record-saved"]')
    await saved.waitFor({ timeout: 60_000 })
    reference = /KL-\d{4}-\d{4}/.exec(await saved.innerText())![0]
    await page.close()
  }, 300_000)

  it('shows directie the complainant and the client on the case page, and an English admin in English', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } })
    await logIn(page, e2eBaseUrl, 'directie@example.com')
    await openFromList(page, e2eBaseUrl, reference)
    const header = page.locator('[data-testid="case-header"]')
    expect(await header.locator('[data-testid="case-complainant"]').innerText()).toBe(
      'Petra Bakker (nabestaande)',
    )
    expect(await header.locator('[data-testid="case-client"]').innerText()).toBe(
      'Jan Bakker, geboren 20 november 1938',
    )
    expect(await header.innerText()).toContain('Namens cliënt')
    await casePage(page).letters.waitFor()
    await shot(page, '6-case-page-nl')
    await page.close()

    const english = await browser.newPage({
      locale: 'en-GB',
      viewport: { width: 1400, height: 1000 },
      extraHTTPHeaders: { 'Accept-Language': 'en' },
    })
    await logIn(english, e2eBaseUrl, 'admin@example.com')
    await openFromList(english, e2eBaseUrl, reference)
    const headerEn = english.locator('[data-testid="case-header"]')
    expect(await headerEn.innerText()).toContain('On behalf of client')
    expect(await headerEn.locator('[data-testid="case-client"]').innerText()).toBe(
      'Jan Bakker, born 20 November 1938',
    )
    expect(await headerEn.locator('[data-testid="case-complainant"]').innerText()).toBe(
      'Petra Bakker (surviving relative)',
    )
    // The client's fields on the complainant's tab, in English.
    await english.locator('.tabs-field__tab-button', { hasText: 'Complainant' }).first().click()
    await english.locator('#field-client__name').waitFor({ timeout: 60_000 })
    expect(await english.locator('#field-client__name').inputValue()).toBe('Jan Bakker')
    await shot(english, '7-case-page-en')
    await english.close()
  }, 300_000)
})
