import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation.js'

import { pageLang, regulationForPage } from '../intake/publicPages'
import { intakeText } from '../translations/intake'
import { LanguageSwitch } from './LanguageSwitch'
import { pageSettings } from './pageSettings'

import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { FormPageProps } from './ComplaintFormPage'
import type { ConfigPromise } from './pageSettings'

/** The text of the regulation in force today, which the form links to. */
export const RegulationTextPage = async ({
  config,
  params,
  searchParams,
}: FormPageProps & { config: ConfigPromise }) => {
  const { slug } = await params
  const lang = pageLang((await searchParams).lang)
  const settings = await pageSettings(config)
  const regulation = await regulationForPage(settings.payload, slug)
  if (!regulation) notFound()
  const summary = regulation.summary?.[lang] || regulation.summary?.nl
  return (
    <main lang={lang}>
      <LanguageSwitch lang={lang} />
      <h1>{String(regulation.name)}</h1>
      {regulation.text ? (
        <RichText data={regulation.text as SerializedEditorState} />
      ) : summary ? (
        <p>{String(summary)}</p>
      ) : null}
      <p>
        <a href={`${settings.pagesPath}/${regulation.slug}?lang=${lang}`}>
          {intakeText(lang, 'page.backToForm')}
        </a>
      </p>
    </main>
  )
}
