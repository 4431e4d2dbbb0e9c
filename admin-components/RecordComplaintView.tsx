import React from 'react'

import type { AdminViewServerProps } from 'payload'

import { clientLabels, conversationLabels, recordableRegulations } from '../src/casework/recording'
import { todayInAmsterdam } from '../src/complaints/storedDates'
import { RECORDING_ROLES } from '../src/access/roles'
import { optionsOf } from '../src/pluginOptions'
import { STATUS_LABELS } from '../src/procedure/statusLabels'
import { DEADLINE_KINDS } from '../src/procedure/deadline'
import { slugsOf } from '../src/slugs'
import { translate } from '../src/translations'
import { caseText } from '../src/translations/casework'
import { caseStyles, recordStyles } from './caseStyles'
import { RecordComplaintForm } from './RecordComplaintForm'
import { Refusal, ReportFrame, requireLogin } from './ReportFrame'

import type { TranslationKey } from '../src/translations'
import type { CaseLanguage, CaseTextKey } from '../src/translations/casework'
import type { RecordTexts } from './RecordComplaintForm'

const CHANNELS = ['phone', 'inPerson', 'letter', 'email'] as const

/** /admin/record-complaint: "Klacht opnemen", for a complaint by phone, at the desk or by letter. */
export const RecordComplaintView = async (props: AdminViewServerProps) => {
  requireLogin(props, '/record-complaint')
  const { req } = props.initPageResult
  const language: CaseLanguage = req.i18n.language === 'en' ? 'en' : 'nl'
  const t = (key: CaseTextKey) => caseText(language, key)
  const roles = optionsOf(req).getRoles(req.user as unknown as Record<string, unknown>)
  if (!roles.some((role) => (RECORDING_ROLES as readonly string[]).includes(role)))
    return (
      <ReportFrame view={props}>
        <Refusal title={t('record.title')} message={t('record.refused')} />
      </ReportFrame>
    )
  const { routes } = req.payload.config
  const slug = slugsOf(req).complaints
  const texts = Object.fromEntries(
    (
      [
        'regulation',
        'channel',
        'receivedOn',
        'required',
        'contact',
        'submit',
        'saving',
        'saved',
        'savedStage',
        'savedDeadline',
        'open',
        'another',
        'failed',
      ] as const
    ).map((key) => [key, t(`record.${key}`)]),
  ) as RecordTexts
  texts.choose = t('steps.choose')
  return (
    <ReportFrame view={props}>
      <style>{caseStyles + recordStyles}</style>
      <h1>{t('record.title')}</h1>
      <p>{t('record.intro')}</p>
      <RecordComplaintForm
        regulations={await recordableRegulations(req, language)}
        channels={CHANNELS.map((value) => ({
          value,
          label: translate(`channel.${value}` as TranslationKey, language),
        }))}
        labels={conversationLabels(language)}
        clientLabels={clientLabels(language)}
        statuses={STATUS_LABELS[language]}
        deadlineKinds={Object.fromEntries(
          DEADLINE_KINDS.map((kind) => [
            kind,
            translate(`deadline.${kind}` as TranslationKey, language),
          ]),
        )}
        texts={texts}
        today={todayInAmsterdam()}
        locale={language === 'en' ? 'en-GB' : 'nl-NL'}
        createUrl={`${routes.api}/${slug}`}
        readUrl={`${routes.api}/${slug}/{id}?depth=0`}
        caseUrl={`${routes.admin}/collections/${slug}/{id}`}
      />
    </ReportFrame>
  )
}
