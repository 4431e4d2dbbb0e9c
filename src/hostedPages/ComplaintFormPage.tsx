import { notFound } from 'next/navigation.js'

import { intakeText } from '../translations/intake'
import { LanguageSwitch } from './LanguageSwitch'
import { regulationPage } from './regulationPage'

import type { Metadata } from 'next'
import type { ConfigPromise } from './pageSettings'
import type { FormPageProps } from './regulationPage'

export const complaintFormMetadata = async (
  config: ConfigPromise,
  props: FormPageProps,
): Promise<Metadata> => {
  const { lang, regulation } = await regulationPage(config, props)
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
  const { lang, settings, regulation } = await regulationPage(config, { params, searchParams })
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
