'use client'
import React, { useState } from 'react'

import { refusalsOf } from './Refusals'

/** Prints the case's history alone: the print rules hide the rest of the page meanwhile. */
export const PrintTimelineButton = ({ label }: { label: string }) => (
  <button
    type="button"
    className="btn btn--style-secondary btn--size-small no-print"
    onClick={() => {
      document.body.classList.add('print-case-timeline')
      window.print()
      document.body.classList.remove('print-case-timeline')
    }}
  >
    {label}
  </button>
)

/** Puts a draft letter in the outbox; the letter's own hooks decide whether it may go. */
export const SendLetterButton = ({
  url,
  label,
  refused,
}: {
  url: string
  label: string
  refused: string
}) => {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const send = async () => {
    setBusy(true)
    const response = await fetch(url, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'queued' }),
    }).catch(() => null)
    if (response?.ok) return window.location.reload()
    setError((await refusalsOf(response, refused)).join(' '))
    setBusy(false)
  }
  return (
    <>
      <button type="button" className="case-step__name" disabled={busy} onClick={send}>
        {label}
      </button>
      {error && (
        <span role="alert" className="case-step__errors">
          {error}
        </span>
      )}
    </>
  )
}
