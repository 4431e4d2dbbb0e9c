export default async function globalTeardown(): Promise<void> {
  const server = globalThis.e2eServer
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  await globalThis.e2eDatabase?.stop()
}
