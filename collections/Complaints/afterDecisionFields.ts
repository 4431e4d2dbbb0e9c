import type { Field } from 'payload'

import type { PluginContext } from '../../src/pluginContext'

import { isoDateField } from '../fields/isoDateField'
import { fieldLabel, optionsOf, rowLabels } from '../fields/labels'
import { HANDLED_WELL, SURVEY_CHANNELS } from '../../src/survey/survey'
import { actDate, appointed, people, text } from './fieldHelpers'

/** Appeal (beroep) and escalation to external bodies. */
export const appealFields = ({
  users,
  appointable,
}: Pick<PluginContext, 'users' | 'appointable'>): Field[] => [
  {
    type: 'row',
    fields: [
      actDate({ name: 'appealedOn' }),
      appointed(people(users, 'appealReviewer'), appointable),
    ],
  },
  {
    type: 'row',
    fields: [
      actDate({ name: 'appealDecidedOn' }),
      {
        name: 'appealOutcome',
        type: 'select',
        label: fieldLabel('appealOutcome'),
        options: optionsOf('outcome', ['founded', 'partlyFounded', 'unfounded']),
      },
    ],
  },
  {
    name: 'escalations',
    type: 'array',
    labels: rowLabels('escalation', 'escalations'),
    label: fieldLabel('escalations'),
    fields: [{ type: 'row', fields: [text('body'), actDate({ name: 'date' })] }],
  },
]

/**
 * After the decision: the complainant's satisfaction, the feedback to the employee concerned and
 * the team's anonymised discussion (where the regulation asks for them), and what the organisation
 * improves. The complainant answers through the survey link of the closure letter (via `online`,
 * src/survey), or staff record an answer given by phone, by letter or in person; either way once
 * answered the link says so. The group follows the complaint's own access, as every field of this tab.
 */
export const evaluationFields = ({ users }: Pick<PluginContext, 'users'>): Field[] => [
  {
    name: 'satisfaction',
    type: 'group',
    label: fieldLabel('satisfaction'),
    admin: { description: fieldLabel('satisfactionHelp') },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'score', type: 'number', min: 1, max: 5, label: fieldLabel('score') },
          {
            name: 'handledWell',
            type: 'select',
            label: fieldLabel('handledWell'),
            options: optionsOf('handledWell', HANDLED_WELL),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          actDate({ name: 'answeredOn' }),
          {
            name: 'via',
            type: 'select',
            label: fieldLabel('via'),
            options: optionsOf('surveyVia', SURVEY_CHANNELS),
          },
        ],
      },
      text('remark', { type: 'textarea' } as Partial<Field>),
    ],
  },
  {
    type: 'row',
    fields: [actDate({ name: 'employeeFeedbackOn' }), actDate({ name: 'teamDiscussedOn' })],
  },
  {
    name: 'improvementActions',
    type: 'array',
    labels: rowLabels('improvementAction', 'improvementActions'),
    label: fieldLabel('improvementActions'),
    fields: [
      {
        type: 'row',
        fields: [
          text('action'),
          people(users, 'owner'),
          isoDateField({ name: 'dueOn' }),
          { name: 'done', type: 'checkbox', label: fieldLabel('done') },
        ],
      },
    ],
  },
]
