import type { Field } from 'payload'

import type { PluginContext } from '../../src/pluginContext'

import { isoDateField } from '../fields/isoDateField'
import { fieldLabel, optionsOf, rowLabels } from '../fields/labels'
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
 * After the decision: satisfaction, the feedback to the employee concerned and the team's
 * anonymised discussion (where the regulation asks for them), and what the organisation improves.
 */
export const evaluationFields = ({ users }: Pick<PluginContext, 'users'>): Field[] => [
  {
    name: 'satisfaction',
    type: 'group',
    label: fieldLabel('satisfaction'),
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'score', type: 'number', min: 1, max: 5, label: fieldLabel('score') },
          text('remark'),
        ],
      },
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
