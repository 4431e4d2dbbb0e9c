'use client'
import { Button, SelectInput, toast, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { formatAdminURL } from 'payload/shared'
import React, { useState } from 'react'

type Props = {
  models: { slug: string; name: string }[]
  endpoint: string
  adminRoute: string
  collection: string
}

/** Chooses one of the model regulations and creates the organisation's own from it, then opens it to edit. */
export const ModelRegulationForm = ({ models, endpoint, adminRoute, collection }: Props) => {
  const { t } = useTranslation()
  const text = (key: string) => (t as (key: string) => string)(`plugin-complaints:model.${key}`)
  const router = useRouter()
  const [model, setModel] = useState<string>(models[0]?.slug ?? '')
  const [busy, setBusy] = useState(false)

  const start = async () => {
    setBusy(true)
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ model }),
      })
      const answer = (await response.json().catch(() => ({}))) as {
        id?: number | string
        errors?: { message?: string }[]
      }
      if (!response.ok || answer.id === undefined)
        throw new Error(answer.errors?.[0]?.message ?? String(response.status))
      router.push(formatAdminURL({ adminRoute, path: `/collections/${collection}/${answer.id}` }))
    } catch (error) {
      toast.error(text('failed').replace('{message}', (error as Error).message))
      setBusy(false)
    }
  }

  return (
    <section
      data-testid="model-regulation"
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        padding: '1rem 1.25rem',
        marginBottom: '1.5rem',
      }}
    >
      <h3 style={{ margin: '0 0 0.25rem' }}>{text('title')}</h3>
      <p style={{ margin: '0 0 0.75rem', color: 'var(--theme-elevation-650)' }}>{text('help')}</p>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <div style={{ minWidth: '22rem' }}>
          <SelectInput
            path="model"
            name="model"
            label={text('choose')}
            options={models.map((each) => ({ value: each.slug, label: each.name }))}
            value={model}
            isClearable={false}
            onChange={(option) =>
              setModel(
                option && !Array.isArray(option)
                  ? String((option as { value?: string }).value ?? '')
                  : '',
              )
            }
          />
        </div>
        <Button
          buttonStyle="primary"
          size="medium"
          disabled={busy || !model}
          onClick={() => void start()}
          margin={false}
        >
          {busy ? text('working') : text('start')}
        </Button>
      </div>
    </section>
  )
}
