import { intakeEndpoints } from './endpoints'
import { resolveIntakeOptions } from './resolveIntakeOptions'

import type { Config } from 'payload'
import type { ResolvedPluginOptions } from '../types'

/**
 * Adds the public complaint form's endpoints to the complaints collection, ahead of any the
 * collection has. Collection endpoints, because Payload routes every /api/complaints/... path
 * to the collection and never to the root endpoints.
 */
export const registerIntake = (config: Config, options: ResolvedPluginOptions): Config => {
  if (options.disabled) return config
  const endpoints = intakeEndpoints(resolveIntakeOptions(options.intake, options))
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === options.slugs.complaints && collection.endpoints !== false
        ? { ...collection, endpoints: [...endpoints, ...(collection.endpoints ?? [])] }
        : collection,
    ),
  }
}
