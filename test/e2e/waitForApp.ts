import { readFileSync } from 'node:fs'

import { E2E_STATUS } from './globalSetup'

/** Long enough for a production build on a busy 2-core machine. */
const WAIT_MS = 20 * 60_000

type Status = { state: 'starting' | 'ready' | 'failed'; message?: string }

const status = (): Status => {
  try {
    return JSON.parse(readFileSync(E2E_STATUS, 'utf8')) as Status
  } catch {
    return { state: 'starting' }
  }
}

/** Before a browser test file starts: the app the global setup builds in the background serves. */
beforeAll(async () => {
  const until = Date.now() + WAIT_MS
  for (;;) {
    const { state, message } = status()
    if (state === 'ready') return
    if (state === 'failed') throw new Error(message)
    if (Date.now() > until)
      throw new Error(`the browser tests' app was not up within ${WAIT_MS / 60_000} minutes`)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
}, WAIT_MS + 10_000)
