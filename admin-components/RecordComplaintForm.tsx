'use client'
import React, { useState } from 'react'

import { Refusals, refusalsOf } from './Refusals'

import type {
  ClientLabels,
  ConversationField,
  RecordableRegulation,
} from '../src/casework/recording'

export type RecordTexts = Record<
  | 'regulation'
  | 'channel'
  | 'receivedOn'
  | 'required'
  | 'contact'
  | 'submit'
  | 'saving'
  | 'saved'
  | 'savedStage'
  | 'savedDeadline'
  | 'open'
  | 'another'
  | 'failed'
  | 'choose',
  string
>

type Props = {
  regulations: RecordableRegulation[]
  channels: { value: string; label: string }[]
  labels: Record<ConversationField, string>
  clientLabels: ClientLabels
  statuses: Record<string, string>
  deadlineKinds: Record<string, string>
  texts: RecordTexts
  today: string
  locale: string
  createUrl: string
  /** The API address of one complaint and its case page in the admin, `{id}` for its id. */
  readUrl: string
  caseUrl: string
}

type Saved = { id: string; reference: string; status: string; kind?: string; due?: string }

const ORAL = new Set(['phone', 'inPerson'])
const COMPLAINANT: ConversationField[] = ['name', 'role', 'phone', 'email', 'address', 'city']
const LONG: ConversationField[] = ['description', 'desiredSolution']
const CLIENT = ['name', 'number', 'dateOfBirth'] as const

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)

/**
 * Recording a complaint that came in by phone, at the desk or by letter: the regulation first,
 * then the data it requires in the order a conversation goes, the channel chosen. Saved through
 * the collection's own create, so every rule applies; afterwards the reference, stage and next
 * deadline, which whoever recorded it can tell the complainant.
 */
export const RecordComplaintForm = (props: Props) => {
  const { regulations, labels, texts } = props
  const [regulationId, setRegulationId] = useState(regulations[0]?.id ?? '')
  const [channel, setChannel] = useState('phone')
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<string[]>([])
  const [saved, setSaved] = useState<Saved | null>(null)
  const [canOpen, setCanOpen] = useState(false)
  const [chosenRole, setRole] = useState('')
  const regulation = regulations.find((each) => each.id === regulationId)
  const required = new Set<string>(regulation?.required ?? [])
  const role = regulation?.roles.some((each) => each.value === chosenRole)
    ? chosenRole
    : (regulation?.roles[0]?.value ?? '')
  const forClient = Boolean(regulation?.rolesForClient.includes(role))

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const value = (name: string) => String(form.get(name) ?? '').trim() || undefined
    if (regulation?.contactRequired && !value('phone') && !value('email') && !value('address'))
      return setErrors([texts.contact])
    setBusy(true)
    setErrors([])
    const response = await fetch(props.createUrl, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        regulation: Number(regulationId) || regulationId,
        channel,
        receivedOn: value('receivedOn'),
        eventsOn: value('eventsOn'),
        description: value('description'),
        desiredSolution: value('desiredSolution'),
        complainant: Object.fromEntries(
          COMPLAINANT.map((field) => [field, value(field)]).filter(([, given]) => given),
        ),
        // The client a representative or relative complains for; the client complaining is the complainant.
        ...(forClient
          ? {
              client: Object.fromEntries(
                CLIENT.map((field) => [field, value(`client.${field}`)]).filter(
                  ([, given]) => given,
                ),
              ),
            }
          : {}),
      }),
    }).catch(() => null)
    setBusy(false)
    if (!response?.ok) return setErrors(await refusalsOf(response, texts.failed))
    const { doc } = (await response.json()) as { doc: Record<string, any> }
    setSaved({
      id: String(doc.id),
      reference: doc.reference,
      status: doc.status,
      kind: doc.nextDeadlineKind ?? undefined,
      due: doc.nextDeadline
        ? new Date(doc.nextDeadline).toLocaleDateString(props.locale, {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'Europe/Amsterdam',
          })
        : undefined,
    })
    // Staff who only record complaints do not read them afterwards: the link is for those who do.
    const readable = await fetch(props.readUrl.replace('{id}', String(doc.id)), {
      credentials: 'include',
    }).catch(() => null)
    setCanOpen(Boolean(readable?.ok))
  }

  if (saved)
    return (
      <div role="status" className="record-saved" data-testid="record-saved">
        <p>
          <strong>{fill(texts.saved, { reference: saved.reference })}</strong>
        </p>
        <p>{fill(texts.savedStage, { stage: props.statuses[saved.status] ?? saved.status })}</p>
        {saved.kind && saved.due && (
          <p>
            {fill(texts.savedDeadline, {
              kind: props.deadlineKinds[saved.kind] ?? saved.kind,
              date: saved.due,
            })}
          </p>
        )}
        <p className="record-actions">
          {canOpen && <a href={props.caseUrl.replace('{id}', saved.id)}>{texts.open}</a>}
          <a href="" onClick={() => setSaved(null)}>
            {texts.another}
          </a>
        </p>
      </div>
    )

  const input = (field: ConversationField) => {
    const isRequired = required.has(field)
    const label = (
      <span>
        {labels[field]}
        {isRequired && <abbr title={texts.required}> *</abbr>}
      </span>
    )
    if (field === 'role')
      return (
        <label key={field} className="record-field">
          {label}
          <select
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value)}
            aria-controls="record-client"
          >
            {(regulation?.roles ?? []).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      )
    return (
      <label key={field} className="record-field">
        {label}
        {LONG.includes(field) ? (
          <textarea name={field} rows={4} required={isRequired || field === 'description'} />
        ) : (
          <input
            name={field}
            type={field === 'eventsOn' ? 'date' : field === 'email' ? 'email' : 'text'}
            max={field === 'eventsOn' ? props.today : undefined}
            required={isRequired}
          />
        )}
      </label>
    )
  }

  return (
    <form
      className="record-form"
      onSubmit={submit}
      data-testid="record-form"
      data-regulation={regulationId}
    >
      <label className="record-field">
        <span>{texts.regulation}</span>
        <select
          name="regulation"
          value={regulationId}
          onChange={(event) => setRegulationId(event.target.value)}
        >
          {regulations.map((each) => (
            <option key={each.id} value={each.id}>
              {each.name}
            </option>
          ))}
        </select>
      </label>
      <div className="record-row">
        <label className="record-field">
          <span>{texts.channel}</span>
          <select
            name="channel"
            value={channel}
            onChange={(event) => setChannel(event.target.value)}
          >
            {props.channels.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className="record-field">
          <span>{texts.receivedOn}</span>
          <input
            name="receivedOn"
            type="date"
            defaultValue={props.today}
            max={props.today}
            required
          />
        </label>
      </div>
      {ORAL.has(channel) && regulation && (
        <p className="record-note" data-testid="record-oral-rule">
          {regulation.oralRule}
        </p>
      )}
      <fieldset className="record-group">{COMPLAINANT.map(input)}</fieldset>
      {forClient && regulation && (
        <fieldset className="record-group" id="record-client" data-testid="record-client">
          <legend>{props.clientLabels.legend}</legend>
          <p className="record-note">{props.clientLabels.help}</p>
          {CLIENT.filter(
            (field) => field === 'name' || regulation.clientDetails.includes(field),
          ).map((field) => (
            <label key={field} className="record-field">
              <span>
                {props.clientLabels[field]}
                {field === 'name' && <abbr title={texts.required}> *</abbr>}
              </span>
              <input
                name={`client.${field}`}
                type={field === 'dateOfBirth' ? 'date' : 'text'}
                max={field === 'dateOfBirth' ? props.today : undefined}
                autoComplete="off"
                required={field === 'name'}
              />
            </label>
          ))}
        </fieldset>
      )}
      {regulation?.contactRequired && <p className="record-note">{texts.contact}</p>}
      <fieldset className="record-group">
        {['description', 'eventsOn', 'desiredSolution'].map((field) =>
          input(field as ConversationField),
        )}
      </fieldset>
      <Refusals title={texts.failed} messages={errors} />
      <button type="submit" className="btn btn--style-primary" disabled={busy}>
        {busy ? texts.saving : texts.submit}
      </button>
    </form>
  )
}
