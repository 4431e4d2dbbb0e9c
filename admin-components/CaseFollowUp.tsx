import React from 'react'

import { followUpText } from '../src/translations/followUp'

import type { CaseFollowUp as FollowUpLine } from '../src/casework/followUpLines'
import type { CaseLanguage } from '../src/translations/casework'

/** What is still to be done after the handling; nothing when all is done. */
export const CaseFollowUp = ({
  followUp,
  language,
}: {
  followUp: FollowUpLine[]
  language: CaseLanguage
}) => {
  if (followUp.length === 0) return null
  return (
    <section
      className="case-follow-up"
      data-testid="case-follow-up"
      aria-labelledby="case-follow-up-title"
    >
      <h3 id="case-follow-up-title">{followUpText(language, 'title')}</h3>
      <ul>
        {followUp.map((line) => (
          <li key={line.text} data-late={line.late || undefined}>
            {line.text}
            {line.late && (
              <span className="case-follow-up__late"> ({followUpText(language, 'late')})</span>
            )}
          </li>
        ))}
      </ul>
      <p className="case-follow-up__where">{followUpText(language, 'where')}</p>
    </section>
  )
}
