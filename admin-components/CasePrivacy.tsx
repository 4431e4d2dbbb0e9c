import React from 'react'

import type { PayloadRequest } from 'payload'

import { hasRoleOf } from '../src/access/roles'
import { retentionLine } from '../src/privacy/casePrivacy'
import { retentionRuleFor } from '../src/privacy/ruleInForce'
import { slugsOf } from '../src/slugs'
import { caseText } from '../src/translations/casework'
import { EraseOnRequest } from './EraseOnRequest'

import type { CaseLanguage } from '../src/translations/casework'

/**
 * The file's privacy, for directie and the administrator: how long it is kept (or that it is
 * held, or was anonymised), the download of everything about its complainant, and erasure at
 * their request. Others see nothing of it.
 */
export const CasePrivacy = async ({
  id,
  req,
  language,
}: {
  id: string | number
  req: PayloadRequest
  language: CaseLanguage
}) => {
  if (!hasRoleOf(req, 'admin', 'directie')) return null
  const slugs = slugsOf(req)
  // As the person, at depth 0: their access applies, and this page's read of the complaint is
  // in the access log once already; nothing else is brought along.
  const complaint = (await req.payload.findByID({
    collection: slugs.complaints,
    id,
    depth: 0,
    req,
    overrideAccess: false,
  })) as Record<string, any>
  const regulation = await req.payload.findByID({
    collection: slugs.regulations,
    id: complaint.regulation,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  const rule = await retentionRuleFor(req.payload, regulation as Record<string, any> | null)
  const t = (key: Parameters<typeof caseText>[1]) => caseText(language, key)
  const base = `${req.payload.config.routes.api}/${slugs.complaints}/${complaint.id}`
  return (
    <section
      className="case-privacy"
      data-testid="case-privacy"
      aria-labelledby="case-privacy-title"
    >
      <h3 id="case-privacy-title">{t('privacy.title')}</h3>
      <p data-testid="case-retention">{retentionLine(complaint, rule, language)}</p>
      {!complaint.anonymisedOn && (
        <p className="case-privacy__actions">
          <a className="btn btn--style-secondary btn--size-small" href={`${base}/export`} download>
            {t('privacy.export')}
          </a>
          <EraseOnRequest
            url={`${base}/erase`}
            texts={{
              open: t('privacy.erase'),
              reason: t('privacy.eraseReason'),
              warning: t('privacy.eraseWarning'),
              confirm: t('privacy.eraseConfirm'),
              cancel: caseText(language, 'steps.cancel'),
              refused: t('privacy.eraseRefused'),
            }}
          />
        </p>
      )}
    </section>
  )
}
