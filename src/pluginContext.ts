import type { CollectionSlug } from 'payload'

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
}

export const componentsOf = (): PluginContext['components'] => ({
  client: `${PACKAGE}/client`,
  rsc: `${PACKAGE}/rsc`,
})
