import type { CollectionSlug, Where } from 'payload'

import { APPOINTABLE_ROLES } from './access/roles'

import type { RoleCheck } from './access/roles'
import type { Slugs } from './slugs'

/** The package name the admin's import map loads the plugin's components by. */
export const PACKAGE = 'payload-plugin-complaints'

/** What every collection of the plugin is built with: roles, the final slugs, the user collection. */
export type PluginContext = {
  hasRole: RoleCheck
  slugs: Slugs
  /** The host's auth collection whose users handle complaints. */
  users: CollectionSlug
  /** Where the admin loads the plugin's components: `payload-plugin-complaints/client#Name`. */
  components: { client: string; rsc: string }
  /**
   * The people a handler, appeal reviewer or committee member is chosen from (handlers, directie,
   * admin; never staff who only record); none where the host reads roles its own way.
   */
  appointable?: Where
}

/** Appointable people where users keep their roles in the plugin's default `roles` field. */
export const APPOINTABLE_BY_DEFAULT: Where = { roles: { in: [...APPOINTABLE_ROLES] } }

export const componentsOf = (): PluginContext['components'] => ({
  client: `${PACKAGE}/client`,
  rsc: `${PACKAGE}/rsc`,
})
