import type { Config } from 'payload'

import type { ResolvedPluginOptions } from '../types'

/** Adds the letters part of the plugin to the config. */
export const registerLetters = (config: Config, _options: ResolvedPluginOptions): Config => config
