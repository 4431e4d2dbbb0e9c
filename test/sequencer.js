import Sequencer from '@jest/test-sequencer'

/**
 * The browser tests last: their app builds in the background (test/e2e/globalSetup.ts) while the
 * unit and integration tests run.
 */
export default class BrowserTestsLast extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests)
    const browser = (test) => test.context.config.displayName?.name === 'e2e'
    return [...sorted.filter((test) => !browser(test)), ...sorted.filter(browser)]
  }
}
