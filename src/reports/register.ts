import { componentsOf } from '../pluginContext'
import { csvEndpoint } from './csvEndpoint'
import { reportIndexes } from './indexes'
import { resolveReportOptions } from './options'

import type { Config, DatabaseAdapter } from 'payload'
import type { ResolvedPluginOptions } from '../types'
import type { ReportSettings } from './settings'

/**
 * Hands db-postgres the report indexes (indexes.ts) for the schema it builds. Also when the
 * plugin is switched off, which keeps the schema as it is; another adapter has no such hook.
 */
const withReportIndexes = (config: Config, options: ResolvedPluginOptions): Config => {
  const db = config.db
  if (!db) return config
  const hook = reportIndexes({ slugs: options.slugs, userCollection: options.userCollection })
  return {
    ...config,
    db: {
      ...db,
      init: (args) => {
        const adapter = db.init(args) as DatabaseAdapter & { afterSchemaInit?: unknown[] }
        if (adapter.name === 'postgres' && Array.isArray(adapter.afterSchemaInit))
          adapter.afterSchemaInit.push(hook)
        return adapter
      },
    },
  }
}

/**
 * Adds the overdue view (/admin/overdue), the yearly report (/admin/report and its print
 * version), a dashboard block with the deadline counts, links in the navigation and the CSV
 * export. Each view checks the role itself: Payload's custom views are public by default.
 */
export const registerReports = (incoming: Config, options: ResolvedPluginOptions): Config => {
  const config = withReportIndexes(incoming, options)
  if (options.disabled) return config
  const reports = resolveReportOptions(options.reports)
  const reportSettings: ReportSettings = {
    ...reports,
    getRoles: options.getRoles,
    userCollection: options.userCollection,
    slugs: options.slugs,
  }
  const component = (name: string) => ({
    path: `${componentsOf().rsc}#${name}`,
    serverProps: { reportSettings },
  })
  const components = config.admin?.components ?? {}
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...components,
        views: {
          ...components.views,
          complaintsOverdue: { Component: component('OverdueView'), path: '/overdue', exact: true },
          complaintsReport: { Component: component('ReportView'), path: '/report', exact: true },
          complaintsReportPrint: {
            Component: component('ReportPrintView'),
            path: '/report/print',
            exact: true,
          },
          complaintsPartyReport: {
            Component: component('PartyReportView'),
            path: '/report/party',
            exact: true,
          },
          complaintsPartyReportPrint: {
            Component: component('PartyReportPrintView'),
            path: '/report/party/print',
            exact: true,
          },
        },
        beforeDashboard: [
          ...(components.beforeDashboard ?? []),
          component('OverdueDashboardBlock'),
        ],
        afterNavLinks: [...(components.afterNavLinks ?? []), component('ReportNavLinks')],
      },
    },
    endpoints: [...(config.endpoints ?? []), csvEndpoint(options, reports)],
  }
}
