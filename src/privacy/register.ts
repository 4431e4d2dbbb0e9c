import type { Config } from 'payload'

import type { ResolvedPluginOptions } from '../types'

import { anonymiseTask } from './anonymiseTask'

/** Privacy: the daily anonymisation of files past their retention term, in Payload's job queue. */
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
          ] as never,
        },
      }
