import React from 'react'

import { internalStageText } from '../src/translations/internalStages'

import type { InternalStageCount } from '../src/reports/internalStages'
import type { ReportLanguage } from '../src/translations/reports'

/** Per internal stage of the regulation, lowest first: how many complaints reached it, and were resolved there. */
export const InternalStageTable = ({
  stages,
  language,
}: {
  stages: InternalStageCount[]
  language: ReportLanguage
}) => {
  const t = (key: Parameters<typeof internalStageText>[1]) => internalStageText(language, key)
  if (stages.length === 0) return <p>{t('reportNone')}</p>
  return (
    <>
      <p>{t('reportNote')}</p>
      <table data-testid="internal-stages">
        <thead>
          <tr>
            <th scope="col">{t('reportStage')}</th>
            <th scope="col">{t('reportReached')}</th>
            <th scope="col">{t('reportResolved')}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((row) => (
            <tr key={row.stage}>
              <th scope="row">{row.label[language]}</th>
              <td>{row.reached}</td>
              <td>{row.resolved}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
