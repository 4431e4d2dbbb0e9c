import type { CollectionConfig } from 'payload'

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
   * Module the admin panel imports the plugin's components from (Payload's import map).
   * @default 'payload-plugin-complaints/admin'
   */
  adminComponents?: string
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

export type ResolvedPluginOptions = Required<Omit<PluginOptions, 'overrides'>> & Pick<PluginOptions, 'overrides'>
