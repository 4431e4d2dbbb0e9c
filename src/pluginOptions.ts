import type { Config, PayloadRequest } from 'payload'

import type { ResolvedPluginOptions } from './types'

const KEY = 'complaintsPlugin'

/** Keeps the resolved options in the config, so hooks and tasks read the same options the plugin was given. */
export const withOptions = (config: Config, options: ResolvedPluginOptions): Config => ({
  ...config,
  custom: { ...config.custom, [KEY]: options },
})

export const optionsOf = (req: PayloadRequest): ResolvedPluginOptions => req.payload.config.custom[KEY] as ResolvedPluginOptions
