/** The demo installation's settings from the environment, read the same way by Payload's and Next's config. */
const production = process.env.NODE_ENV === 'production'

/** Websites that embed the form (COMPLAINT_FORM_ORIGINS, comma-separated); the browser tests' page in development. */
export const formOrigins = (): string[] =>
  (
    process.env.COMPLAINT_FORM_ORIGINS ??
    (production ? '' : 'http://127.0.0.1:3200,http://localhost:3200')
  )
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)

/** Where people reach the app (PUBLIC_URL). */
export const publicUrl = (): string => process.env.PUBLIC_URL ?? 'http://localhost:3000'

/**
 * Submissions one client address may make in 10 minutes (COMPLAINT_FORM_RATE_LIMIT); unset: the
 * plugin's default. The browser tests send many from one address.
 */
export const formRateLimit = (): { max: number; windowSeconds: number } | undefined => {
  const max = Number(process.env.COMPLAINT_FORM_RATE_LIMIT)
  return Number.isInteger(max) && max > 0 ? { max, windowSeconds: 600 } : undefined
}
