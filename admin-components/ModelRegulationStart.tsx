import React from 'react'

import type { ServerProps } from 'payload'

import { MODEL_REGULATIONS } from '../src/modelRegulation'
import { optionsFromConfig } from '../src/pluginOptions'
import { seedRegulations } from '../src/procedure/seeds'
import { ModelRegulationForm } from './ModelRegulationForm'

/** "Start from a model regulation" above the list of regulations, for admins only. */
export const ModelRegulationStart = ({ payload, user }: ServerProps) => {
  const options = optionsFromConfig(payload.config)
  if (!user || !options.getRoles(user as unknown as Record<string, unknown>).includes('admin'))
    return null
  const { api, admin } = payload.config.routes
  const models = MODEL_REGULATIONS.map((slug) => ({ slug, name: seedRegulations[slug].name }))
  return (
    <ModelRegulationForm
      models={models}
      endpoint={`${payload.config.serverURL}${api}/${options.slugs.regulations}/from-model`}
      adminRoute={admin}
      collection={options.slugs.regulations}
    />
  )
}
