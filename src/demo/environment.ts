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
