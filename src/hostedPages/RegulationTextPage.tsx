import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation.js'

import { intakeText } from '../translations/intake'
import { LanguageSwitch } from './LanguageSwitch'
import { regulationPage } from './regulationPage'

import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { FormPageProps } from './regulationPage'
import type { ConfigPromise } from './pageSettings'

/** The text of the regulation in force today, which the form links to. */
export const RegulationTextPage = async ({
  config,
  params,
  searchParams,
}: FormPageProps & { config: ConfigPromise }) => {
  const { lang, settings, regulation } = await regulationPage(config, { params, searchParams })
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
