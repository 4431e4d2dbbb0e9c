'use client'
import { SelectInput, useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { TextFieldClientComponent } from 'payload'

/** A row of one of the regulation's lists: an excluded subject (label per language) or a party (name). */
type Choice = { key: string; label?: { nl?: string; en?: string }; name?: string }

type Custom = { regulations?: string; list?: 'excludedSubjects' | 'commissioningParties' }

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object'
    ? idOf((value as { id?: unknown }).id)
    : value === null || value === undefined || value === ''
      ? null
      : String(value)

/**
 * A value of a complaint chosen from a list of its own regulation version, by key, in the
 * admin's language: the excluded subject from the subjects it excludes, the commissioning party
 * from its parties. The collection refuses any other value.
 */
export const RegulationChoiceField: TextFieldClientComponent = ({ path, field, readOnly }) => {
  const { value, setValue, showError } = useField<string | null>({ path })
  const regulation = idOf(useFormFields(([fields]) => fields.regulation?.value))
  const { config } = useConfig()
  const { i18n, t } = useTranslation()
  const [choices, setChoices] = useState<Choice[]>([])
  const custom = (field.admin?.custom ?? {}) as Custom
  const regulations = custom.regulations ?? 'regulations'
  const list = custom.list ?? 'excludedSubjects'
  useEffect(() => {
    if (!regulation) return setChoices([])
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/${regulations}/${regulation}?depth=0`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc) => setChoices(doc?.rules?.[list] ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [regulation, regulations, list, config.serverURL, config.routes.api])
  const lang = i18n.language === 'en' ? 'en' : 'nl'
  const options = choices.map((choice) => ({
    value: choice.key,
    label: choice.label?.[lang] || choice.label?.nl || choice.name || choice.key,
  }))
  return (
    <SelectInput
      path={path}
      name={path}
      label={(t as (key: string) => string)(`plugin-complaints:field.${field.name}`)}
      description={field.admin?.description as string | undefined}
      options={options}
      value={value ?? undefined}
      isClearable
      readOnly={readOnly || options.length === 0}
      showError={showError}
      onChange={(option) =>
        setValue(
          option && !Array.isArray(option) ? ((option as { value?: string }).value ?? null) : null,
        )
      }
    />
  )
}
