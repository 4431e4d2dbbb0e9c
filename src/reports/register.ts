import type { Config } from 'payload'

import type { ResolvedPluginOptions } from '../types'

/** Adds the reports part of the plugin to the config. */
export const registerReports = (config: Config, _options: ResolvedPluginOptions): Config => config
