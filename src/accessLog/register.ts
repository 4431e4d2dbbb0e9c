import { accessLogRetentionTask } from './retentionTask'

import type { Config } from 'payload'
import type { ResolvedPluginOptions } from '../types'

/** The access log's retention job in Payload's queue (the reads are recorded by collection hooks). */
export const registerAccessLog = (config: Config, options: ResolvedPluginOptions): Config =>
  options.disabled
    ? config
    : {
        ...config,
        jobs: {
          ...config.jobs,
          tasks: [
            ...(config.jobs?.tasks ?? []),
            accessLogRetentionTask(options.accessLog),
          ] as never,
        },
      }
