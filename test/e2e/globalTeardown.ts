/** Stops what the browser tests' setup started: a step still running, the server, the database. */
export default async function globalTeardown(): Promise<void> {
  for (const child of [globalThis.e2eStep, globalThis.e2eServer]) {
    if (!child?.pid) continue
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  await globalThis.e2eDatabase?.stop()
}
