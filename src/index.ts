import type { CollectionConfig, Config } from 'payload'

import { createAuditLog } from '../collections/AuditLog'
import { createComplaintAttachments } from '../collections/ComplaintAttachments'
import { createCommittees } from '../collections/Committees'
import { createComplaints } from '../collections/Complaints'
import { createLetters } from '../collections/Letters'
import { createRateLimits } from '../collections/RateLimits'
import { createRegulations } from '../collections/Regulations'
import { hasRoleWith } from './access/roles'
import { registerIntake } from './intake/register'
import { registerLetters } from './letters/register'
import { registerReports } from './reports/register'
import { withOptions } from './pluginOptions'
import { resolveOptions } from './resolveOptions'
import { registerSecurity } from './security/register'

import type { CollectionOverride, PluginOptions } from './types'

export type { PluginOptions } from './types'

const applyOverride = (collection: CollectionConfig, override?: CollectionOverride): CollectionConfig =>
  override ? override({ defaultCollection: collection }) : collection

/** Adds the complaint regulation to a Payload config: collections, hooks, views and endpoints. */
export const complaintsPlugin =
  (options: PluginOptions = {}) =>
  (config: Config): Config => {
    const resolved = resolveOptions(options)
    const { overrides } = resolved
    const hasRole = hasRoleWith(resolved)
    const regulations = applyOverride(createRegulations(hasRole), overrides?.regulations)
    const complaints = applyOverride(createComplaints(hasRole, resolved.adminComponents), overrides?.complaints)
    const committees = applyOverride(createCommittees(hasRole), overrides?.committees)
    const letters = applyOverride(createLetters(hasRole), overrides?.letters)
    const attachments = createComplaintAttachments(hasRole, resolved.attachmentsDir, resolved.userCollection, complaints.slug)
    const auditLog = createAuditLog(hasRole, resolved.userCollection)
    const rateLimits = createRateLimits()
    const slugs = {
      ...resolved.slugs,
      regulations: regulations.slug,
      complaints: complaints.slug,
      committees: committees.slug,
      letters: letters.slug,
      attachments: attachments.slug,
      auditLog: auditLog.slug,
      rateLimits: rateLimits.slug,
    }
    const collections = [regulations, complaints, committees, letters, attachments, auditLog, rateLimits]
    const withCollections: Config = { ...config, collections: [...(config.collections ?? []), ...collections] }
    const final = { ...resolved, slugs } as typeof resolved
    return [withOptions, registerSecurity, registerLetters, registerIntake, registerReports].reduce((next, register) => register(next, final), withCollections)
  }
