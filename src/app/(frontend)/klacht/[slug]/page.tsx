import config from '@payload-config'
import { notFound } from 'next/navigation'

import { otherLang, pageLang, regulationForPage } from '../../../../intake/publicPages'
import { intakeText } from '../../../../translations/intake'

import type { Metadata } from 'next'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ lang?: string }> }

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  const regulation = await regulationForPage(config, (await params).slug)
  const lang = pageLang((await searchParams).lang)
  return { title: regulation ? `${intakeText(lang, 'form.title')}: ${regulation.name}` : intakeText(lang, 'form.title') }
}

/**
 * The hosted form, for organisations that prefer a link or an iframe to the embed: the same
 * script renders the same form.
 */
const ComplaintFormPage = async ({ params, searchParams }: Props) => {
  const { slug } = await params
  const lang = pageLang((await searchParams).lang)
  const regulation = await regulationForPage(config, slug)
  if (!regulation) notFound()
  const other = otherLang(lang)
  return (
    <main lang={lang}>
      <p className="language">
        <a href={`?lang=${other}`} lang={other} hrefLang={other}>
          {intakeText(lang, 'page.languageSwitch')}
        </a>
      </p>
      <h1>{String(regulation.name)}</h1>
      <div data-complaint-form={regulation.slug} data-lang={lang} />
      <script src="/complaint-form.js" defer />
    </main>
  )
}

export default ComplaintFormPage
