import { chromium } from 'playwright-core'

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

/** Logs in through the admin's own login form. */
export const logIn = async (
  page: Page,
  baseUrl: string,
  email: string,
  password = 'changeme',
): Promise<void> => {
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 120_000 })
}
