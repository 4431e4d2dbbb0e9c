import React from 'react'

import type { UIFieldServerProps } from 'payload'

import { latestReaders } from '../src/accessLog/latestReaders'
import { hasRoleOf } from '../src/access/roles'
import { loadCaseFile } from '../src/casework/caseFile'
import { todayInAmsterdam } from '../src/complaints/storedDates'
import { slugsOf } from '../src/slugs'
import { translate } from '../src/translations'
import { caseText } from '../src/translations/casework'
import { CaseFollowUp } from './CaseFollowUp'
import { CaseInvestigation } from './CaseInvestigation'
import { CaseLetters } from './CaseLetters'
import { CasePrivacy } from './CasePrivacy'
import { CaseReaders } from './CaseReaders'
import { CaseTimeline } from './CaseTimeline'
import { caseStyles } from './caseStyles'
import { NextSteps } from './NextSteps'

import type { CaseFile } from '../src/casework/caseFile'
import type { CaseLanguage } from '../src/translations/casework'
import type { CaseInvestigationTexts } from './CaseInvestigation'
import type { NextStepsTexts } from './NextSteps'

const CaseHeader = ({ file, language }: { file: CaseFile; language: CaseLanguage }) => {
  const t = (key: Parameters<typeof caseText>[1]) => caseText(language, key)
  const { deadline } = file
  return (
    <dl className="case-header" data-testid="case-header">
      <div>
        <dt>{t('case.label')}</dt>
        <dd>{file.reference}</dd>
      </div>
      <div>
        <dt>{t('case.regulation')}</dt>
        <dd>{file.regulation}</dd>
      </div>
      <div>
        <dt>{t('case.complainant')}</dt>
        <dd data-testid="case-complainant">{file.complainant}</dd>
      </div>
      {file.client && (
        <div>
          <dt>{t('case.client')}</dt>
          <dd data-testid="case-client">{file.client}</dd>
        </div>
      )}
      <div>
        <dt>{t('case.stage')}</dt>
        <dd data-testid="case-stage">{file.stage}</dd>
      </div>
      <div>
        <dt>{t('case.handledBy')}</dt>
        <dd>{file.handledBy}</dd>
      </div>
      {file.commissioningParty && (
        <div>
          <dt>{t('case.commissioningParty')}</dt>
          <dd data-testid="case-commissioning-party">{file.commissioningParty}</dd>
        </div>
      )}
      <div className={`case-deadline case-deadline--${deadline?.urgency ?? 'later'}`}>
        <dt>{t('case.nextDeadline')}</dt>
        <dd data-testid="case-deadline">
          {deadline ? (
            <>
              {deadline.kind}: {deadline.date}
              <span className={`case-badge case-badge--${deadline.urgency}`}>{deadline.clock}</span>
              <small>{deadline.explanation}</small>
            </>
          ) : (
            t('case.noDeadline')
          )}
        </dd>
      </div>
    </dl>
  )
}

const stepTexts = (language: CaseLanguage): NextStepsTexts => {
  const c = (key: Parameters<typeof caseText>[1]) => caseText(language, key)
  const f = (name: string) =>
    translate(`field.${name}` as Parameters<typeof translate>[0], language)
  return {
    title: c('steps.title'),
    none: c('steps.none'),
    ready: c('steps.ready'),
    stillNeeded: c('steps.stillNeeded'),
    cancel: c('steps.cancel'),
    saving: c('steps.saving'),
    refused: c('steps.refused'),
    unsaved: c('steps.unsaved'),
    choose: c('steps.choose'),
    waived: c('steps.waived'),
    date: f('date'),
    heard: f('heard'),
    party: f('party'),
    minutes: f('minutes'),
    extensionKind: f('extensionKind'),
    announcedOn: f('announcedOn'),
    newDate: f('newDate'),
    reason: f('reason'),
  }
}

const investigationTexts = (language: CaseLanguage): CaseInvestigationTexts => ({
  title: caseText(language, 'investigation.title'),
  cancel: caseText(language, 'steps.cancel'),
  saving: caseText(language, 'investigation.saving'),
  refused: caseText(language, 'investigation.refused'),
  unsaved: caseText(language, 'steps.unsaved'),
  choose: caseText(language, 'steps.choose'),
})

/**
 * The case page above the complaint's tabs: where it stands and by when, what can be done next
 * (and what that still needs), its letters and its history. Rendered on the server for the
 * person reading, with their access.
 */
export const CaseOverview = async ({ id, req }: UIFieldServerProps) => {
  if (id === undefined || id === null || id === '') return null
  const language: CaseLanguage = req.i18n.language === 'en' ? 'en' : 'nl'
  const file = await loadCaseFile(req, id, language)
  if (!file) return null
  const { routes } = req.payload.config
  const slugs = slugsOf(req)
  // Who read the file is for those who answer for its confidentiality, not for its handlers.
  const readers = hasRoleOf(req, 'admin', 'directie') ? await latestReaders(req, file.id) : null
  return (
    <div className="case-overview" data-testid="case-overview">
      <style>{caseStyles}</style>
      <CaseHeader file={file} language={language} />
      <div className="case-work">
        <NextSteps
          stepUrl={`${routes.api}/${slugs.complaints}/${file.id}/step`}
          updatedAt={file.updatedAt}
          today={todayInAmsterdam()}
          steps={file.steps}
          texts={stepTexts(language)}
        />
        {file.investigation && (
          <CaseInvestigation
            url={`${routes.api}/${slugs.complaints}/${file.id}/investigate`}
            updatedAt={file.updatedAt}
            investigation={file.investigation}
            texts={investigationTexts(language)}
          />
        )}
      </div>
      <CaseLetters
        letters={file.letters}
        language={language}
        routes={routes}
        lettersSlug={slugs.letters}
      />
      <CaseFollowUp followUp={file.followUp} language={language} />
      <CaseTimeline timeline={file.timeline} reference={file.reference} language={language} />
      {readers && <CaseReaders readers={readers} language={language} />}
      <CasePrivacy
        privacy={file.privacy}
        complaintUrl={`${routes.api}/${slugs.complaints}/${file.id}`}
        language={language}
      />
    </div>
  )
}
