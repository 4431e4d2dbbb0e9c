import { formatAdminURL } from 'payload/shared'
import React from 'react'

import type { CaseFile } from '../src/casework/caseFile'
import type { CaseLanguage } from '../src/translations/casework'

import { caseText } from '../src/translations/casework'
import { SendLetterButton } from './CaseActions'

type Props = {
  letters: CaseFile['letters']
  language: CaseLanguage
  routes: { admin: string; api: string }
  lettersSlug: string
}

/** The complaint's letters in place: kind, status, date; open, print, send; a draft still owed stands out. */
export const CaseLetters = ({ letters, language, routes, lettersSlug }: Props) => {
  const t = (key: Parameters<typeof caseText>[1]) => caseText(language, key)
  return (
    <section className="case-letters" data-testid="case-letters">
      <h3>{t('letters.title')}</h3>
      {letters.length === 0 ? (
        <p>{t('letters.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('letters.kind')}</th>
              <th scope="col">{t('letters.status')}</th>
              <th scope="col">{t('letters.date')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {letters.map((letter) => (
              <tr
                key={letter.id}
                className={letter.owed ? 'case-letter--owed' : undefined}
                data-letter-kind={letter.kind}
              >
                <td>{letter.kind}</td>
                <td>
                  {letter.status}
                  {letter.owed && <em> ({t('letters.owed')})</em>}
                </td>
                <td>{letter.date}</td>
                <td className="case-letter__actions">
                  <a
                    href={formatAdminURL({
                      adminRoute: routes.admin,
                      path: `/collections/${lettersSlug}/${letter.id}`,
                    })}
                  >
                    {t('letters.open')}
                  </a>
                  <a
                    href={`${routes.api}/letters-print/${letter.id}`}
                    target="_blank"
                    rel="noopener"
                  >
                    {t('letters.print')}
                  </a>
                  {letter.owed && (
                    <SendLetterButton
                      url={`${routes.api}/${lettersSlug}/${letter.id}`}
                      label={t('letters.send')}
                      refused={t('letters.sendRefused')}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
