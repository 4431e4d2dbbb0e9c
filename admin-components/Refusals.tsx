'use client'
import React from 'react'

/** What Payload's REST API answers when it refuses a save. */
export type RefusalBody = {
  errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
}

/** Each refusal's own sentence (it names the field and the rule), or `fallback` when none came. */
export const refusalsOf = async (
  response: Response | null,
  fallback: string,
): Promise<string[]> => {
  const body = ((await response?.json().catch(() => null)) ?? {}) as RefusalBody
  const messages = (body.errors ?? [])
    .flatMap((error) =>
      error.data?.errors?.length
        ? error.data.errors.map((each) => each.message ?? '')
        : [error.message ?? ''],
    )
    .filter(Boolean)
  return messages.length > 0 ? messages : [fallback]
}

/** The refusals of a save, announced to screen readers. */
export const Refusals = ({ title, messages }: { title: string; messages: string[] }) =>
  messages.length === 0 ? null : (
    <div role="alert" className="case-step__errors">
      <strong>{title}</strong>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  )
