import React from 'react'

import type { ServerProps } from 'payload'

import { overdueViewerOf, reportViewerOf } from '../src/reports/viewer'
import { reportLanguageOf, reportText } from '../src/translations/reports'

import type { ReportSettingsProps } from '../src/reports/settings'

/** Links to the overdue view and the yearly report in the admin navigation, for whoever may open them. */
export const ReportNavLinks = ({
  payload,
  user,
  i18n,
  reportSettings: settings,
}: ServerProps & ReportSettingsProps) => {
  const language = reportLanguageOf(i18n.language)
  const admin = payload.config.routes.admin
  const links = [
    overdueViewerOf(user, settings.getRoles, settings) && {
      href: `${admin}/overdue`,
      label: reportText(language, 'nav.overdue'),
    },
    reportViewerOf(user, settings.getRoles) && {
      href: `${admin}/report`,
      label: reportText(language, 'nav.report'),
    },
  ].filter((link): link is { href: string; label: string } => Boolean(link))
  if (links.length === 0) return null
  return (
    <div
      className="complaints-nav-links"
      style={{ display: 'flex', flexDirection: 'column', gap: '0.5rem', marginTop: '1rem' }}
    >
      {links.map((link) => (
        <a key={link.href} className="nav__link" href={link.href}>
          {link.label}
        </a>
      ))}
    </div>
  )
}
