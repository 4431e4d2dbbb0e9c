'use client'
import { useFormModified } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'

import { Refusals, refusalsOf } from './Refusals'

import type { CaseStep } from '../src/casework/caseFile'
import type { StepInput } from '../src/casework/stepInputs'

export type NextStepsTexts = Record<
  | 'title'
  | 'none'
  | 'ready'
  | 'stillNeeded'
  | 'cancel'
  | 'saving'
  | 'refused'
  | 'unsaved'
  | 'choose'
  | 'waived'
  | 'date'
  | 'heard'
  | 'party'
  | 'minutes'
  | 'extensionKind'
  | 'announcedOn'
  | 'newDate'
  | 'reason',
  string
>

type Props = {
  stepUrl: string
  updatedAt: string
  today: string
  steps: CaseStep[]
  texts: NextStepsTexts
}

/** What the step's inputs hold: one value per field, a hearing or extension as one object. */
const valuesIn = (container: HTMLElement): Record<string, unknown> => {
  const values: Record<string, any> = {}
  container.querySelectorAll<HTMLInputElement>('[data-step-input]').forEach((element) => {
    const [path, part] = (element.dataset.stepInput ?? '').split('|')
    const value = element.type === 'checkbox' ? element.checked : element.value
    if (part) values[path] = { ...values[path], [part]: value }
    else values[path] = value
  })
  return values
}

const stopEnter = (event: React.KeyboardEvent) => {
  // The case page sits inside the document's form: Enter here must not save that form.
  if (event.key === 'Enter' && (event.target as HTMLElement).tagName !== 'TEXTAREA')
    event.preventDefault()
}

const Labelled = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <label className="case-step__field">
    <span>{label}</span>
    {children}
  </label>
)

const Choice = ({
  name,
  options,
  texts,
}: {
  name: string
  options: { value: string; label: string }[]
  texts: NextStepsTexts
}) => (
  <select data-step-input={name} defaultValue="">
    <option value="">{texts.choose}</option>
    {options.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ))}
  </select>
)

const Input = ({
  input,
  today,
  texts,
}: {
  input: StepInput
  today: string
  texts: NextStepsTexts
}) => {
  const { path, label } = input
  switch (input.kind) {
    case 'date':
      return (
        <Labelled label={label}>
          <input type="date" data-step-input={path} defaultValue={today} max={today} />
        </Labelled>
      )
    case 'text':
      return (
        <Labelled label={label}>
          <input type="text" data-step-input={path} />
        </Labelled>
      )
    case 'textarea':
      return (
        <Labelled label={label}>
          <textarea data-step-input={path} rows={4} />
        </Labelled>
      )
    case 'select':
    case 'relation':
      return (
        <Labelled label={label}>
          <Choice name={path} options={input.options ?? []} texts={texts} />
        </Labelled>
      )
    case 'hearing':
      return (
        <fieldset className="case-step__group">
          <legend>{label}</legend>
          <Labelled label={texts.date}>
            <input type="date" data-step-input={`${path}|date`} max={today} />
          </Labelled>
          <Labelled label={texts.heard}>
            <Choice name={`${path}|heard`} options={input.options ?? []} texts={texts} />
          </Labelled>
          <Labelled label={texts.party}>
            <input type="text" data-step-input={`${path}|party`} />
          </Labelled>
          <Labelled label={texts.minutes}>
            <textarea data-step-input={`${path}|summary`} rows={3} />
          </Labelled>
          <label className="case-step__check">
            <input type="checkbox" data-step-input={`${path}|waived`} /> {texts.waived}
          </label>
        </fieldset>
      )
    case 'extension':
      return (
        <fieldset className="case-step__group">
          <legend>{label}</legend>
          <Labelled label={texts.extensionKind}>
            <Choice name={`${path}|kind`} options={input.kinds ?? []} texts={texts} />
          </Labelled>
          <Labelled label={texts.announcedOn}>
            <input type="date" data-step-input={`${path}|announcedOn`} defaultValue={today} />
          </Labelled>
          <Labelled label={texts.newDate}>
            <input type="date" data-step-input={`${path}|newDate`} />
          </Labelled>
          <Labelled label={texts.reason}>
            <textarea data-step-input={`${path}|reason`} rows={3} />
          </Labelled>
        </fieldset>
      )
  }
}

const StepForm = ({
  step,
  props,
  onCancel,
}: {
  step: CaseStep
  props: Props
  onCancel: () => void
}) => {
  const { texts } = props
  const modified = useFormModified()
  const container = useRef<HTMLDivElement>(null)
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<string[]>([])
  const [refusals, setRefusals] = useState(0)

  const take = async () => {
    if (modified) return setErrors([texts.unsaved])
    setBusy(true)
    setErrors([])
    const response = await fetch(props.stepUrl, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        to: step.to,
        values: container.current ? valuesIn(container.current) : {},
        updatedAt: props.updatedAt,
      }),
    }).catch(() => null)
    if (response?.ok) return window.location.reload()
    setErrors(await refusalsOf(response, texts.refused))
    setRefusals((count) => count + 1)
    setBusy(false)
  }

  return (
    <div
      className="case-step__form"
      ref={container}
      onKeyDown={stopEnter}
      role="group"
      aria-label={step.label}
      data-refusals={refusals}
    >
      {step.inputs.map((input) => (
        <Input key={input.path} input={input} today={props.today} texts={texts} />
      ))}
      <Refusals title={texts.refused} messages={errors} />
      <div className="case-step__actions">
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          disabled={busy}
          onClick={take}
        >
          {busy ? texts.saving : step.label}
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
 * The steps the procedure allows from here, each with what it still needs; choosing one opens the
 * fields it asks for and saves through the complaint's own hooks.
 */
export const NextSteps = (props: Props) => {
  const { texts } = props
  const steps = props.steps.filter((step) => step.provided)
  const [open, setOpen] = useState<string | null>(null)
  return (
    <section className="case-steps" data-testid="case-steps" aria-labelledby="case-steps-title">
      <h3 id="case-steps-title">{texts.title}</h3>
      {steps.length === 0 ? (
        <p>{texts.none}</p>
      ) : (
        <ul className="case-steps__list">
          {steps.map((step) => (
            <li
              key={step.to}
              className={`case-step case-step--${step.takeable ? 'ready' : 'blocked'}`}
              data-step={step.to}
            >
              <button
                type="button"
                className="case-step__name"
                aria-expanded={open === step.to}
                onClick={() => setOpen(open === step.to ? null : step.to)}
              >
                {step.label}
                {step.takeable && <span className="case-step__ready">{texts.ready}</span>}
              </button>
              {step.letter && <p className="case-step__letter">{step.letter}</p>}
              {step.needs.length > 0 && (
                <div className="case-step__needs">
                  <span>{texts.stillNeeded}</span>
                  <ul>
                    {step.needs.map((need) => (
                      <li key={need.text}>
                        {need.text}
                        {need.hint && <em> {need.hint}</em>}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {open === step.to && (
                <StepForm step={step} props={props} onCancel={() => setOpen(null)} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
