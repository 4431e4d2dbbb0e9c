import type { Config } from 'payload'

import type { ResolvedPluginOptions } from '../types'
import { guardDocumentLocks } from './documentLocks'
import { withLoginProtection } from './loginProtection'

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/**
 * What keeps the admin and its API safe, beyond the plugin's own collections: cookie logins are
 * accepted only from the app's own origin (Payload's `csrf`), Payload's API is not opened to
 * other sites (`cors`), logins are protected per account and address, and document locks follow
 * the locked document's access.
 */
export const registerSecurity = (config: Config, options: ResolvedPluginOptions): Config => {
  if (options.disabled) return config
  const own = originOf(options.publicUrl)
  const csrf = [...new Set([...(config.csrf ?? []), ...(own ? [own] : [])])]
  const protection = options.loginProtection
  return {
    ...config,
    csrf,
    cors: config.cors ?? (own ? [own] : []),
    collections: (config.collections ?? []).map((collection) =>
      protection && collection.slug === options.userCollection && collection.auth
        ? withLoginProtection(collection, protection, options.trustProxy)
        : collection,
    ),
    onInit: async (payload) => {
      guardDocumentLocks(payload)
      await config.onInit?.(payload)
    },
  }
}
