import { notFound } from 'next/navigation.js'

import { pageLang } from '../intake/publicPages'
import { findSurvey } from '../survey/findSurvey'
import { COMMENT_MAX_LENGTH } from '../survey/readAnswer'
import { intakeText } from '../translations/intake'
import { LanguageSwitch } from './LanguageSwitch'
import { pageSettings } from './pageSettings'
import { SurveyForm } from './SurveyForm'

import type { Metadata } from 'next'
import type { Lang } from '../procedure/localized'
import type { IntakeTextKey } from '../translations/intake'
import type { ConfigPromise } from './pageSettings'
import type { SurveyFormTexts } from './SurveyForm'

export type SurveyPageProps = {
  params: Promise<{ token: string }>
  searchParams: Promise<{ lang?: string }>
}

// A private page: never indexed, and the link is not passed on to sites it links to.
export const surveyMetadata: Metadata = {
  title: 'Tevredenheid over uw klacht / Satisfaction with your complaint',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

const FORM_TEXTS: (keyof SurveyFormTexts)[] = [
  'required',
  'optional',
  'scoreLegend',
  'scoreHelp',
  'score1',
  'score2',
  'score3',
  'score4',
  'score5',
  'handledWellLegend',
  'yes',
  'no',
  'commentLabel',
  'commentHelp',
  'submit',
  'sending',
  'errorSummary',
  'thanksTitle',
  'thanks',
  'answeredTitle',
  'answered',
  'networkError',
]

const formTexts = (lang: Lang, reference: string): SurveyFormTexts =>
  Object.fromEntries(
    FORM_TEXTS.map((key) => [
      key,
      intakeText(lang, `survey.${key}` as IntakeTextKey, {
        reference,
        max: COMMENT_MAX_LENGTH,
      }),
    ]),
  ) as SurveyFormTexts

/**
 * The satisfaction survey behind the private link of the closure letter: the reference, three
 * questions, and nothing else of the file. Answered once (online or recorded by staff), it says
 * so. An unknown token, or one of a complaint without a survey, is the same page not found.
 */
export const SurveyPage = async ({
  config,
  params,
  searchParams,
}: SurveyPageProps & { config: ConfigPromise }) => {
  const settings = await pageSettings(config)
  const token = (await params).token
  const survey = await findSurvey(settings.payload, token)
  if (!survey) notFound()
  const lang = pageLang((await searchParams).lang, survey.language)
  const text = (key: IntakeTextKey) => intakeText(lang, key, { reference: survey.reference })
  if (survey.answered)
    return (
      <main lang={lang}>
        <LanguageSwitch lang={lang} />
        <h1 id="survey-title">{text('survey.answeredTitle')}</h1>
        <div className="notice" data-survey-answered>
          <p>{text('survey.answered')}</p>
        </div>
        <p className="help">{text('survey.privacy')}</p>
      </main>
    )
  return (
    <main lang={lang}>
      <LanguageSwitch lang={lang} />
      <h1 id="survey-title">{text('survey.title')}</h1>
      <p>{text('survey.intro')}</p>
      <SurveyForm
        action={`${settings.apiPath}/survey/${encodeURIComponent(token)}`}
        lang={lang}
        texts={formTexts(lang, survey.reference)}
        maxComment={COMMENT_MAX_LENGTH}
      />
      <noscript>
        <p className="notice">{text('survey.noScript')}</p>
      </noscript>
      <p className="help">{text('survey.privacy')}</p>
    </main>
  )
}
