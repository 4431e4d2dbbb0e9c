/**
 * Directie chooses a complaint's commissioning party in the admin by clicking, sees it on the case
 * page, opens the report for one party from the yearly report (Dutch), switches party, prints it
 * and downloads its CSV; an English admin reads the same report in English. Screenshots go to
 * test/e2e/screenshots/party.
 */
import { mkdir } from 'node:fs/promises'

import { richTextOf } from '../../src/complaints/richText'
import { adminApi } from '../helpers/adminApi'
import { launchBrowser, logIn } from '../helpers/browser'
import { e2eBaseUrl } from './globalSetup'

import type { Browser, Page } from 'playwright-core'

let browser: Browser
const SCREENSHOTS = 'test/e2e/screenshots/party'
const YEAR = 2026
const NAME = 'Marijke Sprengers-Olthof'
const DESCRIPTION = 'Mijn re-integratiecoach Evertjan vergat drie afspraken'
let unassigned: number

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(SCREENSHOTS, { recursive: true })
  const { call, user } = await adminApi(e2eBaseUrl)
  const regulation = (await call('/api/regulations?where[slug][equals]=in-focus-samen&depth=0'))
    .docs[0].id
  const members = await Promise.all(
    ['commissielid1@example.com', 'commissielid2@example.com'].map(user),
  )
  const committee = (
    await call('/api/committees', {
      method: 'POST',
      body: JSON.stringify({ name: 'Commissie opdrachtgevers', members: members.map((m) => m.id) }),
    })
  ).doc.id
  const create = async (commissioningParty: string | null, receivedOn: string) =>
    (
      await call('/api/complaints', {
        method: 'POST',
        body: JSON.stringify({
          regulation,
          receivedOn,
          channel: 'email',
          description: DESCRIPTION,
          complainant: { name: NAME, email: 'm.sprengers@voorbeeld.example', role: 'client' },
          commissioningParty,
        }),
      })
    ).doc.id as number
  const patch = (id: number, data: Record<string, unknown>) =>
    call(`/api/complaints/${id}`, { method: 'PATCH', body: JSON.stringify(data) })
  // UWV: one decided within the term in March, one withdrawn in April.
  const decided = await create('uwv', `${YEAR}-03-02`)
  await patch(decided, { status: 'acknowledged', acknowledgedOn: `${YEAR}-03-04` })
  await patch(decided, { status: 'inProgress', committee })
  await patch(decided, {
    status: 'decided',
    decidedOn: `${YEAR}-03-26`,
    outcome: 'founded',
    reasoning: richTextOf('Beide kanten zijn gehoord.'),
    hearings: [{ date: `${YEAR}-03-16`, heard: 'complainantAndEmployee', summary: 'Gehoord.' }],
  })
  const withdrawn = await create('uwv', `${YEAR}-04-06`)
  await patch(withdrawn, { status: 'acknowledged', acknowledgedOn: `${YEAR}-04-07` })
  await patch(withdrawn, { status: 'withdrawn', withdrawnOn: `${YEAR}-04-14` })
  // The municipality: one open; and one without a party yet, which directie assigns below.
  await create('gemeente', `${YEAR}-05-04`)
  unassigned = await create(null, `${YEAR}-06-01`)
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

const cellsOf = (page: Page, table: string) =>
  page
    .locator(`[data-testid="${table}"] tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent)),
    )

describe("the commissioning party's report, in the admin", () => {
  it('is opened by directie from the yearly report, in Dutch', async () => {
    const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } })
    await logIn(page, e2eBaseUrl, 'directie@example.com')

    // The party is chosen from the regulation's list, and the case page names it.
    await page.goto(`${e2eBaseUrl}/admin/collections/complaints/${unassigned}`)
    const select = page.locator('#field-commissioningParty')
    await select.waitFor({ timeout: 120_000 })
    await select.locator('.rs__control').click()
    expect(await page.locator('.rs__option').allInnerTexts()).toEqual(['UWV', 'Gemeente'])
    await page.locator('.rs__option', { hasText: 'Gemeente' }).click()
    await page.keyboard.press('Control+s')
    await page
      .locator('.toast-success, [data-sonner-toast][data-type="success"]')
      .first()
      .waitFor({ timeout: 60_000 })
    await page.reload()
    await page.locator('[data-testid="case-commissioning-party"]').waitFor({ timeout: 120_000 })
    expect(await page.locator('[data-testid="case-commissioning-party"]').innerText()).toBe(
      'Gemeente',
    )
    await page.locator('[data-testid="case-header"]').scrollIntoViewIfNeeded()
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: `${SCREENSHOTS}/case-page-party-nl.png` })

    await page.goto(`${e2eBaseUrl}/admin/report?regulation=in-focus-samen&year=${YEAR}`)
    await page
      .locator('a', { hasText: 'Overzicht voor een opdrachtgever' })
      .click({ timeout: 120_000 })
    await page.locator('[data-testid="party-counts"]').waitFor({ timeout: 120_000 })
    expect(await page.locator('h1').innerText()).toBe(
      'Overzicht voor opdrachtgever: UWV, Klachtenreglement IN FOCUS Samen',
    )
    const counts = await cellsOf(page, 'party-counts')
    expect(counts.slice(0, 3)).toEqual([
      ['Ontvangen', '2'],
      ['Niet in behandeling genomen', '0'],
      ['Uitspraak gedaan', '1'],
    ])
    expect(counts).toContainEqual(['Ingetrokken', '1'])
    // Mon 2 to Thu 26 March: 24 calendar days, 18 working days.
    expect(await cellsOf(page, 'party-lead-time')).toEqual([
      ['Klachten met uitspraak', '1'],
      ['Mediaan', '24', '18'],
      ['Langste', '24', '18'],
    ])
    expect(await cellsOf(page, 'party-complaints')).toEqual([
      ['maart 2026', 'uitspraak gedaan', 'gegrond', '24', '18', 'ja'],
      ['april 2026', 'ingetrokken', '—', '—', '—', 'ja'],
    ])
    const body = await page.locator('.complaints-report').innerText()
    expect(body).not.toContain(NAME)
    expect(body).not.toContain('Evertjan')
    await page.screenshot({ path: `${SCREENSHOTS}/party-report-uwv-nl.png`, fullPage: true })

    // Another party, by clicking: the municipality's two complaints, none of UWV's.
    await page.locator('select[name="party"]').selectOption({ label: 'Gemeente' })
    await page.locator('form.controls button[type="submit"]').click()
    await page.waitForURL(/party=gemeente/)
    await page.locator('[data-testid="party-counts"]').waitFor({ timeout: 120_000 })
    expect((await cellsOf(page, 'party-counts'))[0]).toEqual(['Ontvangen', '2'])
    expect((await cellsOf(page, 'party-complaints')).map((row) => row[0])).toEqual([
      'mei 2026',
      'juni 2026',
    ])

    const download = page.waitForEvent('download')
    await page.locator('a', { hasText: 'CSV: klachten' }).click()
    const csv = await (await download).createReadStream()
    let text = ''
    for await (const chunk of csv) text += chunk
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Ontvangen in;Fase;Uitkomst;Doorlooptijd (kalenderdagen);Doorlooptijd (werkdagen);Binnen de termijn',
    )
    expect(text).not.toContain(NAME)

    await page.locator('a', { hasText: 'Afdrukversie' }).click()
    await page.locator('.complaints-report--print [data-testid="party-counts"]').waitFor()
    await page.screenshot({ path: `${SCREENSHOTS}/party-report-print-nl.png`, fullPage: true })
    await page.close()
  }, 300_000)

  it('reads in English for an English admin', async () => {
    const page = await browser.newPage({
      locale: 'en-GB',
      viewport: { width: 1400, height: 1000 },
      extraHTTPHeaders: { 'Accept-Language': 'en' },
    })
    await logIn(page, e2eBaseUrl, 'directie@example.com')
    await page.goto(`${e2eBaseUrl}/admin/report?regulation=in-focus-samen&year=${YEAR}`)
    await page
      .locator('a', { hasText: 'Overview for a commissioning party' })
      .click({ timeout: 120_000 })
    await page.locator('[data-testid="party-counts"]').waitFor({ timeout: 120_000 })
    expect(await page.locator('.complaints-report h2').allInnerTexts()).toEqual([
      'Counts',
      'Within the term',
      'Lead time from receipt to decision',
      'The complaints (2)',
    ])
    expect(await cellsOf(page, 'party-complaints')).toEqual([
      ['March 2026', 'decided', 'founded', '24', '18', 'yes'],
      ['April 2026', 'withdrawn', '—', '—', '—', 'yes'],
    ])
    await page.screenshot({ path: `${SCREENSHOTS}/party-report-uwv-en.png`, fullPage: true })
    await page.close()
  }, 300_000)
})
