import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import type { Config } from 'payload'

import { consoleEmailAdapter } from './src/demo/consoleEmailAdapter'
import { formOrigins, formRateLimit, publicUrl } from './src/demo/environment'
import { smtpEmailAdapter } from './src/email/smtpEmailAdapter'
import { seedIfEmpty } from './src/demo/seed'
import { Users } from './src/demo/Users'
import { complaintsPlugin, runJobWorker } from 'payload-plugin-complaints'
import { migrations } from './src/migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const production = process.env.NODE_ENV === 'production'

// Production must set PAYLOAD_SECRET: Payload refuses to start with an empty secret.
const secret = process.env.PAYLOAD_SECRET ?? (production ? '' : 'development-only-secret-change-me')

/** The demo app's configuration before Payload sanitises it (the intake benchmark adds to it). */
export const demoConfig: Config = {
  secret,
  telemetry: false,
  admin: {
    user: Users.slug,
    // Payload's default avatar fetches from an outside service with a hash of the user's e-mail.
    avatar: 'default',
    // Moments as Dutch offices write them: "30 november 2026, 14:05" (English: "30 November 2026, 14:05").
    dateFormat: 'd MMMM yyyy, HH:mm',
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
  },
  i18n: {
    fallbackLanguage: 'nl',
    supportedLanguages: { nl, en },
    // Dutch without "Nieuw(e)": "Klacht toevoegen", "Gesprek toevoegen".
    translations: {
      nl: {
        fields: { addNewLabel: '{{label}} toevoegen', newLabel: '{{label}} toevoegen' },
        general: { createNewLabel: '{{label}} toevoegen', creatingNewLabel: '{{label}} toevoegen' },
      },
    },
  },
  collections: [Users],
  editor: lexicalEditor(),
  db: postgresAdapter({
    // While the database is away a request fails at once (503 with Retry-After); one that waits
    // for a free connection gives up after 30 s instead of hanging; a transaction left open by a
    // failure is ended by the server after a minute, so the rows it locked are not held for ever.
    pool: {
      connectionString: process.env.DATABASE_URL,
      max: 20,
      connectionTimeoutMillis: 30_000,
      idle_in_transaction_session_timeout: 60_000,
    },
    migrationDir: path.resolve(dirname, 'src/migrations'),
    // Development and tests push the schema; production runs the migrations in src/migrations,
    // pending ones when the app starts (MIGRATE_ON_START=false leaves that to `npm run migrate`).
    push: !production && process.env.DATABASE_PUSH !== 'false',
    prodMigrations: process.env.MIGRATE_ON_START === 'false' ? undefined : migrations,
  }),
  // SMTP_URL sends for real; without it (development) every e-mail is printed.
  email: process.env.SMTP_URL
    ? smtpEmailAdapter({
        url: process.env.SMTP_URL,
        fromAddress: process.env.MAIL_FROM ?? 'klachten@example.com',
        fromName: 'Klachtenregeling',
      })
    : consoleEmailAdapter,
  // The plugin's tasks guard themselves: a letter is sent once, whatever the number of runners.
  jobs: { enableConcurrencyControl: true },
  plugins: [
    complaintsPlugin({
      // Behind a proxy in production: how many of them append the client's address to X-Forwarded-For.
      trustProxy: Number(process.env.TRUST_PROXY ?? 0),
      letters: { retryDelayMs: Number(process.env.LETTER_RETRY_DELAY_MS ?? 60_000) },
      publicUrl: publicUrl(),
      intake: { allowedOrigins: formOrigins(), rateLimit: formRateLimit() },
    }),
  ],
  // The tests send thousands of refused requests on purpose; a refusal is the answer, not an incident.
  loggingLevels:
    process.env.LOG_REFUSALS === 'false'
      ? {
          ValidationError: false,
          Forbidden: false,
          NotFound: false,
          APIError: false,
          AuthenticationError: false,
        }
      : undefined,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  onInit: async (payload) => {
    // The demo's people and complaints: in development, or when asked for (the browser tests' production build).
    const seed =
      process.env.SEED_DEMO === 'true' || (!production && process.env.SEED_DEMO !== 'false')
    if (seed) await seedIfEmpty(payload)
    // One instance runs its job queue itself, every 10 s (JOBS_INTERVAL_MS); with several, set
    // JOBS_AUTORUN=false and run `npm run worker` beside them. Tests run the queue themselves.
    if (process.env.JOBS_AUTORUN !== 'false' && process.env.NEXT_PHASE !== 'phase-production-build')
      void runJobWorker(payload, { intervalMs: Number(process.env.JOBS_INTERVAL_MS ?? 10_000) })
  },
}

export default buildConfig(demoConfig)
