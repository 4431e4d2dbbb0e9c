import { getPayload } from 'payload'

import { optionsFromConfig } from '../pluginOptions'
import { resolveIntakeOptions } from '../intake/resolveIntakeOptions'

import type { Payload, SanitizedConfig } from 'payload'

export type ConfigPromise = Promise<SanitizedConfig> | SanitizedConfig

/**
 * What a public page needs of the app: Payload, where the pages live, where the form's script is
 * served and the path of the complaints' public endpoints (`/api/complaints`).
 */
export type PageSettings = {
  payload: Payload
  pagesPath: string
  scriptUrl: string
  apiPath: string
}

export const pageSettings = async (config: ConfigPromise): Promise<PageSettings> => {
  const payload = await getPayload({ config })
  const options = optionsFromConfig(payload.config)
  const apiPath = `${payload.config.routes.api}/${options.slugs.complaints}`
  return {
    payload,
    pagesPath: resolveIntakeOptions(options.intake, options).pagesPath,
    scriptUrl: `${apiPath}/complaint-form.js`,
    apiPath,
  }
}
