/**
 * The satisfaction survey as a complainant meets it: the private link from the closure letter of
 * a closed IZW Ambulant complaint, opened in real Chromium, answered by clicking (Dutch) and by
 * keyboard alone (English), the thanks, and the same link again: answered already. axe-core
 * checks WCAG 2.1 AA on each state. Screenshots of both languages, on a desktop and on a phone,
 * go to test/e2e/screenshots/survey.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import { richTextOf } from '../../src/complaints/richText'
import { todayInAmsterdam } from '../../src/procedure/zone'
import { adminApi } from '../helpers/adminApi'
import { launchBrowser } from '../helpers/browser'
import { e2eBaseUrl } from './globalSetup'

import type { Browser, Page } from 'playwright-core'

const SHOTS = 'test/e2e/screenshots/survey'
const axePath = path.resolve('node_modules/axe-core/axe.min.js')
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }

let browser: Browser
let api: Awaited<ReturnType<typeof adminApi>>

/** What the complainant wrote, which the survey page must never show. */
const COMPLAINANT = {
  name: 'Noor Bakker',
  address: 'Kerkstraat 12',
  city: 'Zwolle',
  phone: '038-7654321',
  description: 'Mijn begeleider Pieter kwam drie weken niet opdagen.',
}

const asAdmin = (method: string, url: string, body?: unknown) =>
  api.call(url, { method, body: body === undefined ? undefined : JSON.stringify(body) })

/**
 * A complaint of its own, sent through the public form and taken to closure through the API as
 * staff would; the survey link as its closure letter gives it.
 */
const closedComplaint = async (lang: 'nl' | 'en') => {
  const sent = await fetch(`${e2eBaseUrl}/api/complaints/submit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ regulation: 'izw-ambulant', lang, ...COMPLAINANT }),
  })
  expect(sent.status).toBe(201)
  const { reference } = (await sent.json()) as { reference: string }
  const found = await asAdmin(
    'GET',
    `/api/complaints?where[reference][equals]=${reference}&depth=0`,
  )
  const id = found.docs[0].id as number
  const today = todayInAmsterdam()
  for (const step of [
    { status: 'acknowledged', acknowledgedOn: today },
    { status: 'inProgress' },
    {
      status: 'decided',
      decidedOn: today,
      outcome: 'partlyFounded',
      reasoning: richTextOf(
        'De afspraken zijn nagekeken; twee keer is de begeleider niet gekomen.',
      ),
    },
    { status: 'closed', closedOn: today },
  ])
    await asAdmin('PATCH', `/api/complaints/${id}`, step)
  const letters = await asAdmin(
    'GET',
    `/api/letters?where[complaint][equals]=${id}&where[kind][equals]=closure&depth=0`,
  )
  const link = JSON.stringify(letters.docs[0].body).match(
    new RegExp(`${e2eBaseUrl}/klacht/tevredenheid/[A-Za-z0-9_-]{43}`),
  )?.[0]
  if (!link) throw new Error('the closure letter holds no survey link')
  return { id, reference, link }
}

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true })
  browser = await launchBrowser()
  api = await adminApi(e2eBaseUrl)
  // The production build renders each page on its first request: a first visit warms it.
  await fetch(`${e2eBaseUrl}/klacht/tevredenheid/x`, { signal: AbortSignal.timeout(240_000) })
}, 300_000)

afterAll(async () => {
  await browser?.close()
})

const axeViolations = async (page: Page) => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath })
  return page.evaluate(async () => {
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
}

/** The focused element: its id, or its text when it has none. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    return { id: active?.id ?? '', text: active?.textContent ?? '', tag: active?.tagName ?? '' }
  })

const open = async (link: string, locale: string, viewport = DESKTOP) => {
  const page = await browser.newPage({ locale, viewport })
  await page.goto(link)
  return page
}

/** The form once its script runs (until then it is hidden, and the page says how else to answer). */
const formOf = async (page: Page) => {
  const form = page.locator('form[data-survey-form]:not([hidden])')
  await form.waitFor({ timeout: 120_000 })
  return form
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })

describe('the satisfaction survey behind the closure letter’s link', () => {
  it('is answered by clicking in Dutch, thanks the complainant, and says so when opened again', async () => {
    const complaint = await closedComplaint('nl')
    const page = await open(complaint.link, 'nl-NL')
    await page
      .getByRole('heading', { name: 'Hoe tevreden bent u over de behandeling van uw klacht?' })
      .waitFor({ timeout: 120_000 })
    await formOf(page)
    const text = await page.locator('main').innerText()
    expect(text).toContain(complaint.reference)
    for (const personal of Object.values(COMPLAINANT)) expect(text).not.toContain(personal)
    // A private page: not indexed, and its address is not passed on.
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
    expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer')
    expect(await axeViolations(page)).toEqual([])
    await shot(page, 'nl-form')

    // Sent without an answer: a summary that takes the focus, each error next to its field.
    await page.getByRole('button', { name: 'Antwoord versturen' }).click()
    const summary = page.locator('.summary')
    await summary.getByText('Uw cijfer: kies een cijfer van 1 tot en met 5.').waitFor()
    expect((await focused(page)).text).toContain(
      'Controleer uw antwoord: 2 punt(en) om te verbeteren',
    )
    expect(await page.locator('#survey-score-error').textContent()).toBe(
      'Uw cijfer: kies een cijfer van 1 tot en met 5.',
    )
    expect(await page.locator('#survey-score-3').getAttribute('aria-describedby')).toBe(
      'survey-score-help survey-score-error',
    )
    expect(await page.locator('#survey-score-3').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#survey-handledWell-no').getAttribute('aria-describedby')).toBe(
      'survey-handledWell-error',
    )
    expect(await axeViolations(page)).toEqual([])
    await shot(page, 'nl-errors')
    // The summary's link takes the keyboard to the question.
    await summary.getByRole('link', { name: /Goed behandeld/ }).click()
    expect((await focused(page)).id).toBe('survey-handledWell-yes')

    await page.getByLabel('4 tevreden', { exact: true }).check()
    await page.getByLabel('Ja', { exact: true }).check()
    await page.getByLabel(/Wilt u nog iets toelichten/).fill('Fijn dat er snel is teruggebeld.')
    await page.getByRole('button', { name: 'Antwoord versturen' }).click()
    await page.locator('[data-survey-ending="thanks"]').waitFor({ timeout: 60_000 })
    expect((await focused(page)).text).toBe('Dank u wel voor uw antwoord')
    expect(await page.locator('[data-survey-ending]').innerText()).toContain(
      `Uw antwoord is bewaard bij klacht ${complaint.reference}.`,
    )
    expect(await axeViolations(page)).toEqual([])
    await shot(page, 'nl-thanks')

    const stored = await asAdmin('GET', `/api/complaints/${complaint.id}?depth=0`)
    expect(stored.satisfaction).toMatchObject({
      score: 4,
      handledWell: 'yes',
      via: 'online',
      remark: 'Fijn dat er snel is teruggebeld.',
    })

    await page.goto(complaint.link)
    await page
      .getByRole('heading', { name: 'Deze vragenlijst is al beantwoord' })
      .waitFor({ timeout: 60_000 })
    expect(await page.locator('form[data-survey-form]').count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await shot(page, 'nl-answered')
    await page.setViewportSize(PHONE)
    await shot(page, 'nl-answered-phone')
    await page.close()
  }, 300_000)

  it('is answered in English by keyboard alone, on a phone', async () => {
    const complaint = await closedComplaint('en')
    const page = await open(complaint.link, 'en-GB', PHONE)
    await page
      .getByRole('heading', { name: 'How satisfied are you with how your complaint was handled?' })
      .waitFor({ timeout: 120_000 })
    await formOf(page)
    expect(await axeViolations(page)).toEqual([])
    await shot(page, 'en-form-phone')

    // Tab to the scale, arrows to 4, Tab to yes or no, Space for yes, Tab to the comment, Tab, Enter.
    for (let step = 0; step < 10 && (await focused(page)).id !== 'survey-score-1'; step += 1)
      await page.keyboard.press('Tab')
    expect((await focused(page)).id).toBe('survey-score-1')
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown')
    expect(await page.locator('#survey-score-4').isChecked()).toBe(true)
    await page.keyboard.press('Tab')
    expect((await focused(page)).id).toBe('survey-handledWell-yes')
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    expect((await focused(page)).id).toBe('survey-comment')
    await page.keyboard.type('Quick and clear.')
    await shot(page, 'en-filled-phone')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.locator('[data-survey-ending="thanks"]').waitFor({ timeout: 60_000 })
    expect((await focused(page)).text).toBe('Thank you for your answer')
    expect(await axeViolations(page)).toEqual([])
    await shot(page, 'en-thanks-phone')
    await page.setViewportSize(DESKTOP)
    await shot(page, 'en-thanks')

    const stored = await asAdmin('GET', `/api/complaints/${complaint.id}?depth=0`)
    expect(stored.satisfaction).toMatchObject({ score: 4, handledWell: 'yes', via: 'online' })

    await page.goto(complaint.link)
    await page
      .getByRole('heading', { name: 'This survey has been answered already' })
      .waitFor({ timeout: 60_000 })
    expect(await axeViolations(page)).toEqual([])
    await shot(page, 'en-answered')
    // The other language is one link away, in that language.
    await page.getByRole('link', { name: 'Nederlands' }).click()
    await page
      .getByRole('heading', { name: 'Deze vragenlijst is al beantwoord' })
      .waitFor({ timeout: 60_000 })
    await page.close()
  }, 300_000)

  it('opens nothing for a link that does not exist', async () => {
    const page = await open(`${e2eBaseUrl}/klacht/tevredenheid/${'A'.repeat(43)}`, 'nl-NL')
    await page.getByRole('heading', { name: 'Pagina niet gevonden' }).waitFor({ timeout: 60_000 })
    const response = await fetch(`${e2eBaseUrl}/klacht/tevredenheid/${'A'.repeat(43)}`)
    expect(response.status).toBe(404)
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    await page.close()
  }, 120_000)
})
