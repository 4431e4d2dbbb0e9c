/**
 * The investigation on the case page, only by clicking, as the handler: invite the complainant to
 * a conversation (the draft invitation appears with the letters), be refused asking someone else
 * before the complainant's consent (IZW "na toestemming"), record that consent and ask again,
 * record a conversation with the employee.
 * In a Dutch admin; the same page once in English. Screenshots go to test/e2e/screenshots/investigation.
 *
 * The complaint and its people are this file's own: other files of the suite run beside it.
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
let api: Awaited<ReturnType<typeof adminApi>>
const SHOTS = 'test/e2e/screenshots/investigation'
const HANDLER = 'onderzoek-behandelaar@example.com'
let complaintId: number

/** A request of the administrator's that must succeed; its answer. */
const asAdmin = (method: string, path: string, body?: unknown) =>
  api.call(path, { method, body: body === undefined ? undefined : JSON.stringify(body) })

beforeAll(async () => {
  browser = await launchBrowser()
  await mkdir(SHOTS, { recursive: true })
  api = await adminApi(e2eBaseUrl)
  const handler = await asAdmin('POST', '/api/users', {
    email: HANDLER,
    name: 'Noor Onderzoek',
    password: 'changeme',
    roles: ['handler'],
  })
  const employee = await asAdmin('POST', '/api/users', {
    email: 'onderzoek-coach@example.com',
    name: 'Carla Coach',
    password: 'changeme',
    roles: ['staff'],
  })
  // An IZW Ambulant complaint through the public form, without the box of consent ticked.
  const sent = await fetch(`${e2eBaseUrl}/api/complaints/submit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      regulation: 'izw-ambulant',
      name: 'Sanne de Boer',
      address: 'Dorpsstraat 1',
      city: 'Utrecht',
      phone: '030 1234567',
      email: 'sanne@example.com',
      description: 'Mijn begeleider kwam drie keer niet opdagen.',
    }),
  })
  expect(sent.status).toBe(201)
  const { reference } = (await sent.json()) as { reference: string }
  const found = await asAdmin(
    'GET',
    `/api/complaints?where[reference][equals]=${reference}&depth=0`,
  )
  complaintId = found.docs[0].id
  await asAdmin('PATCH', `/api/complaints/${complaintId}`, {
    handler: handler.doc.id,
    subjectEmployee: employee.doc.id,
    status: 'acknowledged',
    acknowledgedOn: todayInAmsterdam(),
  })
  await asAdmin('PATCH', `/api/complaints/${complaintId}`, { status: 'inProgress' })
}, 180_000)

afterAll(async () => {
  await browser?.close()
})

const as = (email: string, locale?: string) => pageAs(browser, e2eBaseUrl, email, locale)
const openCase = (page: Page) => openInvestigation(page, e2eBaseUrl, complaintId)

describe('the investigation on the case page', () => {
  it('invites the complainant to a conversation, asks someone else only after the consent, and records a conversation', async () => {
    const page = await as(HANDLER)
    await openCase(page)
    const view = casePage(page)
    await investigation(page).waitFor({ timeout: 60_000 })
    expect(await investigation(page).locator('h3').innerText()).toBe('Onderzoek')
    // IZW: the page says consent is needed before anyone else is asked.
    expect(await page.locator('[data-testid="case-consent-state"]').innerText()).toMatch(
      /pas na toestemming van de klager; die is nog niet \(volledig\) vastgelegd/,
    )

    // Invite the complainant: day, time, place; who attend is proposed (the handler).
    const nextWeek = addDays(todayInAmsterdam(), 7)
    const invite = await openAction(page, 'Uitnodigen voor een gesprek')
    expect(await invite.locator('select[name="to"]').inputValue()).toBe('complainant')
    expect(await invite.locator('input[name="attendees"]').inputValue()).toBe('Noor Onderzoek')
    await invite.locator('input[name="date"]').fill(nextWeek)
    await invite.locator('input[name="time"]').fill('14:30')
    await invite.locator('input[name="place"]').fill('Stationsplein 1, Utrecht')
    await page.screenshot({ path: `${SHOTS}/1-invite-form.png`, fullPage: true })
    expect(await submitAction(page, invite, 'Uitnodiging opstellen')).toBeNull()
    const letter = view.letter('uitnodiging voor een gesprek')
    expect(await letter.innerText()).toMatch(/concept.*nog te versturen/)
    expect(await view.timeline.innerText()).toMatch(/Gesprek gepland: klager/)

    // The draft reads as the invitation: printed, it has the day, time, place and the right to bring someone.
    const [printed] = await Promise.all([
      page.context().waitForEvent('page'),
      letter.getByRole('link', { name: 'Afdrukken' }).click(),
    ])
    await printed.waitForLoadState()
    const text = await printed.locator('body').innerText()
    expect(text).toMatch(/Beste Sanne de Boer,/)
    expect(text).toMatch(/Tijd: 14:30 uur/)
    expect(text).toMatch(/Plaats: Stationsplein 1, Utrecht/)
    expect(text).toMatch(/Aanwezig: Noor Onderzoek/)
    expect(text).toMatch(/U mag iemand meenemen/)
    await printed.screenshot({ path: `${SHOTS}/2-invitation-printed.png`, fullPage: true })
    await printed.close()

    // Asking someone else before the complainant's consent is refused, naming the field and the rule.
    const ask = await openAction(page, 'Informatie opvragen')
    await ask.locator('select[name="to"]').selectOption('other')
    await ask.locator('input[name="name"]').fill('P. Bakker')
    await ask.locator('input[name="email"]').fill('p.bakker@example.org')
    await ask.locator('textarea[name="questions"]').fill('Wat heeft u gezien?')
    const refused = await submitAction(page, ask, 'Conceptbrief opstellen')
    expect(refused).toMatch(
      /Toestemming van de klager om anderen te benaderen: De regeling benadert anderen dan de klager en de betrokken medewerker alleen na toestemming van de klager/,
    )
    await page.screenshot({ path: `${SHOTS}/3-ask-other-refused.png`, fullPage: true })
    await investigation(page).screenshot({ path: `${SHOTS}/3-ask-other-refused-section.png` })
    await ask.getByRole('button', { name: 'Annuleren' }).click()

    // Once the complainant's consent is recorded (when, how, for what), the same request is drafted.
    const consent = await openAction(page, 'Toestemming vastleggen')
    await consent.locator('select[name="how"]').selectOption('email')
    await consent
      .locator('textarea[name="scope"]')
      .fill('P. Bakker van het werkplein mag over de gemiste afspraken worden gevraagd.')
    expect(await submitAction(page, consent, 'Toestemming vastleggen')).toBeNull()
    expect(await page.locator('[data-testid="case-consent-state"]').innerText()).toMatch(
      /^Toestemming van de klager om anderen te benaderen: gegeven op \w+dag \d+ \w+ 20\d\d \(per e-mail\), voor: P\. Bakker van het werkplein/,
    )
    const askAgain = await openAction(page, 'Informatie opvragen')
    await askAgain.locator('select[name="to"]').selectOption('other')
    await askAgain.locator('input[name="name"]').fill('P. Bakker')
    await askAgain.locator('input[name="email"]').fill('p.bakker@example.org')
    await askAgain.locator('textarea[name="questions"]').fill('Wat heeft u gezien?')
    expect(await submitAction(page, askAgain, 'Conceptbrief opstellen')).toBeNull()
    expect(await view.letter('verzoek om informatie').innerText()).toMatch(/concept/)

    // The conversation with the employee, held today, is recorded with its minutes.
    const record = await openAction(page, 'Gesprek vastleggen')
    await record.locator('select[name="row"]').selectOption('')
    await record.locator('select[name="heard"]').selectOption('employee')
    await record.locator('input[name="party"]').fill('Carla Coach')
    await record
      .locator('textarea[name="summary"]')
      .fill('De coach bevestigt twee gemiste afspraken.')
    expect(await submitAction(page, record, 'Gesprek vastleggen')).toBeNull()
    expect(await view.timeline.innerText()).toMatch(/Hoor en wederhoor: medewerker, Carla Coach/)
    await view.timeline.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/4-hearing-recorded.png`, fullPage: true })
    await view.overview.screenshot({ path: `${SHOTS}/4-hearing-recorded-case.png` })
    await page.close()
  }, 600_000)

  it('shows the same investigation in an English admin', async () => {
    const page = await as(HANDLER, 'en-GB')
    await openCase(page)
    const section = investigation(page)
    await section.waitFor({ timeout: 60_000 })
    expect(await section.locator('h3').innerText()).toBe('Investigation')
    expect(await section.locator('.case-step__name').allInnerTexts()).toEqual([
      'Request information',
      'Invite to a conversation',
      'Record a conversation',
      'Record consent',
      'Move up to the next stage',
    ])
    expect(await casePage(page).letter('invitation to a conversation').count()).toBe(1)
    expect(await casePage(page).letter('request for information').count()).toBe(1)
    expect(await page.locator('[data-testid="case-consent-state"]').innerText()).toMatch(
      /^The complainant’s consent to consult others: given on \w+day \d+ \w+ 20\d\d \(by e-mail\), for: P\. Bakker/,
    )
    await page.screenshot({ path: `${SHOTS}/5-english.png`, fullPage: true })
    await page.close()
  }, 300_000)
})
