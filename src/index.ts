import type { CollectionConfig, Config } from 'payload'

import { createAccessLog } from '../collections/AccessLog'
import { createAuditLog } from '../collections/AuditLog'
import { createComplaintAttachments } from '../collections/ComplaintAttachments'
import { createCommittees } from '../collections/Committees'
import { createReviews } from '../collections/Reviews'
import { createComplaints } from '../collections/Complaints'
import { createLetters } from '../collections/Letters'
import { createRateLimits } from '../collections/RateLimits'
import { createRegulations } from '../collections/Regulations'
import { createRegulationNotices } from '../collections/RegulationNotices'
import { hasRoleWith } from './access/roles'
import { registerDatabaseOutage } from './database/register'
import { checkHostConfig } from './hostConfig'
import { registerIntake } from './intake/register'
import { registerLetters } from './letters/register'
import { registerPrivacy } from './privacy/register'
import { withOptions } from './pluginOptions'
import { APPOINTABLE_BY_DEFAULT, componentsOf } from './pluginContext'
import { registerCasework } from './casework/register'
import { registerReports } from './reports/register'
import { resolveOptions } from './resolveOptions'
import { registerSecurity } from './security/register'
import { registerTranslations } from './translations/register'
import { asSlug } from './slugs'
import { withoutBehaviour } from './withoutBehaviour'

import type { PluginContext } from './pluginContext'
import type { Slugs } from './slugs'
import type { CollectionOverride, PluginOptions, ResolvedPluginOptions } from './types'

export type { PluginOptions } from './types'
export { modelRegulation, MODEL_REGULATIONS } from './modelRegulation'
export { securityHeaders } from './security/headers'
export { smtpEmailAdapter } from './email/smtpEmailAdapter'
export { runJobWorker } from './jobs/worker'
export { withOutageStatus } from './database/graphqlOutage'
export type { JobWorkerOptions } from './jobs/worker'

type Factory = (context: PluginContext) => CollectionConfig

const OVERRIDABLE: [keyof Slugs, Factory, keyof NonNullable<PluginOptions['overrides']>][] = [
  ['regulations', createRegulations, 'regulations'],
  ['complaints', createComplaints, 'complaints'],
  ['committees', createCommittees, 'committees'],
  ['letters', createLetters, 'letters'],
]

const applyOverride = (
  collection: CollectionConfig,
  override?: CollectionOverride,
): CollectionConfig => (override ? override({ defaultCollection: collection }) : collection)

/**
 * The slugs the collections end up with: an override may rename one, and every relation, hook,
 * endpoint, view and query of the plugin follows the new name.
 */
const finalSlugs = (options: ResolvedPluginOptions, probe: PluginContext): Slugs => ({
  ...options.slugs,
  ...Object.fromEntries(
    OVERRIDABLE.map(([key, create, override]) => [
      key,
      asSlug(applyOverride(create(probe), options.overrides?.[override]).slug),
    ]),
  ),
})

/** Adds the complaint regulation to a Payload config: collections, hooks, views and endpoints. */
export const complaintsPlugin =
  (options: PluginOptions = {}) =>
  (config: Config): Config => {
    const resolved = resolveOptions(options)
    const base: PluginContext = {
      hasRole: hasRoleWith(resolved),
      slugs: resolved.slugs,
      users: asSlug(resolved.userCollection),
      components: componentsOf(),
      appointable: resolved.customRoles ? undefined : APPOINTABLE_BY_DEFAULT,
    }
    const context: PluginContext = { ...base, slugs: finalSlugs(resolved, base) }
    checkHostConfig(config, resolved, context.slugs)
    const collections = [
      ...OVERRIDABLE.map(([, create, override]) =>
        applyOverride(create(context), resolved.overrides?.[override]),
      ),
      createComplaintAttachments(context, resolved.attachmentsDir),
      createAuditLog(context),
      createAccessLog(context),
      createReviews(context),
      createRegulationNotices(context),
      createRateLimits(context),
    ].map((collection) => (resolved.disabled ? withoutBehaviour(collection) : collection))
    const withCollections: Config = {
      ...config,
      collections: [...(config.collections ?? []), ...collections],
    }
    const final = { ...resolved, slugs: context.slugs }
    return [
      withOptions,
      registerTranslations,
      registerSecurity,
      registerDatabaseOutage,
      registerLetters,
      registerPrivacy,
      registerIntake,
      registerReports,
      registerCasework,
    ].reduce((next, register) => register(next, final), withCollections)
  }
