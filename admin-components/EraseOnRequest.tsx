'use client'
import React, { useState } from 'react'

import { Refusals, refusalsOf } from './Refusals'

export type EraseTexts = {
  open: string
  reason: string
  warning: string
  confirm: string
  cancel: string
  refused: string
}

/**
 * Erases the file at the complainant's request: asks for the reason, warns that it cannot be
 * undone, then lets the server's checks (role, legal hold, handling) accept or refuse it.
 */
export const EraseOnRequest = ({ url, texts }: { url: string; texts: EraseTexts }) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [refusals, setRefusals] = useState<string[]>([])
  if (!open)
    return (
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={() => setOpen(true)}
      >
        {texts.open}
      </button>
    )
  const erase = async () => {
    setBusy(true)
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason }),
    }).catch(() => null)
    if (response?.ok) return window.location.reload()
    setRefusals(await refusalsOf(response, texts.refused))
    setBusy(false)
  }
  return (
    // Not a <form>: the case page sits inside the document's own form.
    <div className="case-erase" role="group" aria-label={texts.open}>
      <p>{texts.warning}</p>
      <label htmlFor="case-erase-reason">{texts.reason}</label>
      <textarea
        id="case-erase-reason"
        value={reason}
        rows={2}
        onChange={(event) => setReason(event.target.value)}
      />
      <Refusals title={texts.refused} messages={refusals} />
      <div className="case-erase__buttons">
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          disabled={busy}
          onClick={() => void erase()}
        >
          {texts.confirm}
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => setOpen(false)}
        >
          {texts.cancel}
        </button>
      </div>
    </div>
  )
}
