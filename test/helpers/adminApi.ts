/**
 * The administrator's token, once the API knows its session. Payload keeps a user's sessions in
 * the user's document: browser test files run side by side, and two logins of the same person at
 * one moment can leave one of them without its session.
 */
export const adminToken = async (baseUrl: string): Promise<string> => {
  for (let attempt = 1; ; attempt += 1) {
    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.com', password: 'changeme' }),
    })
    const { token } = (await login.json()) as { token: string }
    const me = await fetch(`${baseUrl}/api/users/me`, {
      headers: { Authorization: `JWT ${token}` },
    })
    if (me.ok && ((await me.json()) as { user?: unknown }).user) return token
    if (attempt === 5)
      throw new Error('the administrator logged in, but the API does not know the session')
  }
}

/**
 * The browser tests' app as its administrator uses the REST API: logged in once, every call must
 * succeed; and a complaint of a test's own, sent through the public form.
 */
export const adminApi = async (baseUrl: string) => {
  const token = await adminToken(baseUrl)
  const call = async (path: string, init: RequestInit = {}) => {
    const answer = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
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
  return { token, call, submit, user }
}
