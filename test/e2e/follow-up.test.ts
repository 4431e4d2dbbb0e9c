/**
 * The follow-up after a decision under IZW Ambulant, as directie sees it: the case page lists what
 * is still to be done (feedback to the employee, the team discussion, an improvement action), the
 * feedback recorded by clicking takes its line away, and the yearly report lists the improvement
 * action. Screenshots go to test/e2e/screenshots.
 */
import { mkdir } from 'node:fs/promises'

import { richTextOf } from '../../src/complaints/richText'
import { todayInAmsterdam } from '../../src/complaints/storedDates'
import { addDays } from '../../src/procedure/dates'
import { adminApi } from '../helpers/adminApi'
import { launchBrowser, logIn } from '../helpers/browser'
import { IZW_SUBMISSION } from '../helpers/intake'
import { e2eBaseUrl } from './globalSetup'

import type { Browser, Page } from 'playwright-core'

let browser: Browser
let complaint: { id: number; reference: string }
const SCREENSHOTS = 'test/e2e/screenshots'
const TODAY = todayInAmsterdam()

let api: Awaited<ReturnType<typeof adminApi>>

const patch = (data: Record<string, unknown>) =>
  api.call(`/api/complaints/${complaint.id}`, { method: 'PATCH', body: JSON.stringify(data) })

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(SCREENSHOTS, { recursive: true })
  api = await adminApi(e2eBaseUrl)
  complaint = await api.submit({ ...IZW_SUBMISSION, regulation: 'izw-ambulant' })
  const handler = await api.user('behandelaar@example.com')
  await patch({ status: 'acknowledged', acknowledgedOn: TODAY })
  await patch({ status: 'inProgress', handler: handler.id })
  await patch({
    status: 'decided',
    decidedOn: TODAY,
    outcome: 'founded',
    reasoning: richTextOf('De afspraken zijn niet nagekomen.'),
    improvementActions: [
      {
        action: 'Afsprakenplanning van de coaches nalopen',
        owner: handler.id,
        dueOn: addDays(TODAY, 14),
      },
    ],
  })
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

const as = async (email: string): Promise<Page> => {
  const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } })
  await logIn(page, e2eBaseUrl, email)
  return page
}

describe('the follow-up after a decision, in the admin', () => {
  it('lists on the case page what is still to be done, and loses the feedback once recorded by clicking', async () => {
    const page = await as('directie@example.com')
    await page.goto(`${e2eBaseUrl}/admin/collections/complaints/${complaint.id}`)
    const followUp = page.locator('[data-testid="case-follow-up"]')
    await followUp.waitFor({ timeout: 120_000 })
    expect(await followUp.locator('h3').innerText()).toBe('Nazorg')
    const lines = async () => (await followUp.locator('li').allInnerTexts()).map((t) => t.trim())
    expect(await lines()).toEqual([
      'Terugkoppeling aan de betrokken medewerker: nog niet vastgelegd.',
      'Geanonimiseerde bespreking in het team: nog niet vastgelegd.',
      expect.stringMatching(
        /^Verbeteractie: Afsprakenplanning van de coaches nalopen, door Klachtbehandelaar, uiterlijk \w+ \d+ \w+ 20\d\d$/,
      ),
    ])
    await followUp.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOTS}/follow-up-nl.png` })
    await page.locator('.tabs-field__tab-button', { hasText: 'Evaluatie' }).first().click()
    await page.locator('#field-employeeFeedbackOn input').click()
    await page.locator('.react-datepicker__day--today').first().click()
    await page.keyboard.press('Control+s')
    await page
      .locator('.toast-success, [data-sonner-toast][data-type="success"]')
      .first()
      .waitFor({ timeout: 60_000 })
    await page.reload()
    await followUp.waitFor({ timeout: 120_000 })
    expect(await lines()).not.toContain(
      'Terugkoppeling aan de betrokken medewerker: nog niet vastgelegd.',
    )
    expect(await lines()).toHaveLength(2)
    await page.close()
  }, 300_000)

  it('lists the improvement action in the yearly report, not done yet', async () => {
    const page = await as('directie@example.com')
    await page.goto(`${e2eBaseUrl}/admin/report?regulation=izw-ambulant&year=${TODAY.slice(0, 4)}`)
    const section = page.locator('section[aria-labelledby="report-improvements"]')
    await section.waitFor({ timeout: 120_000 })
    const row = section.locator('tbody tr', { hasText: complaint.reference })
    expect(await row.locator('td').allInnerTexts()).toEqual([
      complaint.reference,
      'Afsprakenplanning van de coaches nalopen',
      'Klachtbehandelaar',
      expect.stringMatching(/20\d\d$/),
      'nee',
    ])
    await section.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SCREENSHOTS}/report-improvements-nl.png` })
    await page.close()
  }, 300_000)
})
