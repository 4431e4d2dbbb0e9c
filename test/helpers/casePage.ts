import type { Locator, Page } from 'playwright-core'

/** The case page's parts, as a person finds them. */
export const casePage = (page: Page) => ({
  overview: page.locator('[data-testid="case-overview"]'),
  stage: page.locator('[data-testid="case-stage"]'),
  deadline: page.locator('[data-testid="case-deadline"]'),
  steps: page.locator('[data-testid="case-steps"]'),
  letters: page.locator('[data-testid="case-letters"]'),
  timeline: page.locator('[data-testid="case-timeline"]'),
  step: (name: string): Locator =>
    page.locator('.case-step', {
      has: page.locator('.case-step__name', { hasText: new RegExp(`^${name}`) }),
    }),
  letter: (kind: string): Locator =>
    page.locator('[data-testid="case-letters"] tr', { has: page.locator(`td:text-is("${kind}")`) }),
})

/** Opens a step's form by its name, lets `fill` fill it in, and takes the step. */
export const takeStep = async (
  page: Page,
  name: string,
  fill: (form: Locator) => Promise<void> = async () => {},
): Promise<{ refused: string | null }> => {
  const step = casePage(page).step(name)
  const form = step.locator('.case-step__form')
  // A step refused a moment ago keeps its form open, with what was filled in.
  if (!(await form.isVisible())) await step.locator('.case-step__name').click()
  await fill(form)
  const refusals = Number((await form.getAttribute('data-refusals')) ?? 0)
  const reloaded = page.waitForEvent('load', { timeout: 60_000 }).then(() => 'reloaded' as const)
  const alert = page
    .locator(`.case-step__form[data-refusals="${refusals + 1}"] [role="alert"]`)
    .waitFor({ timeout: 60_000 })
    .then(() => 'refused' as const)
  await form.getByRole('button', { name, exact: true }).click()
  const outcome = await Promise.race([reloaded, alert])
  if (outcome === 'refused') {
    reloaded.catch(() => {})
    return { refused: await form.locator('[role="alert"]').innerText() }
  }
  alert.catch(() => {})
  await casePage(page).overview.waitFor({ timeout: 60_000 })
  return { refused: null }
}

/** Sends a letter of the case by its button, then reloads until the outbox sent it. */
export const sendLetter = async (page: Page, kind: string, until: () => Promise<boolean>) => {
  await Promise.all([
    page.waitForEvent('load', { timeout: 60_000 }),
    casePage(page).letter(kind).getByRole('button').click(),
  ])
  for (let attempt = 0; attempt < 30; attempt += 1) {
    await casePage(page).overview.waitFor({ timeout: 60_000 })
    if (await until()) return
    await page.waitForTimeout(2_000)
    await page.reload()
  }
  throw new Error(`the letter '${kind}' was not sent within a minute`)
}

/**
 * Clicks a link of the list until the list's address follows it: the list rewrites its own
 * address once it has loaded, and a click made just before that is undone by it.
 */
export const clickUntilAddress = async (
  page: Page,
  link: Locator,
  wanted: (url: URL) => boolean,
) => {
  for (let attempt = 1; ; attempt += 1) {
    await link.click()
    try {
      await page.waitForURL(wanted, { timeout: 10_000, waitUntil: 'commit' })
      return
    } catch (error) {
      if (attempt === 6) throw error
    }
  }
}

/**
 * Types into the list's search until the list follows it: a fill made while the list is still
 * settling from an earlier navigation is lost, so it is made again.
 */
export const searchList = async (page: Page, text: string) => {
  const search = page.locator('#search-filter-input')
  await search.waitFor({ timeout: 120_000 })
  const wanted = new RegExp(`[?&]search=${encodeURIComponent(text)}`)
  for (let attempt = 1; ; attempt += 1) {
    await search.fill(text)
    try {
      await page.waitForURL(wanted, { timeout: 10_000, waitUntil: 'commit' })
      return
    } catch (error) {
      if (attempt === 6) throw error
    }
  }
}

/** Finds a complaint in the list by its reference, with the list's search, and opens its case. */
export const openFromList = async (page: Page, baseUrl: string, reference: string) => {
  await page.goto(`${baseUrl}/admin/collections/complaints`)
  await searchList(page, reference)
  const link = page.locator('tbody a', { hasText: reference }).first()
  await link.waitFor({ timeout: 60_000 })
  await link.click()
  await casePage(page).overview.waitFor({ timeout: 120_000 })
}

/** The investigation part of the case page. */
export const investigation = (page: Page) => page.locator('[data-testid="case-investigation"]')

/** Opens an action of the investigation by its name; its form. */
export const openAction = async (page: Page, name: string): Promise<Locator> => {
  const action = investigation(page).locator('.case-step', {
    has: page.locator('.case-step__name', { hasText: name }),
  })
  await action.locator('.case-step__name').click()
  const form = action.locator('.case-step__form')
  await form.waitFor()
  return form
}

/** Submits an action's form; resolves with the refusal shown, or null once the page reloaded. */
export const submitAction = async (
  page: Page,
  form: Locator,
  button: string,
): Promise<string | null> => {
  const refusals = Number((await form.getAttribute('data-refusals')) ?? 0)
  const reloaded = page.waitForEvent('load', { timeout: 60_000 }).then(() => 'reloaded' as const)
  const alert = page
    .locator(`.case-step__form[data-refusals="${refusals + 1}"] [role="alert"]`)
    .waitFor({ timeout: 60_000 })
    .then(() => 'refused' as const)
  await form.getByRole('button', { name: button, exact: true }).click()
  if ((await Promise.race([reloaded, alert])) === 'refused') {
    reloaded.catch(() => {})
    return form.locator('[role="alert"]').innerText()
  }
  alert.catch(() => {})
  await casePage(page).overview.waitFor({ timeout: 60_000 })
  await page.waitForLoadState('networkidle')
  return null
}

/** Opens a complaint's case page and waits until its investigation section is there. */
export const openInvestigation = async (page: Page, baseUrl: string, id: number) => {
  await page.goto(`${baseUrl}/admin/collections/complaints/${id}`)
  await casePage(page).overview.waitFor({ timeout: 120_000 })
  await investigation(page).waitFor({ timeout: 60_000 })
  await page.waitForLoadState('networkidle')
}
