/**
 * A staff member records in the admin, by clicking, that a client of IN FOCUS Samen was given the
 * complaints regulation at the start of the trajectory: a date before the start is refused in
 * words, the record then shows who gave it and by when it was owed, and links to the
 * regulation's page to print or e-mail, which opens as the client reads it. Once in Dutch, once
 * in English; the admin sees the rule on the regulation. Screenshots go to
 * test/e2e/screenshots/notice.
 */
import { mkdir } from 'node:fs/promises'

import { todayInAmsterdam } from '../../src/complaints/storedDates'
import { addDays } from '../../src/procedure/dates'
import { formatDate } from '../../src/procedure/format'
import { adminApi } from '../helpers/adminApi'
import { launchBrowser, logIn } from '../helpers/browser'
import { e2eBaseUrl } from './globalSetup'

import type { Browser, Page } from 'playwright-core'

let browser: Browser
let api: Awaited<ReturnType<typeof adminApi>>
const SCREENSHOTS = 'test/e2e/screenshots/notice'
const TODAY = todayInAmsterdam()

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(SCREENSHOTS, { recursive: true })
  api = await adminApi(e2eBaseUrl)
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

const newPage = (lang: 'nl' | 'en') =>
  browser.newPage({
    locale: lang === 'nl' ? 'nl-NL' : 'en-GB',
    viewport: { width: 1400, height: 1000 },
    ...(lang === 'en' ? { extraHTTPHeaders: { 'Accept-Language': 'en' } } : {}),
  })

/** Today in the date field's calendar; with `back`, that many days earlier by the keyboard. */
const pickDay = async (page: Page, field: string, back = 0) => {
  await page.locator(`#field-${field} input`).click()
  if (back === 0) {
    await page.locator('.react-datepicker__day--today').first().click()
    return
  }
  // Down moves into the calendar on today; each Left is a day earlier; Enter chooses it.
  await page.keyboard.press('ArrowDown')
  for (let i = 0; i < back; i += 1) await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Enter')
}

const toast = (page: Page, kind: 'success' | 'error') =>
  page.locator(`.toast-${kind}, [data-sonner-toast][data-type="${kind}"]`).first()

const recordClient = async (page: Page, client: string, how: string) => {
  await page.goto(`${e2eBaseUrl}/admin/collections/regulation-notices/create`)
  await page.locator('#field-client').fill(client, { timeout: 120_000 })
  await page.locator('#field-regulation').click()
  await page.locator('.rs__option', { hasText: 'IN FOCUS' }).first().click()
  await pickDay(page, 'trajectoryStartedOn')
  await page.locator('#field-informedHow').click()
  await page.locator('.rs__option', { hasText: how }).first().click()
}

const storedByClient = async (client: string) =>
  (
    await api.call(
      `/api/regulation-notices?where[client][equals]=${encodeURIComponent(client)}&depth=1`,
    )
  ).docs as Record<string, any>[]

/** Waits until `check` gives something, for what a save writes in the background. */
const until = async (check: () => Promise<unknown>, timeoutMs = 60_000) => {
  for (const end = Date.now() + timeoutMs; Date.now() < end;)
    if (await check()) return
    else await new Promise((resolve) => setTimeout(resolve, 500))
  throw new Error('waited in vain')
}

describe('a client told of the regulation, recorded in the admin', () => {
  it('is recorded by a staff member in Dutch, after a refused date before the start', async () => {
    const page = await newPage('nl')
    await logIn(page, e2eBaseUrl, 'medewerker@example.com')
    await recordClient(page, 'Cliënt 4711', 'overhandigd')
    await pickDay(page, 'informedOn', 1)
    await page.keyboard.press('Control+s')
    const refused = toast(page, 'error')
    await refused.waitFor({ timeout: 60_000 })
    expect(await refused.innerText()).toContain(
      `de klachtenregeling is gegeven op ${formatDate(addDays(TODAY, -1), 'nl')} en het traject begon pas op ${formatDate(TODAY, 'nl')}; vul de dag in waarop de cliënt de regeling bij of na de start kreeg.`,
    )
    await page.screenshot({ path: `${SCREENSHOTS}/refused-nl.png`, fullPage: true })
    expect(await storedByClient('Cliënt 4711')).toEqual([])

    await pickDay(page, 'informedOn')
    await page.keyboard.press('Control+s')
    await toast(page, 'success').waitFor({ timeout: 60_000 })
    const handout = page.locator('[data-testid="notice-handout"]')
    await handout.locator('[data-testid="handout-nl"] a').first().waitFor({ timeout: 60_000 })
    await page.screenshot({ path: `${SCREENSHOTS}/recorded-nl.png`, fullPage: true })
    const [stored] = await storedByClient('Cliënt 4711')
    expect(stored).toMatchObject({
      informedHow: 'handedOver',
      informedBy: { email: 'medewerker@example.com' },
      recordedBy: { email: 'medewerker@example.com' },
      regulation: { slug: 'in-focus-samen' },
    })
    expect(stored!.noticeDueExplanation.nl).toMatch(/^5 werkdagen na .+ \(start van het traject\)/)
    expect(await page.locator('#field-noticeDueOn input').inputValue()).not.toBe('')
    expect(await handout.locator('[data-testid="handout-nl"] a').allInnerTexts()).toEqual([
      'Openen en afdrukken',
      'Per e-mail sturen',
    ])
    const mailto = await handout
      .locator('[data-testid="handout-nl"] a', { hasText: 'Per e-mail sturen' })
      .getAttribute('href')
    expect(decodeURIComponent(mailto!)).toContain('Hierbij ontvangt u de klachtenregeling van')

    const href = await handout
      .locator('[data-testid="handout-nl"] a', { hasText: 'Openen en afdrukken' })
      .getAttribute('href')
    expect(href).toBe(`${e2eBaseUrl}/klacht/in-focus-samen/regeling?lang=nl`)
    await page.goto(href!)
    await page.locator('h2#how-to-complain').waitFor({ timeout: 60_000 })
    expect(await page.locator('main').innerText()).toContain(
      `Heeft u een klacht? Gebruik het klachtenformulier op ${e2eBaseUrl}/klacht/in-focus-samen.`,
    )
    await page.screenshot({ path: `${SCREENSHOTS}/handout-nl.png`, fullPage: true })
    // On paper: the text and how to complain, without the page's buttons and language link.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('button', { hasText: 'Afdrukken' }).isVisible()).toBe(false)
    expect(await page.locator('.language').isVisible()).toBe(false)
    await page.screenshot({ path: `${SCREENSHOTS}/handout-print-nl.png`, fullPage: true })
    await page.close()
  }, 300_000)

  it('reads the same in English, and the English page is what an English-speaking client gets', async () => {
    const page = await newPage('en')
    await logIn(page, e2eBaseUrl, 'medewerker@example.com')
    await recordClient(page, 'Client 4712', 'by e-mail')
    await page.keyboard.press('Control+s')
    // No date given yet: saved, and the reminder waits for the term.
    await toast(page, 'success').waitFor({ timeout: 60_000 })
    // The saved record opens as itself, with what to give the client.
    await page.waitForURL(/\/regulation-notices\/\d+/, { timeout: 60_000 })
    const handout = page.locator('[data-testid="notice-handout"]')
    await handout.locator('[data-testid="handout-en"] a').first().waitFor({ timeout: 60_000 })
    await pickDay(page, 'informedOn')
    await page.keyboard.press('Control+s')
    await until(async () => {
      const refused = toast(page, 'error')
      if (await refused.isVisible()) throw new Error(await refused.innerText())
      return (await storedByClient('Client 4712'))[0]?.informedOn
    })
    await page.reload()
    await handout.locator('[data-testid="handout-en"] a').first().waitFor({ timeout: 60_000 })
    // The sidebar names who gave it, as the admin loads the relation.
    await page.locator('#field-informedBy', { hasText: 'Medewerker' }).waitFor({ timeout: 60_000 })
    await page.locator('#field-regulation', { hasText: 'IN FOCUS' }).waitFor({ timeout: 60_000 })
    expect(await handout.locator('h3').innerText()).toBe('What you give the client')
    await page.screenshot({ path: `${SCREENSHOTS}/recorded-en.png`, fullPage: true })
    const [stored] = await storedByClient('Client 4712')
    expect(stored).toMatchObject({
      informedHow: 'email',
      informedBy: { email: 'medewerker@example.com' },
    })
    expect(stored!.noticeDueExplanation.en).toMatch(/^5 working days after /)

    const href = await handout
      .locator('[data-testid="handout-en"] a', { hasText: 'Open and print' })
      .getAttribute('href')
    await page.goto(href!)
    await page.locator('h2#how-to-complain').waitFor({ timeout: 60_000 })
    const text = await page.locator('main').innerText()
    expect(text).toContain('Making a complaint')
    expect(text).toContain(
      'Re-integration, including UWV clients. A committee of two independent staff members handles each complaint.',
    )
    await page.screenshot({ path: `${SCREENSHOTS}/handout-en.png`, fullPage: true })
    await page.close()
  }, 300_000)

  it('shows the rule on the regulation, where the admin changes it, and the count in the report', async () => {
    const page = await newPage('nl')
    await logIn(page, e2eBaseUrl, 'admin@example.com')
    const { docs } = await api.call('/api/regulations?where[slug][equals]=in-focus-samen&depth=0')
    await page.goto(`${e2eBaseUrl}/admin/collections/regulations/${docs[0].id}`)
    await page.locator('.tabs-field__tab-button', { hasText: 'Regels' }).first().click({
      timeout: 120_000,
    })
    await page.locator('.tabs-field__tab-button', { hasText: 'Behandeling' }).first().click()
    const rule = page.locator('#field-rules__informClientsAtStart')
    await rule.waitFor({ timeout: 60_000 })
    expect(await rule.isChecked()).toBe(true)
    expect(await page.locator('#field-rules__informClientsWithin__amount').inputValue()).toBe('5')
    await page.locator('#field-rules__informClientsWithin__amount').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOTS}/rule-nl.png` })

    // The yearly report counts the two clients just given the regulation, in this quarter.
    await page.goto(
      `${e2eBaseUrl}/admin/report?regulation=in-focus-samen&year=${TODAY.slice(0, 4)}`,
    )
    const section = page.locator('section[aria-labelledby="report-notices"]')
    await section.waitFor({ timeout: 120_000 })
    const quarter = Math.floor((Number(TODAY.slice(5, 7)) - 1) / 3) + 1
    const given = await section.locator('tr[data-figure="informed"] td').allInnerTexts()
    expect([given[0], given[quarter]]).toEqual(['2', '2'])
    await section.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOTS}/report-nl.png` })
    await page.close()
  }, 300_000)

  it('shows directie a client not given the regulation in time in the overdue view, and opens the record', async () => {
    const started = addDays(TODAY, -30)
    const { id: regulation } = (
      await api.call('/api/regulations?where[slug][equals]=in-focus-samen&depth=0')
    ).docs[0]
    const { doc } = await api.call('/api/regulation-notices', {
      method: 'POST',
      body: JSON.stringify({ client: 'Cliënt 4713', regulation, trajectoryStartedOn: started }),
    })
    const page = await newPage('nl')
    await logIn(page, e2eBaseUrl, 'directie@example.com')
    await page.goto(`${e2eBaseUrl}/admin/overdue`)
    const section = page.locator('[data-testid="overdue-notices"]')
    await section.waitFor({ timeout: 120_000 })
    expect(await section.locator('h2').innerText()).toBe(
      'Klachtenregeling nog niet gegeven aan cliënten',
    )
    const row = section.locator('tbody tr', { hasText: 'Cliënt 4713' })
    const cells = await row.locator('td').allInnerTexts()
    // The day the trajectory started, as the view writes a day: "ma 2 nov 2026".
    expect(cells[1]).toMatch(
      new RegExp(`^\\S+ ${Number(started.slice(8))} \\S+ ${started.slice(0, 4)}$`),
    )
    expect(cells[3]).toMatch(/^\d+ d te laat$/)
    await section.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOTS}/overdue-nl.png` })
    await row.locator('a').click()
    await page.waitForURL(new RegExp(`/regulation-notices/${doc.id}$`), { timeout: 60_000 })
    expect(await page.locator('#field-client').inputValue({ timeout: 60_000 })).toBe('Cliënt 4713')
    await page.close()
  }, 300_000)
})
