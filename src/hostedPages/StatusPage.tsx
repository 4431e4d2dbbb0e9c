import { notFound } from 'next/navigation.js'

import { pageLang } from '../intake/publicPages'
import { findStatus } from '../intake/statusView'
import { formatDate } from '../procedure/format'
import { intakeText } from '../translations/intake'
import { LanguageSwitch } from './LanguageSwitch'
import { pageSettings } from './pageSettings'

import type { Metadata } from 'next'
import type { ConfigPromise } from './pageSettings'

export type StatusPageProps = {
  params: Promise<{ token: string }>
  searchParams: Promise<{ lang?: string }>
}

// A private page: never indexed, and the link is not passed on to sites it links to.
export const statusMetadata: Metadata = {
  title: 'Stand van uw klacht / How your complaint stands',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

/** The complainant's private status page: the stage and the dates ahead, nothing of the file. */
export const StatusPage = async ({
  config,
  params,
  searchParams,
}: StatusPageProps & { config: ConfigPromise }) => {
  const view = await findStatus((await pageSettings(config)).payload, (await params).token)
  if (!view) notFound()
  const lang = pageLang((await searchParams).lang, view.language)
  const text = (key: Parameters<typeof intakeText>[1]) => intakeText(lang, key)
  return (
    <main lang={lang}>
      <LanguageSwitch lang={lang} />
      <h1>{text('status.title')}</h1>
      <dl className="facts">
        <dt>{text('status.reference')}</dt>
        <dd data-reference>{view.reference}</dd>
        <dt>{text('status.regulation')}</dt>
        <dd>{view.regulation.name}</dd>
        <dt>{text('status.receivedOn')}</dt>
        <dd>{view.receivedOn ? formatDate(view.receivedOn, lang) : ''}</dd>
        <dt>{text('status.status')}</dt>
        <dd data-status={view.status.code}>{view.status.label[lang]}</dd>
      </dl>
      <h2>{text('status.expected')}</h2>
      {view.expected.length === 0 ? (
        <p>{text('status.nothingOpen')}</p>
      ) : (
        <ul className="expected">
          {view.expected.map((item) => (
            <li key={item.kind} data-kind={item.kind}>
              {item.label[lang]} <strong>{formatDate(item.date, lang)}</strong>
              <span className="explanation">{item.explanation[lang]}</span>
            </li>
          ))}
        </ul>
      )}
      <p>{text('status.privacy')}</p>
      <p data-kept>{view.kept[lang]}</p>
    </main>
  )
}
