'use client'
import { SelectInput, useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { TextFieldClientComponent } from 'payload'

type Subject = { key: string; label?: { nl?: string; en?: string } }

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object'
    ? idOf((value as { id?: unknown }).id)
    : value === null || value === undefined || value === ''
      ? null
      : String(value)

/**
 * The excluded subject of a complaint, chosen from the subjects its own regulation version
 * excludes, in the admin's language. The collection refuses any other value.
 */
export const ExcludedSubjectField: TextFieldClientComponent = ({ path, field, readOnly }) => {
  const { value, setValue, showError } = useField<string | null>({ path })
  const regulation = idOf(useFormFields(([fields]) => fields.regulation?.value))
  const { config } = useConfig()
  const { i18n, t } = useTranslation()
  const [subjects, setSubjects] = useState<Subject[]>([])
  const regulations =
    (field.admin?.custom as { regulations?: string } | undefined)?.regulations ?? 'regulations'
  useEffect(() => {
    if (!regulation) return setSubjects([])
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/${regulations}/${regulation}?depth=0`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc) => setSubjects(doc?.rules?.excludedSubjects ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [regulation, regulations, config.serverURL, config.routes.api])
  const lang = i18n.language === 'en' ? 'en' : 'nl'
  const options = subjects.map((subject) => ({
    value: subject.key,
    label: subject.label?.[lang] || subject.label?.nl || subject.key,
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
