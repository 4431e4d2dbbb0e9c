import { mkdir, rmdir, stat } from 'node:fs/promises'

const LOCKS = '.data/login-locks'
/** A lock older than this was left by a test process that died holding it. */
const STALE_MS = 60_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * `login` while no other test process logs in the same person. Payload adds a session by writing
 * back the user's list of sessions as it read it before checking the password, so two logins of
 * one person at one moment (browser test files run side by side) can drop one of the sessions,
 * even after the API knew it. A folder per person is the lock: creating it either succeeds or not.
 */
export const oneLoginAtATime = async <T>(email: string, login: () => Promise<T>): Promise<T> => {
  const lock = `${LOCKS}/${encodeURIComponent(email)}`
  await mkdir(LOCKS, { recursive: true })
  for (;;) {
    try {
      await mkdir(lock)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const held = await stat(lock).catch(() => null)
      if (held && Date.now() - held.mtimeMs > STALE_MS) await rmdir(lock).catch(() => undefined)
      await sleep(50)
    }
  }
  try {
    return await login()
  } finally {
    await rmdir(lock).catch(() => undefined)
  }
}
