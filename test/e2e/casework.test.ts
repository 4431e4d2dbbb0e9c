/**
 * Case work in the admin, only by clicking: a complaint of each handling kind (directie, handler,
 * committee) from a phone call to closure, each step by the person who takes it, with a refused
 * step shown and then completed. Screenshots of each stage go to test/e2e/screenshots/casework.
 */
import { mkdir } from 'node:fs/promises'

import { todayInAmsterdam } from '../../src/procedure/zone'
import { launchBrowser, logInThroughForm } from '../helpers/browser'
import { casePage, openFromList, sendLetter, takeStep } from '../helpers/casePage'
import { e2eBaseUrl } from './globalSetup'

import type { Browser, Page } from 'playwright-core'

let browser: Browser
const SHOTS = 'test/e2e/screenshots/casework'

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(SHOTS, { recursive: true })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

const as = async (email: string): Promise<Page> => {
  const page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1400, height: 1000 } })
  await logInThroughForm(page, e2eBaseUrl, email)
  return page
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })

/** Staff answer the phone: "Klacht opnemen", the regulation, the data it asks for. Returns the reference. */
const recordByPhone = async (
  regulation: RegExp,
  data: Record<string, string>,
  name: string,
): Promise<string> => {
  const page = await as('medewerker@example.com')
  const link = page.locator('a.nav__link', { hasText: 'Klacht opnemen' })
  // The navigation may be folded away: open it first.
  await link.waitFor({ timeout: 120_000 })
  if (await link.evaluate((element) => element.closest('[inert]') !== null))
    await page.locator('.nav-toggler').first().click()
  await link.click()
  const form = page.locator('[data-testid="record-form"]')
  await form.waitFor({ timeout: 120_000 })
  const option = form.locator('select[name="regulation"] option', { hasText: regulation })
  const value = (await option.getAttribute('value'))!
  // The form follows the choice once the page is interactive: choose until it does.
  for (let attempt = 0; (await form.getAttribute('data-regulation')) !== value; attempt += 1) {
    if (attempt === 60) throw new Error('the recording form did not follow the regulation chosen')
    await form.locator('select[name="regulation"]').selectOption(value)
    await page.waitForTimeout(500)
  }
  expect(await form.locator('select[name="channel"]').inputValue()).toBe('phone')
  await form.locator('[data-testid="record-oral-rule"]').waitFor()
  for (const [field, value] of Object.entries(data))
    await form.locator(`[name="${field}"]`).fill(value)
  await shot(page, `${name}-1-recording`)
  await form.getByRole('button', { name: 'Klacht vastleggen' }).click()
  const saved = page.locator('[data-testid="record-saved"]')
  await saved.waitFor({ timeout: 60_000 })
  const text = await saved.innerText()
  expect(text).toMatch(/Fase: ontvangen\./)
  expect(text).toMatch(/Volgende termijn: Ontvangstbevestiging, uiterlijk \w+dag \d+ \w+ 20\d\d\./)
  // Staff record complaints but do not read them afterwards: no link to the case.
  expect(await saved.getByRole('link', { name: 'Naar het dossier' }).count()).toBe(0)
  await shot(page, `${name}-2-recorded`)
  await page.close()
  return /KL-\d{4}-\d{4}/.exec(text)![0]
}

const today = () => todayInAmsterdam()

const stageIs = async (page: Page, stage: string) =>
  (await casePage(page).stage.innerText()) === stage

/** Opens the case from the list and sends its acknowledgement, which moves it to that stage. */
const acknowledgedBy = async (email: string, reference: string): Promise<Page> => {
  const page = await as(email)
  await openFromList(page, e2eBaseUrl, reference)
  await sendLetter(page, 'ontvangstbevestiging', () => stageIs(page, 'ontvangst bevestigd'))
  return page
}

describe('case work in the admin', () => {
  it('takes an HSS complaint (directie handles) from a phone call to closure', async () => {
    const reference = await recordByPhone(
      /HSS/,
      {
        name: 'Fatima el Amrani',
        email: 'fatima@example.com',
        description: 'Mijn begeleider kwam drie keer niet opdagen.',
      },
      'hss',
    )
    const page = await as('directie@example.com')
    await openFromList(page, e2eBaseUrl, reference)
    const view = casePage(page)
    expect(await view.stage.innerText()).toBe('ontvangen')
    expect(await view.deadline.innerText()).toMatch(/^Ontvangstbevestiging: \w+dag \d+ \w+ 20\d\d/)
    expect(await view.letter('ontvangstbevestiging').innerText()).toMatch(/nog te versturen/)
    await shot(page, 'hss-3-received')

    await sendLetter(page, 'ontvangstbevestiging', () => stageIs(page, 'ontvangst bevestigd'))
    expect(await view.letter('ontvangstbevestiging').innerText()).toMatch(/verstuurd/)

    expect((await takeStep(page, 'In behandeling nemen')).refused).toBeNull()
    expect(await view.stage.innerText()).toBe('in behandeling')

    // Deciding without having talked with the complainant is refused, and says so.
    const refused = await takeStep(page, 'Uitspraak doen', async (form) => {
      await form.locator('textarea').first().fill('De begeleiding is niet nagekomen.')
    })
    expect(refused.refused).toMatch(/in overleg met de klager/)
    await shot(page, 'hss-4-decision-refused')
    const decided = await takeStep(page, 'Uitspraak doen', async (form) => {
      await form.locator('textarea').first().fill('De begeleiding is niet nagekomen.')
      await form.locator('[data-step-input="hearings|date"]').fill(today())
      await form.locator('select[data-step-input="hearings|heard"]').selectOption('complainant')
      await form.locator('[data-step-input="hearings|summary"]').fill('Gesprek met mevrouw.')
    })
    expect(decided.refused).toBeNull()
    expect(await view.stage.innerText()).toBe('uitspraak gedaan')
    expect(await view.letter('uitspraak').innerText()).toMatch(/nog te versturen/)
    await sendLetter(page, 'uitspraak', async () =>
      /verstuurd/.test(await view.letter('uitspraak').innerText()),
    )
    await shot(page, 'hss-5-decided')

    expect((await takeStep(page, 'Afsluiten')).refused).toBeNull()
    expect(await view.stage.innerText()).toBe('afgesloten')
    const history = await view.timeline.innerText()
    expect(history).toMatch(/Klacht ontvangen via telefoon/)
    expect(history).toMatch(/Vastgelegd in het systeem \(door Medewerker\)/)
    expect(history).toMatch(/Naar fase ‘in behandeling’ \(door Directie\)/)
    expect(history).toMatch(/Naar fase ‘afgesloten’ \(door Directie\)/)
    expect(history).toMatch(/Termijn ‘Ontvangstbevestiging’ gehaald/)
    expect(history).toMatch(/Brief ‘uitspraak’ verstuurd/)
    expect(await view.steps.innerText()).toMatch(/Deze klacht is afgerond/)
    await shot(page, 'hss-6-closed')

    // The decision letter prints from the case.
    const [printed] = await Promise.all([
      page.context().waitForEvent('page'),
      view.letter('uitspraak').getByRole('link', { name: 'Afdrukken' }).click(),
    ])
    await printed.waitForLoadState()
    expect(await printed.locator('body').innerText()).toMatch(/Fatima el Amrani/)
    await printed.screenshot({ path: `${SHOTS}/hss-7-printed-letter.png`, fullPage: true })
    await page.close()
  }, 600_000)

  it('takes a Krachtig Perspectief complaint (a handler decides) from a phone call to closure', async () => {
    const reference = await recordByPhone(
      /Krachtig Perspectief/,
      {
        name: 'Johan Visser',
        phone: '06 12345678',
        email: 'johan@example.com',
        description: 'Mijn re-integratieplan werd zonder overleg gewijzigd.',
        eventsOn: '2026-11-02',
      },
      'kp',
    )
    const directie = await acknowledgedBy('directie@example.com', reference)
    const view = casePage(directie)
    // Directie appoints the handler; starting without one is refused and says what is missing.
    const refused = await takeStep(directie, 'In behandeling nemen')
    expect(refused.refused).toMatch(/behandelaar/i)
    await shot(directie, 'kp-3-start-refused')
    const started = await takeStep(directie, 'In behandeling nemen', async (form) => {
      const handler = form.locator('select[data-step-input="handler"]')
      await handler.selectOption({ label: 'Klachtbehandelaar' })
    })
    expect(started.refused).toBeNull()
    expect(await view.stage.innerText()).toBe('in behandeling')
    expect(await view.overview.innerText()).toMatch(/Behandeld door\s+Klachtbehandelaar/)
    await directie.close()

    const handler = await as('behandelaar@example.com')
    await openFromList(handler, e2eBaseUrl, reference)
    const own = casePage(handler)
    expect(await own.deadline.innerText()).toMatch(/^Uitspraak: \w+dag \d+ \w+ 20\d\d/)
    const decided = await takeStep(handler, 'Uitspraak doen', async (form) => {
      await form.locator('textarea').first().fill('Het plan is zonder overleg gewijzigd.')
      await form.locator('select[data-step-input="outcome"]').selectOption('founded')
    })
    expect(decided.refused).toBeNull()
    expect(await own.stage.innerText()).toBe('uitspraak gedaan')
    await shot(handler, 'kp-4-decided')
    expect((await takeStep(handler, 'Afsluiten')).refused).toBeNull()
    expect(await own.stage.innerText()).toBe('afgesloten')
    expect(await own.timeline.innerText()).toMatch(
      /Naar fase ‘uitspraak gedaan’ \(door Klachtbehandelaar\)/,
    )
    await shot(handler, 'kp-5-closed')
    await handler.close()
  }, 600_000)

  it('takes an IN FOCUS complaint (a committee decides after a hearing) from a phone call to closure', async () => {
    const reference = await recordByPhone(
      /IN FOCUS/,
      {
        name: 'Sanne de Boer',
        email: 'sanne@example.com',
        description: 'Mijn UWV-traject liep vast.',
      },
      'infocus',
    )
    const directie = await acknowledgedBy('directie@example.com', reference)
    // The regulation asks an oral complainant to confirm in writing: that letter is drafted.
    expect(await casePage(directie).letter('verzoek om schriftelijke bevestiging').count()).toBe(1)
    const started = await takeStep(directie, 'In behandeling nemen', async (form) => {
      await form
        .locator('select[data-step-input="committee"]')
        .selectOption({ label: 'Klachtencommissie IN FOCUS' })
    })
    expect(started.refused).toBeNull()
    await directie.close()

    const member = await as('commissielid1@example.com')
    await openFromList(member, e2eBaseUrl, reference)
    const view = casePage(member)
    expect(await view.stage.innerText()).toBe('in behandeling')
    // Hoor en wederhoor comes before the decision.
    const refused = await takeStep(member, 'Uitspraak doen', async (form) => {
      await form.locator('textarea').first().fill('Het traject is niet goed begeleid.')
    })
    expect(refused.refused).toMatch(/hoor en wederhoor|gesprek/i)
    await shot(member, 'infocus-3-decision-refused')
    const decided = await takeStep(member, 'Uitspraak doen', async (form) => {
      await form.locator('[data-step-input="hearings|date"]').fill(today())
      await form
        .locator('select[data-step-input="hearings|heard"]')
        .selectOption('complainantAndEmployee')
      await form.locator('[data-step-input="hearings|party"]').fill('mevrouw De Boer en haar coach')
    })
    expect(decided.refused).toBeNull()
    expect(await view.stage.innerText()).toBe('uitspraak gedaan')
    expect(await view.timeline.innerText()).toMatch(
      /Hoor en wederhoor: klager en medewerker, mevrouw De Boer en haar coach/,
    )
    expect((await takeStep(member, 'Afsluiten')).refused).toBeNull()
    expect(await view.stage.innerText()).toBe('afgesloten')
    await shot(member, 'infocus-4-closed')
    await member.close()
  }, 600_000)
})
