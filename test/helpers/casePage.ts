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

/** Finds a complaint in the list by its reference, with the list's search, and opens its case. */
export const openFromList = async (page: Page, baseUrl: string, reference: string) => {
  await page.goto(`${baseUrl}/admin/collections/complaints`)
  const search = page.locator('.search-filter__input, input[id^="search-filter-input"]').first()
  await search.waitFor({ timeout: 120_000 })
  await search.fill(reference)
  // The list follows the search once its address has it: click only then.
  await page.waitForURL(/[?&]search=/, { timeout: 60_000 })
  const link = page.locator('a', { hasText: reference }).first()
  await link.waitFor({ timeout: 60_000 })
  await link.click()
  await casePage(page).overview.waitFor({ timeout: 120_000 })
}
