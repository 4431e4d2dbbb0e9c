import type { Config } from 'payload'

import type { ResolvedPluginOptions } from '../types'

import { accessLogRetentionTask } from '../accessLog/retentionTask'
import { anonymiseTask } from './anonymiseTask'

/**
 * Privacy's daily jobs in Payload's queue: the anonymisation of files past their retention
 * term, and the access log's own retention (its reads are recorded by collection hooks).
 */
export const registerPrivacy = (config: Config, options: ResolvedPluginOptions): Config =>
  options.disabled
    ? config
    : {
        ...config,
        jobs: {
          ...config.jobs,
          tasks: [
            ...(config.jobs?.tasks ?? []),
            anonymiseTask({ cron: options.privacy.anonymiseCron }),
            accessLogRetentionTask(options.accessLog),
          ] as never,
        },
      }
