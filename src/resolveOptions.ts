import path from 'node:path'

import { DEFAULT_SLUGS } from './slugs'

import type { Slugs } from './slugs'
import type { PluginOptions, ResolvedPluginOptions } from './types'

const rolesOf = (user: Record<string, unknown> | null | undefined): string[] => {
  const roles = user?.roles
  return Array.isArray(roles)
    ? roles.filter((role): role is string => typeof role === 'string')
    : []
}

export const resolveOptions = (options: PluginOptions = {}): ResolvedPluginOptions => ({
  disabled: options.disabled ?? false,
  userCollection: options.userCollection ?? 'users',
  getRoles: options.getRoles ?? rolesOf,
  customRoles: Boolean(options.getRoles),
  attachmentsDir: options.attachmentsDir ?? path.resolve('.data/attachments'),
  trustProxy: Math.max(0, Math.floor(options.trustProxy ?? 0)),
  loginProtection:
    options.loginProtection === false
      ? false
      : {
          maxFailures: options.loginProtection?.maxFailures ?? 5,
          windowSeconds: options.loginProtection?.windowSeconds ?? 900,
        },
  overrides: options.overrides,
  slugs: { ...DEFAULT_SLUGS } as unknown as Slugs,
  intake: options.intake ?? {},
  reports: options.reports ?? {},
  publicUrl: (options.publicUrl ?? process.env.PUBLIC_URL ?? 'http://localhost:3000').replace(
    /\/+$/,
    '',
  ),
  letters: {
    attempts: options.letters?.attempts ?? 6,
    retryDelayMs: options.letters?.retryDelayMs ?? 60_000,
  },
  digest: {
    withinWorkingDays: options.digest?.withinWorkingDays ?? 5,
    cron: options.digest?.cron ?? '0 7 * * 1-5',
  },
  privacy: { anonymiseCron: options.privacy?.anonymiseCron ?? '30 2 * * *' },
  accessLog: {
    retentionDays: Math.max(1, Math.floor(options.accessLog?.retentionDays ?? 730)),
    cron: options.accessLog?.cron ?? '15 3 * * *',
  },
})
