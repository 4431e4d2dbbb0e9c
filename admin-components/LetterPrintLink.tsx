import React from 'react'

import type { UIFieldServerProps } from 'payload'

import { translate } from '../src/translations'

/** On a letter's page: open it as the printed business letter, to print or save as PDF. */
export const LetterPrintLink = ({ id, req }: UIFieldServerProps) => {
  if (id === undefined || id === null || id === '') return null
  const language = req.i18n.language === 'en' ? 'en' : 'nl'
  return (
    <p style={{ marginBottom: '1.5rem' }}>
      <a
        className="btn btn--style-secondary btn--size-small"
        href={`${req.payload.config.routes.api}/letters-print/${id}`}
        target="_blank"
        rel="noopener"
        data-testid="letter-print"
      >
        {translate('field.printLetter', language)}
      </a>
    </p>
  )
}
