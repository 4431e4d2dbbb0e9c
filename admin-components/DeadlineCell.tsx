'use client'
import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { DefaultCellComponentProps, DateFieldClient } from 'payload'

import { deadlineUrgency } from './deadlineUrgency'

const colours = {
  overdue: { background: '#fde2e1', color: '#8a1c14' },
  soon: { background: '#fff1c7', color: '#6b4e00' },
  later: { background: '#e6f4ea', color: '#1e5631' },
} as const

const words = {
  nl: {
    overdue: (days: number) => `${days} d te laat`,
    soon: (days: number) => (days === 0 ? 'vandaag' : `over ${days} d`),
    later: (days: number) => `over ${days} d`,
  },
  en: {
    overdue: (days: number) => `${days} d late`,
    soon: (days: number) => (days === 0 ? 'today' : `in ${days} d`),
    later: (days: number) => `in ${days} d`,
  },
}

/** The next deadline in the complaints list: red when passed, amber within a week. */
export const DeadlineCell: React.FC<DefaultCellComponentProps<DateFieldClient>> = ({
  cellData,
}) => {
  const { i18n } = useTranslation()
  if (!cellData) return <span>—</span>
  const date = new Date(cellData).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' })
  const { urgency, days } = deadlineUrgency(
    date,
    new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' }),
  )
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const shown = new Date(cellData).toLocaleDateString(language === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  })
  return (
    <span
      style={{ ...colours[urgency], borderRadius: 4, padding: '2px 6px', whiteSpace: 'nowrap' }}
    >
      {shown} · {words[language][urgency](Math.abs(days))}
    </span>
  )
}
