import React from 'react'

import { reportText } from '../src/translations/reports'

import type { ReportLanguage } from '../src/translations/reports'

/** How a term stands today: days late, today, or days left. */
export const OverdueBadge = ({
  daysLate,
  language,
}: {
  daysLate: number
  language: ReportLanguage
}) => {
  const text =
    daysLate > 0
      ? reportText(language, 'overdue.daysLate', { n: daysLate })
      : daysLate === 0
        ? reportText(language, 'overdue.dueToday')
        : reportText(language, 'overdue.daysLeft', { n: -daysLate })
  return <span className={`badge badge--${daysLate > 0 ? 'passed' : 'soon'}`}>{text}</span>
}
