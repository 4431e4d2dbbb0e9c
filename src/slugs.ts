import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { optionsOf } from './pluginOptions'

/** The collections of the plugin, under the slugs it gives them unless an override renames one. */
export const DEFAULT_SLUGS = {
  regulations: 'regulations',
  complaints: 'complaints',
  committees: 'committees',
  letters: 'letters',
  attachments: 'complaint-attachments',
  auditLog: 'complaint-audit-log',
  accessLog: 'complaint-access-log',
  rateLimits: 'complaint-rate-limits',
  reviews: 'complaint-reviews',
  regulationNotices: 'regulation-notices',
} as const

/** Slugs as the Local API takes them; a host's generated types do not know the renamed ones. */
export type Slugs = { [key in keyof typeof DEFAULT_SLUGS]: CollectionSlug }

/** A slug from configuration, for the Local API and relationship fields. */
export const asSlug = (slug: string): CollectionSlug => slug as CollectionSlug

/** The slugs the plugin was configured with, as hooks, endpoints and tasks must use them. */
export const slugsOf = (req: PayloadRequest): Slugs => optionsOf(req).slugs

/** The same for code that has a Payload instance but no request (the public pages). */
export const slugsOfPayload = (payload: Payload): Slugs =>
  (payload.config.custom?.complaintsPlugin as { slugs: Slugs }).slugs
