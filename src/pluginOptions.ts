import type { Config, PayloadRequest, SanitizedConfig } from 'payload'

import type { ResolvedPluginOptions } from './types'

const KEY = 'complaintsPlugin'

/** Keeps the resolved options in the config, so hooks and tasks read the same options the plugin was given. */
export const withOptions = (config: Config, options: ResolvedPluginOptions): Config => ({
  ...config,
  custom: { ...config.custom, [KEY]: options },
})

export const optionsFromConfig = (config: SanitizedConfig): ResolvedPluginOptions => {
  const options = config.custom?.[KEY] as ResolvedPluginOptions | undefined
  if (!options)
    throw new Error(
      'payload-plugin-complaints: the config has no complaintsPlugin() in its plugins',
    )
  return options
}

export const optionsOf = (req: PayloadRequest): ResolvedPluginOptions =>
  optionsFromConfig(req.payload.config)
