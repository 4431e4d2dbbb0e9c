'use client'
import { useFormModified } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'

import { Refusals, refusalsOf } from './Refusals'

import type { FormInput, Investigation, InvestigationAction } from '../src/casework/investigation'

export type CaseInvestigationTexts = Record<
  'title' | 'cancel' | 'saving' | 'refused' | 'unsaved' | 'choose',
  string
>

type Props = {
  url: string
  updatedAt: string
  investigation: Investigation
  texts: CaseInvestigationTexts
}

const valuesIn = (container: HTMLElement): Record<string, string | boolean> => {
  const values: Record<string, string | boolean> = {}
  container.querySelectorAll<HTMLInputElement>('[data-investigation-input]').forEach((element) => {
    const name = element.dataset.investigationInput as string
    values[name] = element.type === 'checkbox' ? element.checked : element.value
  })
  return values
}

const stopEnter = (event: React.KeyboardEvent) => {
  // The case page sits inside the document's form: Enter here must not save that form.
  if (event.key === 'Enter' && (event.target as HTMLElement).tagName !== 'TEXTAREA')
    event.preventDefault()
}

const Field = ({
  input,
  texts,
  onChange,
}: {
  input: FormInput
  texts: CaseInvestigationTexts
  onChange: (name: string, value: string) => void
}) => {
  const common = {
    'data-investigation-input': input.name,
    name: input.name,
    required: input.required,
    defaultValue: input.value,
  }
  if (input.kind === 'checkbox')
    return (
      <label className="case-step__check">
        <input type="checkbox" data-investigation-input={input.name} name={input.name} />{' '}
        {input.label}
      </label>
    )
  return (
    <label className="case-step__field">
      <span>
        {input.label}
        {input.required && <abbr title="*"> *</abbr>}
      </span>
      {input.kind === 'select' ? (
        <select
          {...common}
          defaultValue={input.value ?? ''}
          onChange={(event) => onChange(input.name, event.target.value)}
        >
          {input.value === undefined && <option value="">{texts.choose}</option>}
          {(input.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : input.kind === 'textarea' ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type={input.kind} min={input.min} max={input.max} />
      )}
    </label>
  )
}

const ActionForm = ({
  action,
  props,
  onCancel,
}: {
  action: InvestigationAction
  props: Props
  onCancel: () => void
}) => {
  const { texts } = props
  const modified = useFormModified()
  const container = useRef<HTMLDivElement>(null)
  const [choices, setChoices] = useState<Record<string, string>>(() =>
    Object.fromEntries(action.inputs.map((input) => [input.name, input.value ?? ''])),
  )
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<string[]>([])
  const [refusals, setRefusals] = useState(0)

  const submit = async () => {
    if (modified) return setErrors([texts.unsaved])
    setBusy(true)
    setErrors([])
    const response = await fetch(props.url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        action: action.name,
        values: container.current ? valuesIn(container.current) : {},
        updatedAt: props.updatedAt,
      }),
    }).catch(() => null)
    if (response?.ok) return window.location.reload()
    setErrors(await refusalsOf(response, texts.refused))
    setRefusals((count) => count + 1)
    setBusy(false)
  }

  const shown = (input: FormInput) =>
    !input.when || input.when.values.includes(choices[input.when.input] ?? '')

  return (
    <div
      className="case-step__form"
      ref={container}
      onKeyDown={stopEnter}
      role="group"
      aria-label={action.label}
      data-refusals={refusals}
    >
      <p className="case-investigation__intro">{action.intro}</p>
      {action.inputs.filter(shown).map((input) => (
        <Field
          key={input.name}
          input={input}
          texts={texts}
          onChange={(name, value) => setChoices((now) => ({ ...now, [name]: value }))}
        />
      ))}
      <Refusals title={texts.refused} messages={errors} />
      <div className="case-step__actions">
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          disabled={busy}
          onClick={submit}
        >
          {busy ? texts.saving : action.submit}
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={onCancel}
        >
          {texts.cancel}
        </button>
      </div>
    </div>
  )
}

/**
 * The investigation of the case: whom the regulation wants heard and whether the complainant's
 * consent to consult others is there; asking information and inviting to a conversation (each
 * drafts its letter), recording a conversation or the consent. The save goes through the
 * complaint's and the letters' own hooks.
 */
export const CaseInvestigation = (props: Props) => {
  const { investigation, texts } = props
  const [open, setOpen] = useState<string | null>(null)
  return (
    <section
      className="case-investigation"
      data-testid="case-investigation"
      aria-labelledby="case-investigation-title"
    >
      <h3 id="case-investigation-title">{texts.title}</h3>
      {investigation.hearing && (
        <p className="case-investigation__state" data-testid="case-hearing-state">
          {investigation.hearing}
        </p>
      )}
      {investigation.internalStage && (
        <p className="case-investigation__state" data-testid="case-internal-stage">
          {investigation.internalStage}
        </p>
      )}
      {investigation.consent && (
        <p className="case-investigation__state" data-testid="case-consent-state">
          {investigation.consent}
        </p>
      )}
      <ul className="case-steps__list">
        {investigation.actions.map((action) => (
          <li key={action.name} className="case-step" data-action={action.name}>
            <button
              type="button"
              className="case-step__name"
              aria-expanded={open === action.name}
              onClick={() => setOpen(open === action.name ? null : action.name)}
            >
              {action.label}
            </button>
            {open === action.name && (
              <ActionForm action={action} props={props} onCancel={() => setOpen(null)} />
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
