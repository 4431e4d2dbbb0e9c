import React from 'react'

import type { ServerProps, Where } from 'payload'

import { todayInAmsterdam } from '../src/complaints/storedDates'
import { optionsFromConfig } from '../src/pluginOptions'
import { createCalendar } from '../src/procedure/calendar'
import { resolveReportOptions } from '../src/reports/options'
import { caseText } from '../src/translations/casework'
import { RecordComplaintLink } from './RecordComplaintLink'

import type { CaseTextKey } from '../src/translations/casework'

/** A where clause as the list's address carries it: `where[nextDeadline][less_than]=2026-11-30`. */
const queryOf = (value: unknown, prefix: string): [string, string][] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => queryOf(inner, `${prefix}[${key}]`))
    : [[prefix, String(value)]]

/** Above the complaints list: "Klacht opnemen", and the lists that start work, one click each. */
export const ComplaintListActions = (props: ServerProps) => {
  const { payload, user, i18n } = props
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const options = optionsFromConfig(payload.config)
  const today = todayInAmsterdam()
  const soon = createCalendar().addWorkingDays(
    today,
    resolveReportOptions(options.reports).dueSoonWorkingDays,
  )
  const base = `${payload.config.routes.admin}/collections/${options.slugs.complaints}`
  const filters: { key: CaseTextKey; where: Where }[] = [
    ...(user ? [{ key: 'list.mine' as const, where: { participants: { in: [user.id] } } }] : []),
    { key: 'list.overdue', where: { nextDeadline: { less_than: today } } },
    {
      key: 'list.dueSoon',
      where: {
        and: [
          { nextDeadline: { greater_than_equal: today } },
          { nextDeadline: { less_than_equal: soon } },
        ],
      },
    },
    { key: 'list.all', where: {} },
  ]
  return (
    <div className="complaint-list-actions" style={{ marginBottom: '1rem' }}>
      <RecordComplaintLink {...props} look="button" />
      <nav aria-label={caseText(language, 'list.filters')} data-testid="complaint-filters">
        <ul
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: '0.5rem 1.25rem',
            listStyle: 'none',
            padding: 0,
            margin: 0,
          }}
        >
          {filters.map(({ key, where }) => (
            <li key={key}>
              <a
                href={`${base}?${new URLSearchParams([...queryOf(where, 'where'), ['sort', 'nextDeadline']])}`}
              >
                {caseText(language, key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  )
}
