import React from 'react'

import { writtenMoment } from '../src/casework/formatLong'
import { translate } from '../src/translations'
import { caseText } from '../src/translations/casework'

import type { CaseReader } from '../src/accessLog/latestReaders'
import type { CaseLanguage } from '../src/translations/casework'

/** Who read the case file, through which path and when last: shown to directie and admin only. */
export const CaseReaders = ({
  readers,
  language,
}: {
  readers: CaseReader[]
  language: CaseLanguage
}) => {
  const t = (key: Parameters<typeof caseText>[1]) => caseText(language, key)
  return (
    <section className="case-readers" data-testid="case-readers">
      <h3>{t('readers.title')}</h3>
      <p className="case-readers__note">{t('readers.note')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('readers.who')}</th>
            <th scope="col">{t('readers.path')}</th>
            <th scope="col">{t('readers.when')}</th>
          </tr>
        </thead>
        <tbody>
          {readers.map((reader) => (
            <tr key={`${reader.email}-${reader.path}`} data-reader={reader.email}>
              <td>{reader.email}</td>
              <td>{translate(`accessPath.${reader.path}`, language)}</td>
              <td>{writtenMoment(reader.lastAt, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
