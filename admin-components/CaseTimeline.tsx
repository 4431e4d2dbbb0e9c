import React from 'react'

import type { CaseFile } from '../src/casework/caseFile'
import type { CaseLanguage } from '../src/translations/casework'

import { caseText } from '../src/translations/casework'
import { PrintTimelineButton } from './CaseActions'

/** The case's history, newest last, printable on its own. */
export const CaseTimeline = ({
  timeline,
  reference,
  language,
}: {
  timeline: CaseFile['timeline']
  reference: string
  language: CaseLanguage
}) => (
  <details className="case-timeline" data-testid="case-timeline" open>
    <summary>{caseText(language, 'timeline.title')}</summary>
    <p className="no-print">
      <PrintTimelineButton label={caseText(language, 'timeline.print')} />
    </p>
    <table>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>
        {caseText(language, 'case.label')} {reference}
      </caption>
      <tbody>
        {timeline.map((event, index) => (
          <tr key={index} className={event.state ? `state-${event.state}` : undefined}>
            <td className="when">{event.at}</td>
            <td>
              {event.text}
              {event.by && <> ({event.by})</>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </details>
)
