'use client'
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { JSONFieldClientComponent } from 'payload'

type Note = { nl?: string; en?: string; date?: string }

/** The notes as a list: an object keyed by deadline kind (explanations), or a list (issues). */
const notesOf = (value: unknown): { key: string; note: Note }[] => {
  if (Array.isArray(value))
    return value.map((note, index) => ({ key: String(index), note: note as Note }))
  if (value && typeof value === 'object')
    return Object.entries(value as Record<string, Note>).map(([key, note]) => ({ key, note }))
  return []
}

/**
 * What the hooks wrote in words, read-only, in the admin's language: how each deadline was
 * counted, or why a complaint is not admissible. Stored as JSON; never edited by hand.
 */
export const LocalizedNotesField: JSONFieldClientComponent = ({ path, field }) => {
  const { value } = useField<unknown>({ path })
  const { i18n, t } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'nl'
  const notes = notesOf(value)
  const keyed = !Array.isArray(value)
  const text = (key: string) => (t as (key: string) => string)(`plugin-complaints:${key}`)
  return (
    <div className="field-type" data-testid={`notes-${path}`} style={{ marginBottom: '1.5rem' }}>
      <FieldLabel label={text(`field.${field.name}`)} path={path} />
      {notes.length === 0 ? (
        <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>—</p>
      ) : (
        <dl style={{ margin: 0 }}>
          {notes.map(({ key, note }) => (
            <div key={key} style={{ marginBottom: '0.5rem' }}>
              {keyed && <dt style={{ fontWeight: 600 }}>{text(`deadline.${key}`)}</dt>}
              <dd style={{ margin: 0 }}>{note[lang] ?? note.nl ?? ''}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  )
}
