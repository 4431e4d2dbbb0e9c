import { oneLoginAtATime } from './loginLock'

const ADMIN = 'admin@example.com'

/** Whether the API still knows the session of a token. */
const knows = async (baseUrl: string, token: string): Promise<boolean> => {
  const me = await fetch(`${baseUrl}/api/users/me`, { headers: { Authorization: `JWT ${token}` } })
  return me.ok && Boolean(((await me.json()) as { user?: unknown }).user)
}

/**
 * The administrator's token, once the API knows its session; one login of the administrator at a
 * time across the browser test files (see oneLoginAtATime).
 */
export const adminToken = async (baseUrl: string): Promise<string> => {
  for (let attempt = 1; ; attempt += 1) {
    const token = await oneLoginAtATime(ADMIN, async () => {
      const login = await fetch(`${baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: ADMIN, password: 'changeme' }),
      })
      const { token: given } = (await login.json()) as { token: string }
      return (await knows(baseUrl, given)) ? given : null
    })
    if (token) return token
    if (attempt === 5)
      throw new Error('the administrator logged in, but the API does not know the session')
  }
}

/**
 * Requests as the administrator. Should the session be gone all the same (a login that did not
 * go through these helpers), a request refused (401 or 403) while the API no longer knows the
 * session is sent once more after a new login. A refusal with a known session stands.
 */
const adminSession = async (baseUrl: string) => {
  let token = await adminToken(baseUrl)
  const request = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const send = () =>
      fetch(`${baseUrl}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), Authorization: `JWT ${token}` },
      })
    const answer = await send()
    if ((answer.status !== 401 && answer.status !== 403) || (await knows(baseUrl, token)))
      return answer
    token = await adminToken(baseUrl)
    return send()
  }
  return { request }
}

/**
 * The browser tests' app as its administrator uses the REST API: logged in once, every call must
 * succeed; and a complaint of a test's own, sent through the public form.
 */
export const adminApi = async (baseUrl: string) => {
  const { request } = await adminSession(baseUrl)
  const call = async (path: string, init: RequestInit = {}) => {
    const answer = await request(path, {
      ...init,
      headers: { 'Content-Type': 'application/json' },
    })
    const text = await answer.text()
    if (!answer.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${answer.status} ${text}`)
    return JSON.parse(text) as Record<string, any>
  }
  /** A complaint sent through the public form (JSON), as stored: id and reference. */
  const submit = async (
    body: Record<string, unknown>,
  ): Promise<{ id: number; reference: string }> => {
    const sent = await fetch(`${baseUrl}/api/complaints/submit`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (sent.status !== 201) throw new Error(`submit: ${sent.status} ${await sent.text()}`)
    const { reference } = (await sent.json()) as { reference: string }
    return (await call(`/api/complaints?where[reference][equals]=${reference}&depth=0`)).docs[0]
  }
  /** A user of the demo, by e-mail address. */
  const user = async (email: string): Promise<{ id: number }> =>
    (await call(`/api/users?where[email][equals]=${encodeURIComponent(email)}&depth=0`)).docs[0]
  return { request, call, submit, user }
}
