import type { Config } from 'payload'

import type { ResolvedPluginOptions } from '../types'

import { deadlineDigestTask } from './deadlineDigestTask'
import { draftOwedLettersTask } from './draftOwedTask'
import { notifyNewComplaintTask } from './notifyNewComplaintTask'
import { printLetterEndpoint } from './printLetterEndpoint'
import { sendLetterTask } from './sendLetterTask'

/** Letters: the outbox and notification tasks in Payload's job queue, and the print view. */
export const registerLetters = (config: Config, options: ResolvedPluginOptions): Config =>
  options.disabled
    ? config
    : {
        ...config,
        endpoints: [...(config.endpoints ?? []), printLetterEndpoint],
        // The host's own jobs settings stay as they are; the outbox needs enableConcurrencyControl (see checkHostConfig).
        jobs: {
          ...config.jobs,
          tasks: [
            ...(config.jobs?.tasks ?? []),
            sendLetterTask(options.letters),
            notifyNewComplaintTask,
            draftOwedLettersTask,
            deadlineDigestTask(options.digest),
          ] as never,
        },
      }
