/**
 * The complaint form as a complainant meets it: embedded on another website (a page served
 * from another port, so another origin), filled in Dutch and in English in real Chromium,
 * sent, and followed through the private status link. axe-core checks WCAG 2.1 AA.
 */
import { createServer } from 'node:http'
import path from 'node:path'

import { launchBrowser } from '../helpers/browser'
import { samples } from '../helpers/intake'
import { e2eBaseUrl } from './globalSetup'

import type { Server } from 'node:http'
import type { Browser, Page } from 'playwright-core'

// The demo configuration allows this origin (COMPLAINT_FORM_ORIGINS to change it).
const hostPort = Number(process.env.E2E_FORM_PAGE_PORT ?? 3200)
const hostUrl = `http://127.0.0.1:${hostPort}`
const axePath = path.resolve('node_modules/axe-core/axe.min.js')

/** A page of the organisation's own site, with styles that would break a form that shared them. */
const hostPage = (slug: string, lang: 'nl' | 'en') => `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <title>${lang === 'nl' ? 'Klachten - Stichting Voorbeeld' : 'Complaints - Example Foundation'}</title>
  <style>
    * { font-family: Georgia, serif; color: #700; }
    input, textarea, select { display: none; }
    .field { border: 5px solid #700; margin: 0 0 3px; }
    h2 { font-size: 60px; }
  </style>
</head>
<body>
  <main>
    <h1>${lang === 'nl' ? 'Een klacht indienen' : 'Submit a complaint'}</h1>
    <p class="field" id="host-paragraph">${lang === 'nl' ? 'Wij horen het graag als het beter kan.' : 'Tell us where we can do better.'}</p>
    <div data-complaint-form="${slug}" data-lang="${lang}"></div>
  </main>
  <script src="${e2eBaseUrl}/api/complaints/complaint-form.js" defer></script>
</body>
</html>`

const PAGES: Record<string, string> = {
  '/nl.html': hostPage('izw-arbeidscoaching', 'nl'),
  '/en.html': hostPage('krachtig-perspectief', 'en'),
}

let browser: Browser
let server: Server
/** A site whose origin the form does not accept. */
let strangerServer: Server
const strangerPort = hostPort + 1

const warmUp = async (url: string) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(240_000) })
  await response.arrayBuffer()
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const page = PAGES[request.url ?? '']
    response.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(page ?? 'not found')
  })
  await new Promise<void>((resolve) => server.listen(hostPort, '127.0.0.1', resolve))
  strangerServer = createServer(server.listeners('request')[0] as never)
  await new Promise<void>((resolve) => strangerServer.listen(strangerPort, '127.0.0.1', resolve))
  browser = await launchBrowser()
  // next dev compiles each route on its first request.
  for (const url of [
    '/api/complaints/complaint-form.js',
    '/api/complaints/form/izw-arbeidscoaching',
    '/klacht/izw-ambulant',
    '/klacht/status/x',
  ])
    await warmUp(`${e2eBaseUrl}${url}`)
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
  await new Promise((resolve) => strangerServer?.close(resolve))
})

/** axe-core on the whole page, the form's shadow root included: WCAG 2.1 A and AA. */
const axeViolations = async (page: Page) => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>
        }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
    )
  })
  return violations
}

/** The element that has focus inside the form's shadow root. */
const focusedInForm = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('[data-complaint-form]')?.shadowRoot?.activeElement as
      HTMLElement | null | undefined
    return active
      ? {
          tag: active.tagName.toLowerCase(),
          name: active.getAttribute('name'),
          className: active.className,
          text: active.textContent,
        }
      : null
  })

describe('the embedded complaint form in Chromium', () => {
  it('is filled in Dutch on another site, by keyboard, and gives a reference and a working status link', async () => {
    const page = await browser.newPage({ locale: 'nl-NL' })
    const submits: string[] = []
    page.on(
      'request',
      (request) =>
        request.url().endsWith('/api/complaints/submit') &&
        request.method() === 'POST' &&
        submits.push(request.url()),
    )
    await page.goto(`${hostUrl}/nl.html`)
    await page.getByLabel('Uw naam').waitFor({ timeout: 120_000 })
    // What is stored, who sees it and for how long, before anything is filled in.
    expect(
      await page
        .getByText(/^Wat u hier invult en uw bijlagen komen in uw klachtdossier\./)
        .textContent(),
    ).toMatch(/nooit de persoon over wie u klaagt\. Het dossier wordt 2 jaar na de afsluiting/)

    // Neither page's styles reach the other.
    expect(
      await page.getByLabel('Uw naam').evaluate((input) => getComputedStyle(input).display),
    ).not.toBe('none')
    expect(
      await page.locator('#host-paragraph').evaluate((p) => getComputedStyle(p).borderTopWidth),
    ).toBe('5px')

    await page.getByRole('button', { name: 'Klacht versturen' }).press('Enter')
    const summary = await focusedInForm(page)
    expect(summary?.className).toBe('summary')
    expect(summary?.text).toContain('Uw naam: vul dit veld in; de klachtenregeling vraagt het.')
    expect(summary?.text).toContain('Woonplaats: vul dit veld in')
    expect(await axeViolations(page)).toEqual([])

    // The summary's first link takes the keyboard to the field.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect((await focusedInForm(page))?.name).toBe('name')
    await page.keyboard.type('Fatima El Amrani')
    await page.getByLabel('Telefoonnummer').fill('030-1234567')
    await page.getByLabel(/^Adres/).fill('Dorpsstraat 1')
    await page.getByLabel('Woonplaats').fill('Utrecht')
    await page
      .getByLabel('Uw klacht')
      .fill('Mijn coach kwam drie afspraken niet na. <script>alert(1)</script>')

    // Every field is reached by Tab, in order; the honeypot never.
    await page.getByLabel('Uw naam').focus()
    const order: string[] = []
    for (let step = 0; step < 30 && order[order.length - 1] !== 'button'; step += 1) {
      const focused = await focusedInForm(page)
      const name = focused?.name ?? focused?.tag ?? '?'
      if (order[order.length - 1] !== name) order.push(name)
      await page.keyboard.press('Tab')
    }
    expect(order).toEqual([
      'name',
      'role',
      'email',
      'phone',
      'address',
      'city',
      'eventsOn',
      'description',
      'desiredSolution',
      'attachments',
      'consentToContactOthers',
      'button',
    ])

    await page.getByRole('button', { name: 'Klacht versturen' }).dblclick()
    const reference = page.locator('[data-reference]')
    await reference.waitFor({ timeout: 60_000 })
    expect(await reference.textContent()).toMatch(/^KL-\d{4}-\d{4}$/)
    expect(submits).toHaveLength(1)
    expect((await focusedInForm(page))?.text).toBe('Uw klacht is ontvangen')
    expect(await axeViolations(page)).toEqual([])

    const shown = await reference.textContent()
    const statusUrl = await page.locator('[data-status-link]').getAttribute('href')
    expect(statusUrl).toMatch(new RegExp(`^${e2eBaseUrl}/klacht/status/[A-Za-z0-9_-]{43}$`))
    await page.goto(statusUrl!)
    await page
      .getByRole('heading', { name: 'De stand van uw klacht' })
      .waitFor({ timeout: 120_000 })
    expect(await page.locator('dd[data-reference]').textContent()).toBe(shown)
    expect(await page.locator('dd[data-status]').textContent()).toBe('ontvangen')
    expect(await page.locator('li[data-kind="decision"]').textContent()).toMatch(
      /^Uitspraak op uw klacht uiterlijk op .+4 weken na /,
    )
    expect(await page.locator('p[data-kept]').textContent()).toBe(
      'Het dossier wordt 2 jaar na de afsluiting van uw klacht geanonimiseerd: dan verdwijnen uw naam, uw contactgegevens, uw verhaal en de bijlagen.',
    )
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  }, 600_000)

  it('is filled in English with an attachment, and the status page answers in English', async () => {
    const page = await browser.newPage({ locale: 'en-GB' })
    await page.goto(`${hostUrl}/en.html`)
    await page.getByLabel('Your name').waitFor({ timeout: 120_000 })
    await page.getByLabel('Your name').fill('North Bureau')
    await page.getByLabel('You complain as').selectOption('commissioningParty')
    await page.getByLabel('E-mail address').fill('not an address')
    await page.getByLabel('Your complaint').fill('The report came four weeks late.')
    // Krachtig Perspectief art. 4.1 asks for the facts with their dates.
    await page.getByLabel('Date of the events').fill('2026-03-02')
    await page.getByLabel('Attachments').setInputFiles({
      name: 'report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(samples.pdf('late report')),
    })
    await page.getByRole('button', { name: 'Send complaint' }).click()
    expect((await focusedInForm(page))?.text).toContain(
      'E-mail address: is not a valid e-mail address',
    )

    await page.getByLabel('E-mail address').fill('office@north.example')
    await page.getByRole('button', { name: 'Send complaint' }).click()
    const reference = page.locator('[data-reference]')
    await reference.waitFor({ timeout: 60_000 })
    const shown = await reference.textContent()
    expect(shown).toMatch(/^KL-\d{4}-\d{4}$/)
    expect(
      await page
        .locator('[data-complaint-form]')
        .evaluate((host) => host.shadowRoot?.textContent ?? ''),
    ).toContain('Your complaint has been received')
    expect(await axeViolations(page)).toEqual([])

    await page.goto((await page.locator('[data-status-link]').getAttribute('href'))!)
    await page
      .getByRole('heading', { name: 'How your complaint stands' })
      .waitFor({ timeout: 120_000 })
    expect(await page.locator('dd[data-reference]').textContent()).toBe(shown)
    expect(await page.locator('li[data-kind="acknowledgement"]').textContent()).toMatch(
      /^Acknowledgement at the latest on /,
    )
    expect(await page.locator('p[data-kept]').textContent()).toMatch(
      /^The file is anonymised \d+ (months|years?) after (your complaint is closed|the last act in it)/,
    )
    await page.close()
  }, 600_000)

  it('sends again by itself when the answer is lost or the server cannot store yet, and the complaint is stored once', async () => {
    const page = await browser.newPage({ locale: 'nl-NL' })
    const keys: (string | null)[] = []
    let stored: { reference: string } | null = null
    let attempt = 0
    await page.route(`${e2eBaseUrl}/api/complaints/submit`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue()
      keys.push(await route.request().headerValue('idempotency-key'))
      attempt += 1
      // First the complaint reaches the server and is stored, but the answer is lost on the way.
      if (attempt === 1) {
        stored = await (await route.fetch()).json()
        return route.abort('connectionreset')
      }
      // Then the server cannot store for a moment (the database restarts).
      if (attempt === 2)
        return route.fulfill({
          status: 503,
          headers: {
            'Retry-After': '1',
            'Access-Control-Allow-Origin': hostUrl,
            'Access-Control-Expose-Headers': 'Retry-After, Idempotent-Replayed',
          },
          json: { message: 'Wij kunnen uw klacht op dit moment even niet opslaan.' },
        })
      return route.continue()
    })
    const replayed = page.waitForResponse(
      (response) => response.url().endsWith('/api/complaints/submit') && response.status() === 200,
    )
    await page.goto(`${hostUrl}/nl.html`)
    await page.getByLabel('Uw naam').waitFor({ timeout: 120_000 })
    await page.getByLabel('Uw naam').fill('Fatima El Amrani')
    await page.getByLabel(/^Adres/).fill('Dorpsstraat 1')
    await page.getByLabel('Woonplaats').fill('Utrecht')
    await page.getByLabel('Telefoonnummer').fill('030-1234567')
    await page.getByLabel('Uw klacht').fill('Mijn coach kwam drie afspraken niet na.')
    await page.getByRole('button', { name: 'Klacht versturen' }).click()
    const reference = page.locator('[data-reference]')
    await reference.waitFor({ timeout: 60_000 })

    expect(attempt).toBe(3)
    expect(new Set(keys).size).toBe(1)
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{16,}$/)
    // The third attempt found the complaint the first one stored: the same reference, once.
    expect((await replayed).headers()['idempotent-replayed']).toBe('true')
    expect(await reference.textContent()).toBe(stored!.reference)
    await page.screenshot({ path: 'test/e2e/screenshots/intake-retried.png', fullPage: true })
    await page.close()
  }, 300_000)

  it('serves the same form on the hosted page, accessible and working from the app itself', async () => {
    const page = await browser.newPage({ locale: 'nl-NL' })
    await page.goto(`${e2eBaseUrl}/klacht/izw-ambulant`)
    await page.getByLabel('Uw naam').waitFor({ timeout: 120_000 })
    expect(await page.locator('h1').textContent()).toMatch(/Ambulant/)
    expect(await axeViolations(page)).toEqual([])
    // Sent from the app's own origin, which needs no allowlist entry.
    await page.getByLabel('Uw naam').fill('Piet Jansen')
    await page.getByLabel('Telefoonnummer').fill('06 12345678')
    await page.getByLabel(/^Adres/).fill('Kerkweg 2')
    await page.getByLabel('Woonplaats').fill('Zeist')
    await page.getByLabel('Uw klacht').fill('De hulp kwam twee keer niet.')
    await page.getByRole('button', { name: 'Klacht versturen' }).click()
    await page.locator('[data-reference]').waitFor({ timeout: 60_000 })
    expect(await page.locator('[data-status-link]').getAttribute('href')).toMatch(
      new RegExp(`^${e2eBaseUrl}/klacht/status/`),
    )
    const missing = await page.goto(`${e2eBaseUrl}/klacht/status/${'A'.repeat(43)}`)
    expect(missing?.status()).toBe(404)
    await page.close()
  }, 300_000)

  it('sends the complainant to the hosted form on a site it does not accept, and tells the web editor why', async () => {
    const page = await browser.newPage({ locale: 'nl-NL' })
    const warnings: string[] = []
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()))
    await page.goto(`http://127.0.0.1:${strangerPort}/nl.html`)
    const link = page.getByRole('link', { name: /klachtenformulier in op onze klachtenpagina/ })
    await link.waitFor({ timeout: 120_000 })
    expect(await page.getByRole('alert').innerText()).toMatch(/kon hier niet worden geladen/)
    expect(await link.getAttribute('href')).toBe(`${e2eBaseUrl}/klacht/izw-arbeidscoaching`)
    expect(warnings.join('\n')).toMatch(
      new RegExp(`http://127.0.0.1:${strangerPort} among the origins the complaints plugin allows`),
    )
    await link.click()
    await page.getByLabel('Uw naam').waitFor({ timeout: 120_000 })
    expect(page.url()).toBe(`${e2eBaseUrl}/klacht/izw-arbeidscoaching`)
    await page.close()
  }, 300_000)
})
