import React from 'react'

import { caseText } from '../src/translations/casework'
import { EraseOnRequest } from './EraseOnRequest'

import type { CaseFile } from '../src/casework/caseFile'
import type { CaseLanguage } from '../src/translations/casework'

/**
 * The file's privacy, for directie and the administrator (the case file holds it for them
 * only): how long it is kept (or that it is held, or was anonymised), the download of
 * everything about its complainant, and erasure at their request.
 */
export const CasePrivacy = ({
  privacy,
  complaintUrl,
  language,
}: {
  privacy: CaseFile['privacy']
  /** The complaint's address in the REST API, which the export and erasure hang under. */
  complaintUrl: string
  language: CaseLanguage
}) => {
  if (!privacy) return null
  const t = (key: Parameters<typeof caseText>[1]) => caseText(language, key)
  return (
    <section
      className="case-privacy"
      data-testid="case-privacy"
      aria-labelledby="case-privacy-title"
    >
      <h3 id="case-privacy-title">{t('privacy.title')}</h3>
      <p data-testid="case-retention">{privacy.retention}</p>
      {!privacy.anonymised && (
        <p className="case-privacy__actions">
          <a
            className="btn btn--style-secondary btn--size-small"
            href={`${complaintUrl}/export`}
            download
          >
            {t('privacy.export')}
          </a>
          <EraseOnRequest
            url={`${complaintUrl}/erase`}
            texts={{
              open: t('privacy.erase'),
              reason: t('privacy.eraseReason'),
              warning: t('privacy.eraseWarning'),
              confirm: t('privacy.eraseConfirm'),
              cancel: t('steps.cancel'),
              refused: t('privacy.eraseRefused'),
            }}
          />
        </p>
      )}
    </section>
  )
}
