import type { Config } from 'payload'

import type { ResolvedPluginOptions } from '../types'

/** Adds the intake part of the plugin to the config. */
export const registerIntake = (config: Config, _options: ResolvedPluginOptions): Config => config
