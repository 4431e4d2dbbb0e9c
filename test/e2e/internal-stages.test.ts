/**
 * The internal stages of IZW Arbeidscoaching on the case page, only by clicking, as the handler:
 * the complaint moves up to the employee concerned, then to the coordinator; a stage dated before
 * the previous one is refused; directie finds the count per stage in the yearly report; an English
 * admin reads the same. Screenshots go to test/e2e/screenshots/internal-stages.
 *
 * The complaint and its handler are this file's own: other files of the suite run beside it.
 */
import { mkdir } from 'node:fs/promises'

import { addDays } from '../../src/procedure/dates'
import { todayInAmsterdam } from '../../src/procedure/zone'
import { adminApi } from '../helpers/adminApi'
import { launchBrowser, pageAs } from '../helpers/browser'
import {
  casePage,
  investigation,
  openAction,
  openInvestigation,
  submitAction,
} from '../helpers/casePage'
import { e2eBaseUrl } from './globalSetup'

import type { Browser, Page } from 'playwright-core'

let browser: Browser
const SHOTS = 'test/e2e/screenshots/internal-stages'
const HANDLER = 'fasen-behandelaar@example.com'
const TODAY = todayInAmsterdam()
let complaintId: number

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(SHOTS, { recursive: true })
  const api = await adminApi(e2eBaseUrl)
  const handler = await api.call('/api/users', {
    method: 'POST',
    body: JSON.stringify({
      email: HANDLER,
      name: 'Fenna Fasen',
      password: 'changeme',
      roles: ['handler'],
    }),
  })
  const complaint = await api.submit({
    regulation: 'izw-arbeidscoaching',
    name: 'Ruud Fasen',
    address: 'Kerkstraat 2',
    city: 'Utrecht',
    phone: '030 7654321',
    email: 'ruud@example.com',
    description: 'Mijn coach belde de afgesproken keren niet terug.',
  })
  complaintId = complaint.id
  await api.call(`/api/complaints/${complaintId}`, {
    method: 'PATCH',
    body: JSON.stringify({
      handler: handler.doc.id,
      status: 'acknowledged',
      acknowledgedOn: TODAY,
    }),
  })
}, 180_000)

afterAll(async () => {
  await browser?.close()
})

const as = (email: string, locale?: string) => pageAs(browser, e2eBaseUrl, email, locale)
const openCase = (page: Page) => openInvestigation(page, e2eBaseUrl, complaintId)

const stageLine = (page: Page) => page.locator('[data-testid="case-internal-stage"]')

describe('the internal stages on the case page', () => {
  it('moves the complaint up a stage at a time, refuses a stage dated before the previous one, and counts it in the report', async () => {
    const page = await as(HANDLER)
    await openCase(page)
    expect(await stageLine(page).innerText()).toBe(
      'Interne fase: nog geen vastgelegd; de eerste is Gesprek met de betrokken medewerker.',
    )
    const first = await openAction(page, 'Opschalen naar de volgende fase')
    expect(await first.locator('select[name="stage"] option').allInnerTexts()).toEqual([
      'Gesprek met de betrokken medewerker',
      'Coördinator of leidinggevende',
      'Directie',
    ])
    expect(await first.locator('input[name="on"]').inputValue()).toBe(TODAY)
    await first.locator('input[name="handledBy"]').fill('Carla Coach')
    await page.screenshot({ path: `${SHOTS}/1-first-stage-form.png`, fullPage: true })
    expect(await submitAction(page, first, 'Fase vastleggen')).toBeNull()
    expect(await stageLine(page).innerText()).toMatch(
      /^Interne fase: Gesprek met de betrokken medewerker, sinds \w+dag \d+ \w+ 20\d\d \(behandeld door Carla Coach\)\.$/,
    )

    // Up to the coordinator, dated the day before: refused, with the field and the rule.
    const second = await openAction(page, 'Opschalen naar de volgende fase')
    expect(await second.locator('select[name="stage"] option').allInnerTexts()).toEqual([
      'Coördinator of leidinggevende',
      'Directie',
    ])
    await second.locator('input[name="on"]').fill(addDays(TODAY, -1))
    await second.locator('input[name="handledBy"]').fill('Petra Leidinggevende')
    const refused = await submitAction(page, second, 'Fase vastleggen')
    expect(refused).toMatch(
      /Interne fasen: De fase Coördinator of leidinggevende \(.+\) kan niet beginnen vóór de vorige fase/,
    )
    await investigation(page).screenshot({ path: `${SHOTS}/2-refused.png` })
    await second.locator('input[name="on"]').fill(TODAY)
    expect(await submitAction(page, second, 'Fase vastleggen')).toBeNull()
    expect(await stageLine(page).innerText()).toMatch(
      /^Interne fase: Coördinator of leidinggevende, sinds .+ \(behandeld door Petra Leidinggevende\)\.$/,
    )
    await investigation(page).screenshot({ path: `${SHOTS}/3-at-coordinator.png` })
    // The history shows each move up, on its day.
    const history = casePage(page).timeline
    await history
      .getByText(
        'Opgeschaald naar de interne fase Coördinator of leidinggevende (behandeld door Petra Leidinggevende)',
      )
      .waitFor({ timeout: 60_000 })
    expect(await history.innerText()).toContain(
      'Opgeschaald naar de interne fase Gesprek met de betrokken medewerker (behandeld door Carla Coach)',
    )
    await history.scrollIntoViewIfNeeded()
    await history.screenshot({ path: `${SHOTS}/3-history.png` })
    await page.close()

    // Directie sees the count per stage in this year's report of IZW Arbeidscoaching.
    const directie = await as('directie@example.com')
    await directie.goto(
      `${e2eBaseUrl}/admin/report?regulation=izw-arbeidscoaching&year=${TODAY.slice(0, 4)}`,
    )
    const section = directie.locator('section[aria-labelledby="report-internal-stages"]')
    await section.waitFor({ timeout: 120_000 })
    expect(await section.locator('h2').innerText()).toBe('Interne fasen')
    const row = section.locator('tbody tr', { hasText: 'Coördinator of leidinggevende' })
    const [, reached] = await row.locator('th, td').allInnerTexts()
    expect(Number(reached)).toBeGreaterThanOrEqual(1)
    await section.screenshot({ path: `${SHOTS}/4-report-nl.png` })
    await directie.close()
  }, 600_000)

  it('reads the same in an English admin', async () => {
    const page = await as(HANDLER, 'en-GB')
    await openCase(page)
    expect(await stageLine(page).innerText()).toMatch(
      /^Internal stage: Coordinator or manager, since \w+day \d+ \w+ 20\d\d \(handled by Petra Leidinggevende\)\.$/,
    )
    const action = await openAction(page, 'Move up to the next stage')
    expect(await action.locator('select[name="stage"] option').allInnerTexts()).toEqual([
      'Management (directie)',
    ])
    await investigation(page).screenshot({ path: `${SHOTS}/5-english.png` })
    await page.close()
  }, 300_000)
})
