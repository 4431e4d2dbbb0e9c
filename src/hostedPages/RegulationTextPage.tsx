import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation.js'

import { formPath } from '../intake/links'
import { optionsFromConfig } from '../pluginOptions'
import { fillMessage } from '../procedure/messages'
import { translate } from '../translations'
import { intakeText } from '../translations/intake'
import { LanguageSwitch } from './LanguageSwitch'
import { PrintPageButton } from './PrintPageButton'
import { regulationPage } from './regulationPage'

import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { FormPageProps } from './regulationPage'
import type { ConfigPromise } from './pageSettings'

/**
 * The text of the regulation in force today, which the form links to and staff give each client
 * at the start of the trajectory: in Dutch or English, with how to complain written out (the
 * form's full address, the organisation's contact), and laid out to print.
 */
export const RegulationTextPage = async ({
  config,
  params,
  searchParams,
}: FormPageProps & { config: ConfigPromise }) => {
  const { lang, settings, regulation } = await regulationPage(config, { params, searchParams })
  if (!regulation) notFound()
  const summary = regulation.summary?.[lang] || regulation.summary?.nl
  const own = lang === 'en' && regulation.textEn ? regulation.textEn : null
  const text = (own ?? regulation.text) as SerializedEditorState | null
  const formUrl = `${optionsFromConfig(settings.payload.config).publicUrl}${formPath(settings, regulation.slug)}`
  const contact = regulation.letterhead?.contact as string | undefined
  const t = (key: Parameters<typeof translate>[0], values: Record<string, string> = {}) =>
    fillMessage(translate(key, lang), values, lang)
  // The form's address is written out, so a printed copy still says where to go.
  const [before, after] = translate('regulationPage.how', lang).split('{url}')
  return (
    <main lang={lang}>
      <LanguageSwitch lang={lang} />
      <h1>{String(regulation.name)}</h1>
      {text ? (
        <>
          {lang === 'en' && !own ? <p lang="en">{t('regulationPage.textInDutch')}</p> : null}
          <div lang={own || lang === 'nl' ? lang : 'nl'}>
            <RichText data={text} />
          </div>
        </>
      ) : summary ? (
        <p>{String(summary)}</p>
      ) : null}
      <section aria-labelledby="how-to-complain">
        <h2 id="how-to-complain">{t('regulationPage.howTitle')}</h2>
        <p>
          {before}
          <a href={`${formUrl}?lang=${lang}`}>{formUrl}</a>
          {after}
        </p>
        {contact ? <p>{t('regulationPage.contact', { contact })}</p> : null}
      </section>
      <p className="no-print">
        <PrintPageButton label={t('regulationPage.print')} />{' '}
        <a href={`${settings.pagesPath}/${regulation.slug}?lang=${lang}`}>
          {intakeText(lang, 'page.backToForm')}
        </a>
      </p>
    </main>
  )
}
