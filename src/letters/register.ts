import type { Config } from 'payload'

import type { ResolvedPluginOptions } from '../types'

import { deadlineDigestTask } from './deadlineDigestTask'
import { notifyNewComplaintTask } from './notifyNewComplaintTask'
import { printLetterEndpoint } from './printLetterEndpoint'
import { sendLetterTask } from './sendLetterTask'

/** Letters: the outbox and notification tasks in Payload's job queue, and the print view. */
export const registerLetters = (config: Config, options: ResolvedPluginOptions): Config => ({
  ...config,
  endpoints: [...(config.endpoints ?? []), printLetterEndpoint],
  jobs: {
    ...config.jobs,
    enableConcurrencyControl: true,
    tasks: [...(config.jobs?.tasks ?? []), sendLetterTask(options.letters), notifyNewComplaintTask, deadlineDigestTask(options.digest)] as never,
  },
})
