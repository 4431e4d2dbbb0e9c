import { componentsOf } from '../pluginContext'

import type { Config } from 'payload'
import type { ResolvedPluginOptions } from '../types'

/**
 * Adds "Klacht opnemen" (/admin/record-complaint): the view, a link in the navigation and a button
 * above the complaints list. The view checks the role itself: custom views are public by default.
 */
export const registerCasework = (config: Config, options: ResolvedPluginOptions): Config => {
  if (options.disabled) return config
  const rsc = componentsOf().rsc
  const components = config.admin?.components ?? {}
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...components,
        views: {
          ...components.views,
          complaintsRecord: {
            Component: `${rsc}#RecordComplaintView`,
            path: '/record-complaint',
            exact: true,
          },
        },
        afterNavLinks: [...(components.afterNavLinks ?? []), `${rsc}#RecordComplaintLink`],
      },
    },
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === options.slugs.complaints
        ? {
            ...collection,
            admin: {
              ...collection.admin,
              components: {
                ...collection.admin?.components,
                beforeListTable: [
                  ...(collection.admin?.components?.beforeListTable ?? []),
                  `${rsc}#ComplaintListActions`,
                ],
              },
            },
          }
        : collection,
    ),
  }
}
