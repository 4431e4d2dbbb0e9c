import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { consoleEmailAdapter } from './src/demo/consoleEmailAdapter'
import { seedIfEmpty } from './src/demo/seed'
import { Users } from './src/demo/Users'
import { complaintsPlugin } from './src/index'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const production = process.env.NODE_ENV === 'production'

// Production must set PAYLOAD_SECRET: Payload refuses to start with an empty secret.
const secret = process.env.PAYLOAD_SECRET ?? (production ? '' : 'development-only-secret-change-me')

export default buildConfig({
  secret,
  telemetry: false,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
  },
  i18n: { fallbackLanguage: 'nl', supportedLanguages: { nl, en } },
  collections: [Users],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    migrationDir: path.resolve(dirname, 'src/migrations'),
    // Development and tests push the schema; production runs the migrations in src/migrations.
    push: !production,
  }),
  email: consoleEmailAdapter,
  plugins: [complaintsPlugin({ adminComponents: '/admin-components/index' })],
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  onInit: async (payload) => {
    if (!production && process.env.SEED_DEMO !== 'false') await seedIfEmpty(payload)
  },
})
