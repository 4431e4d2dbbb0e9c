import config from '@payload-config'
import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation'

import { otherLang, pageLang, regulationForPage } from '../../../../../intake/publicPages'
import { intakeText } from '../../../../../translations/intake'

import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ lang?: string }> }

/** The text of the regulation in force today, which the form links to. */
const RegulationTextPage = async ({ params, searchParams }: Props) => {
  const { slug } = await params
  const lang = pageLang((await searchParams).lang)
  const regulation = await regulationForPage(config, slug)
  if (!regulation) notFound()
  const other = otherLang(lang)
  const summary = regulation.summary?.[lang] || regulation.summary?.nl
  return (
    <main lang={lang}>
      <p className="language">
        <a href={`?lang=${other}`} lang={other} hrefLang={other}>
          {intakeText(lang, 'page.languageSwitch')}
        </a>
      </p>
      <h1>{String(regulation.name)}</h1>
      {regulation.text ? <RichText data={regulation.text as SerializedEditorState} /> : summary ? <p>{String(summary)}</p> : null}
      <p>
        <a href={`/klacht/${regulation.slug}?lang=${lang}`}>{intakeText(lang, 'page.backToForm')}</a>
      </p>
    </main>
  )
}

export default RegulationTextPage
