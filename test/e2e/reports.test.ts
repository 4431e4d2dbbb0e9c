import { launchBrowser, logIn } from '../helpers/browser'
import { e2eBaseUrl } from './globalSetup'

import type { Browser, Page } from 'playwright-core'

let browser: Browser
let directie: Page
let staff: Page

const OPEN = 240_000

beforeAll(async () => {
  browser = await launchBrowser()
  directie = await browser.newPage({ locale: 'nl-NL' })
  await logIn(directie, e2eBaseUrl, 'directie@example.com')
  staff = await browser.newPage({ locale: 'nl-NL' })
  await logIn(staff, e2eBaseUrl, 'medewerker@example.com')
}, OPEN)

afterAll(async () => {
  await browser.close()
})

/** A request the page itself makes, as the browser sends it (same origin, with the login cookie). */
const fetchInPage = (page: Page, path: string) =>
  page.evaluate(async (url) => {
    const response = await fetch(url)
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      text: await response.text(),
    }
  }, path)

const numbersIn = async (page: Page, selector: string): Promise<number[]> =>
  (await page.locator(selector).allInnerTexts()).map((text) => Number(text.replace(/[^\d]/g, '')))

describe('the overdue view in Chromium', () => {
  it(
    'shows directie the open deadlines with counts per kind and handler, each linking to its case',
    async () => {
      await directie.goto(`${e2eBaseUrl}/admin/overdue`, { timeout: OPEN })
      await directie.waitForSelector('h1:has-text("Termijnbewaking")', { timeout: OPEN })
      await expectText(directie, 'p', /binnen 5 werkdagen verlopen \(tot en met/)
      const rows = directie.locator('[data-testid="overdue-list"] tbody tr')
      const listed = await rows.count()
      expect(listed).toBeGreaterThan(0)
      // The totals of the summary add up to the rows listed (the demo stays below one page).
      const [passed, dueSoon] = await numbersIn(
        directie,
        '[data-testid="overdue-summary"] table:first-of-type tbody tr:last-child td',
      )
      expect(passed! + dueSoon!).toBe(listed)
      expect(await directie.locator('[data-testid="overdue-list"] .badge--passed').count()).toBe(
        passed,
      )
      const href = await rows.first().locator('a').getAttribute('href')
      expect(href).toMatch(/^\/admin\/collections\/complaints\/\d+$/)
    },
    OPEN,
  )

  it(
    'sorts by handler when the column header is clicked, and opens a case from the list',
    async () => {
      await directie.click('[data-testid="overdue-list"] th a:has-text("Behandelaar")')
      await directie.waitForURL(/sort=handler/, { timeout: OPEN })
      const handlers = await directie
        .locator('[data-testid="overdue-list"] tbody tr td:nth-child(6)')
        .allInnerTexts()
      const named = handlers.filter((name) => name !== 'Geen behandelaar')
      expect(named).toEqual([...named].sort((a, b) => a.localeCompare(b, 'nl')))
      expect(handlers.slice(named.length).every((name) => name === 'Geen behandelaar')).toBe(true)
      await directie.locator('[data-testid="overdue-list"] tbody tr a').first().click()
      await directie.waitForURL(/\/admin\/collections\/complaints\/\d+$/, { timeout: OPEN })
    },
    OPEN,
  )

  it(
    'puts the counts on the dashboard',
    async () => {
      await directie.goto(`${e2eBaseUrl}/admin`, { timeout: OPEN })
      const block = directie.locator('[data-testid="overdue-dashboard"]')
      await block.waitFor({ timeout: OPEN })
      expect(await block.innerText()).toMatch(/\d+ verlopen[\s\S]*\d+ binnen 5 werkdagen/)
    },
    OPEN,
  )
})

describe('the yearly report in Chromium', () => {
  const year = new Date().getFullYear()

  it(
    'counts the complaints of the year, per quarter, as the complaints list has them',
    async () => {
      // Midnight in Amsterdam on 1 January, this year and the next.
      const query = new URLSearchParams({
        limit: '1',
        depth: '0',
        'where[receivedOn][greater_than_equal]': `${year}-01-01T00:00:00+01:00`,
        'where[receivedOn][less_than]': `${year + 1}-01-01T00:00:00+01:00`,
      })
      const listed = () =>
        directie.evaluate(
          async (search) =>
            (await (await fetch(`/api/complaints?${search}`)).json()).totalDocs as number,
          query.toString(),
        )
      // The other browser tests submit complaints meanwhile: the report counts what the list had before it and after it.
      const listedBefore = await listed()
      await directie.goto(`${e2eBaseUrl}/admin/report?year=${year}`, { timeout: OPEN })
      await directie.waitForSelector(
        `h1:has-text("Jaarverslag klachten ${year}: Alle regelingen")`,
        { timeout: OPEN },
      )
      const [total, ...quarters] = await numbersIn(
        directie,
        '[data-testid="figures-handling"] tr[data-figure="total"] td',
      )
      const listedAfter = await listed()
      expect(quarters).toHaveLength(4)
      expect(quarters.reduce((sum, n) => sum + n, 0)).toBe(total)
      expect(total).toBeGreaterThanOrEqual(listedBefore)
      expect(total).toBeLessThanOrEqual(listedAfter)
      const [admitted, admittedWithinTerm] = await Promise.all(
        ['admitted', 'admittedWithinTerm'].map(
          async (key) =>
            (
              await numbersIn(
                directie,
                `[data-testid="figures-handling"] tr[data-figure="${key}"] td`,
              )
            )[0]!,
        ),
      )
      expect(admittedWithinTerm).toBeLessThanOrEqual(admitted!)
      expect(await directie.locator('[data-testid="trend-chart"] rect').count()).toBe(8 * 3)
      for (const heading of [
        'Niet binnen de termijn afgehandeld, met toelichting',
        'Ingediend maar niet behandeld, met toelichting',
        'Tevredenheid over de afhandeling',
        'Verloop per kwartaal',
        'Zo is geteld',
      ]) {
        await directie.waitForSelector(`h2:has-text("${heading}")`)
      }
    },
    OPEN,
  )

  it(
    'shows one regulation when it is chosen, and exports it as CSV',
    async () => {
      await directie.selectOption('select[name="regulation"]', 'hss')
      await directie.click('button:has-text("Tonen")')
      await directie.waitForSelector(
        'h1:has-text("Klachtenprocedure HSS Hulpverlening Sociale Sector")',
        { timeout: OPEN },
      )
      const csvHref = await directie.locator('a:has-text("CSV: cijfers")').getAttribute('href')
      const response = await fetchInPage(directie, csvHref!)
      expect(response.status).toBe(200)
      expect(response.contentType).toBe('text/csv; charset=utf-8')
      const lines = response.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
      expect(lines[0]).toMatch(/^Regeling;Jaar;Periode;Ingediende klachten;/)
      expect(lines.slice(1).map((line) => line.split(';').slice(0, 3).join(';'))).toEqual(
        ['Jaar', 'K1', 'K2', 'K3', 'K4'].map((period) => `hss;${year};${period}`),
      )
    },
    OPEN,
  )

  it(
    'has a print version without the admin around it, and hides the controls on paper',
    async () => {
      await directie.click('a:has-text("Afdrukversie")')
      await directie.waitForURL(/\/admin\/report\/print\?/, { timeout: OPEN })
      await directie.waitForSelector('[data-testid="figures-handling"]', { timeout: OPEN })
      expect(await directie.locator('nav.nav, .nav').count()).toBe(0)
      await directie.goto(`${e2eBaseUrl}/admin/report?year=${year}`, { timeout: OPEN })
      await directie.waitForSelector('form.controls', { timeout: OPEN })
      await directie.emulateMedia({ media: 'print' })
      expect(await directie.locator('form.controls').isVisible()).toBe(false)
      expect(await directie.locator('[data-testid="figures-handling"]').isVisible()).toBe(true)
      await directie.emulateMedia({ media: 'screen' })
    },
    OPEN,
  )
})

describe('staff without the role', () => {
  it(
    'are refused both views and the export',
    async () => {
      for (const [path, message] of [
        ['/admin/overdue', 'Alleen de directie, beheerders en klachtbehandelaars'],
        ['/admin/report', 'Alleen de directie en beheerders'],
      ] as const) {
        await staff.goto(`${e2eBaseUrl}${path}`, { timeout: OPEN })
        await staff.waitForSelector('h1:has-text("Geen toegang")', { timeout: OPEN })
        expect(await staff.locator('p[role="alert"]').innerText()).toContain(message)
        expect(await staff.locator('table').count()).toBe(0)
      }
      const response = await fetchInPage(
        staff,
        `/api/complaints-report.csv?year=${new Date().getFullYear()}`,
      )
      expect(response.status).toBe(403)
    },
    OPEN,
  )
})

const expectText = async (page: Page, selector: string, pattern: RegExp) => {
  const texts = await page.locator(selector).allInnerTexts()
  expect(texts.some((text) => pattern.test(text))).toBe(true)
}
