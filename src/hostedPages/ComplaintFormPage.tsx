import { notFound } from 'next/navigation.js'

import { pageLang, regulationForPage } from '../intake/publicPages'
import { intakeText } from '../translations/intake'
import { LanguageSwitch } from './LanguageSwitch'
import { pageSettings } from './pageSettings'

import type { Metadata } from 'next'
import type { ConfigPromise } from './pageSettings'

export type FormPageProps = {
  params: Promise<{ slug: string }>
  searchParams: Promise<{ lang?: string }>
}

export const complaintFormMetadata = async (
  config: ConfigPromise,
  { params, searchParams }: FormPageProps,
): Promise<Metadata> => {
  const regulation = await regulationForPage(
    (await pageSettings(config)).payload,
    (await params).slug,
  )
  const lang = pageLang((await searchParams).lang)
  return {
    title: regulation
      ? `${intakeText(lang, 'form.title')}: ${regulation.name}`
      : intakeText(lang, 'form.title'),
  }
}

/**
 * The hosted form, for organisations that prefer a link or an iframe to the embed: the same
 * script renders the same form.
 */
export const ComplaintFormPage = async ({
  config,
  params,
  searchParams,
}: FormPageProps & { config: ConfigPromise }) => {
  const { slug } = await params
  const lang = pageLang((await searchParams).lang)
  const settings = await pageSettings(config)
  const regulation = await regulationForPage(settings.payload, slug)
  if (!regulation) notFound()
  return (
    <main lang={lang}>
      <LanguageSwitch lang={lang} />
      <h1>{String(regulation.name)}</h1>
      <div data-complaint-form={regulation.slug} data-lang={lang} />
      <script src={settings.scriptUrl} defer />
    </main>
  )
}
