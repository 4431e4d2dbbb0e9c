import { chromium } from 'playwright-core'

import { oneLoginAtATime } from './loginLock'

import type { Browser, Page } from 'playwright-core'

/** Debian's Chromium, headless, with nothing that reaches out to the network by itself. */
export const launchBrowser = async (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })

const submitLogin = async (page: Page, baseUrl: string, email: string, password: string) => {
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 120_000 })
}

const apiKnows = async (page: Page, baseUrl: string): Promise<boolean> => {
  const me = await page
    .context()
    .request.get(`${baseUrl}/api/users/me`, { headers: { Origin: baseUrl } })
  return me.ok() && Boolean(((await me.json()) as { user?: unknown }).user)
}

/**
 * Logs in by `submit` until the API knows the person, one login of that person at a time across
 * the browser test files running side by side (see oneLoginAtATime).
 */
const logInUntilKnown = async (
  page: Page,
  baseUrl: string,
  email: string,
  submit: () => Promise<void>,
): Promise<void> => {
  for (let attempt = 1; ; attempt += 1) {
    const known = await oneLoginAtATime(email, async () => {
      await submit()
      return apiKnows(page, baseUrl)
    })
    if (known) return
    if (attempt === 3) throw new Error(`${email} logged in, but the API does not know the session`)
  }
}

/** Logs in through the admin's own login form, as a person does. */
export const logInThroughForm = (
  page: Page,
  baseUrl: string,
  email: string,
  password = 'changeme',
): Promise<void> =>
  logInUntilKnown(page, baseUrl, email, () => submitLogin(page, baseUrl, email, password))

/**
 * Logs in through Payload's login endpoint, whose cookie the page's browser context keeps: for the
 * tests of the screens behind the login, which need not draw the login form and the dashboard.
 */
export const logIn = (
  page: Page,
  baseUrl: string,
  email: string,
  password = 'changeme',
): Promise<void> =>
  logInUntilKnown(page, baseUrl, email, async () => {
    const response = await page.context().request.post(`${baseUrl}/api/users/login`, {
      data: { email, password },
      headers: { Origin: baseUrl },
    })
    if (!response.ok()) throw new Error(`${email} could not log in: ${response.status()}`)
  })

/** A page of its own for a person, logged in, in the admin language of `locale` (nl-NL, en-GB). */
export const pageAs = async (
  browser: Browser,
  baseUrl: string,
  email: string,
  locale = 'nl-NL',
): Promise<Page> => {
  const page = await browser.newPage({
    locale,
    viewport: { width: 1400, height: 1000 },
    extraHTTPHeaders: { 'Accept-Language': locale.slice(0, 2) },
  })
  await logIn(page, baseUrl, email)
  return page
}
