import React from 'react'

import type { ServerProps } from 'payload'

import { RECORDING_ROLES } from '../src/access/roles'
import { optionsFromConfig } from '../src/pluginOptions'
import { caseText } from '../src/translations/casework'

/** "Klacht opnemen": in the navigation, and as a button above the complaints list. */
export const RecordComplaintLink = ({
  payload,
  user,
  i18n,
  look = 'nav',
}: ServerProps & { look?: 'nav' | 'button' }) => {
  const roles = optionsFromConfig(payload.config).getRoles(
    user as unknown as Record<string, unknown>,
  )
  if (!roles.some((role) => (RECORDING_ROLES as readonly string[]).includes(role))) return null
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const href = `${payload.config.routes.admin}/record-complaint`
  return look === 'button' ? (
    <p style={{ margin: '0 0 1rem' }}>
      <a
        className="btn btn--style-primary btn--size-small"
        href={href}
        data-testid="record-complaint"
      >
        {caseText(language, 'record.create')}
      </a>
    </p>
  ) : (
    <a className="nav__link" href={href} style={{ marginTop: '1rem', display: 'block' }}>
      {caseText(language, 'record.nav')}
    </a>
  )
}
