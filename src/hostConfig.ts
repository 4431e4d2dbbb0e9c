import type { Config } from 'payload'

import type { Slugs } from './slugs'
import type { ResolvedPluginOptions } from './types'

const fail = (message: string): never => {
  throw new Error(`payload-plugin-complaints: ${message}`)
}

const hasField = (fields: unknown[], name: string): boolean =>
  fields.some((field) => {
    const each = field as {
      name?: string
      fields?: unknown[]
      tabs?: { fields?: unknown[]; name?: string }[]
    }
    if (each.name === name) return true
    if (!each.name && each.fields && hasField(each.fields, name)) return true
    return (each.tabs ?? []).some((tab) => !tab.name && hasField(tab.fields ?? [], name))
  })

/**
 * What the plugin needs of the host's config, checked when the config is built so that a
 * mistake is named at once instead of failing later: an auth collection for the users, their
 * roles, PostgreSQL, slugs of its own, and concurrency control for the outbox.
 */
export const checkHostConfig = (
  config: Config,
  options: ResolvedPluginOptions,
  slugs: Slugs,
): void => {
  const users = (config.collections ?? []).find(
    (collection) => collection.slug === options.userCollection,
  )
  if (!users?.auth)
    fail(
      `userCollection "${options.userCollection}" is not an auth collection of this config: add one, or set userCollection to the slug of yours.`,
    )
  if (!options.customRoles && !hasField(users?.fields ?? [], 'roles')) {
    fail(
      `the users of "${options.userCollection}" have no "roles" field: add one (admin, directie, handler, staff), or pass getRoles to read their roles.`,
    )
  }
  const db = (config.db as { name?: string } | undefined)?.name
  if (db !== 'postgres')
    fail(
      `the database adapter is "${db ?? 'none'}"; the plugin's reports and locks need @payloadcms/db-postgres.`,
    )
  for (const [kind, slug] of Object.entries(slugs)) {
    if ((config.collections ?? []).some((collection) => collection.slug === slug)) {
      fail(
        `this config already has a collection "${slug}": give the plugin's ${kind} another slug through overrides.${kind}.`,
      )
    }
  }
  if (!options.disabled && config.jobs?.enableConcurrencyControl !== true) {
    fail(
      'set jobs.enableConcurrencyControl: true in your Payload config: the outbox sends each letter under a concurrency key, so two workers never send it twice.',
    )
  }
}
