import type { CollectionConfig } from 'payload'

import type { ReportOptions } from './reports/options'
import type { LoginProtection } from './security/loginProtection'
import type { Slugs } from './slugs'
import type { IntakeOptions } from './intake/options'

export type CollectionOverride = (args: { defaultCollection: CollectionConfig }) => CollectionConfig

/** The options of `complaintsPlugin`. */
export type PluginOptions = {
  /**
   * Turns the plugin off while keeping its collections in the schema, so a database
   * migration never loses the complaints.
   * @default false
   */
  disabled?: boolean
  /**
   * Slug of the auth collection whose users handle complaints. Its documents need a `roles`
   * field (array of strings) unless `getRoles` says otherwise.
   * @default 'users'
   */
  userCollection?: string
  /**
   * Reads the roles of a user: `admin`, `directie`, `handler`, `staff`.
   * @default (user) => user.roles ?? []
   */
  getRoles?: (user: Record<string, unknown> | null | undefined) => string[]
  /**
   * Folder where complainants' attachments are stored; never served publicly.
   * @default '.data/attachments'
   */
  attachmentsDir?: string
  /**
   * Public address of the app, used in the links letters and e-mails contain.
   * @default process.env.PUBLIC_URL ?? 'http://localhost:3000'
   */
  publicUrl?: string
  /**
   * How many proxies in front of the app (load balancer, nginx) append the client's address to
   * `X-Forwarded-For`; their word decides the address that rate limits and login protection
   * count. Without a trusted proxy the header is the client's own word and is ignored: all
   * anonymous callers then share one count. Set this in production, behind your proxy.
   * @default 0
   */
  trustProxy?: number
  /**
   * Login protection of the user collection, instead of Payload's own lock (which anyone can
   * turn against any account): after `maxFailures` attempts without success within
   * `windowSeconds`, an account is refused from that address only. `false` leaves the user
   * collection as the host configured it.
   * @default { maxFailures: 5, windowSeconds: 900 }
   */
  loginProtection?: { maxFailures?: number; windowSeconds?: number } | false
  /**
   * How letters are sent: attempts and the first wait before a retry (doubling each time).
   * @default { attempts: 6, retryDelayMs: 60000 }
   */
  letters?: { attempts?: number; retryDelayMs?: number }
  /**
   * Handlers' digest: deadlines within this many working days, sent on this schedule (cron).
   * @default { withinWorkingDays: 5, cron: '0 7 * * 1-5' }
   */
  digest?: { withinWorkingDays?: number; cron?: string }
  /**
   * Privacy: when the daily job anonymises the files whose retention term (set per regulation)
   * is over (cron, server time).
   * @default { anonymiseCron: '30 2 * * *' }
   */
  privacy?: { anonymiseCron?: string }
  /**
   * The access log: who read which complaint, letter or attachment, when and through which
   * path. A job on `cron` (daily) deletes the rows older than `retentionDays`: two years keeps
   * the reads of a complaint through its handling, appeal and an external complaints body.
   * @default { retentionDays: 730, cron: '15 3 * * *' }
   */
  accessLog?: { retentionDays?: number; cron?: string }
  /**
   * The public complaint form: allowed origins, rate limit, attachment limits. Documented in
   * `src/intake/options.ts`.
   * @default {}
   */
  intake?: IntakeOptions
  /**
   * The overdue view, the yearly report and its CSV export (see ReportOptions).
   * @default {}
   */
  reports?: ReportOptions
  /**
   * Changes a collection of the plugin; the plugin's own hooks run before any added here.
   * @default undefined
   */
  overrides?: {
    regulations?: CollectionOverride
    complaints?: CollectionOverride
    committees?: CollectionOverride
    letters?: CollectionOverride
  }
}

export type ResolvedPluginOptions = Required<
  Omit<
    PluginOptions,
    'overrides' | 'letters' | 'digest' | 'loginProtection' | 'privacy' | 'accessLog'
  >
> &
  Pick<PluginOptions, 'overrides'> & {
    /** Whether the host passed its own getRoles (then its users need no `roles` field). */
    customRoles: boolean
    /** The slugs of the plugin's collections, after any override renamed one. */
    slugs: Slugs
    loginProtection: LoginProtection | false
    letters: Required<NonNullable<PluginOptions['letters']>>
    digest: Required<NonNullable<PluginOptions['digest']>>
    privacy: Required<NonNullable<PluginOptions['privacy']>>
    accessLog: Required<NonNullable<PluginOptions['accessLog']>>
  }
