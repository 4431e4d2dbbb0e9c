import type { Field, TextFieldSingleValidation } from 'payload'

import type { PluginContext } from '../../src/pluginContext'

import { TIME_OF_DAY } from '../../src/complaints/timeOfDay'
import { CONSENT_WAYS, HEARING_PARTIES } from '../../src/procedure/investigation'
import { actsForClient, hasClientData } from '../../src/procedure/client'
import { COMPLAINANT_ROLES } from '../../src/procedure/rules'
import { textOf } from '../../src/translations/text'
import { isoDateField } from '../fields/isoDateField'
import { fieldLabel, optionsOf, rowLabels } from '../fields/labels'
import { actDate, appointed, people, text } from './fieldHelpers'

export const CHANNELS = ['webForm', 'email', 'letter', 'phone', 'inPerson'] as const

const validTime: TextFieldSingleValidation = (value, { req }) =>
  !value || TIME_OF_DAY.test(String(value).trim())
    ? true
    : `${textOf(req, 'field.time') ?? 'time'}: ${(textOf(req, 'refusal.timeFormat') ?? '').replace('{value}', String(value).slice(0, 20))}`

/** What the complaint is: how and when it came in, what it is about, who it concerns. */
export const complaintFields = ({
  slugs,
  users,
  components,
}: Pick<PluginContext, 'slugs' | 'users' | 'components'>): Field[] => [
  {
    type: 'row',
    fields: [
      actDate({ name: 'receivedOn', overrides: { required: true, index: true } }),
      {
        name: 'channel',
        type: 'select',
        required: true,
        defaultValue: 'webForm',
        label: fieldLabel('channel'),
        options: optionsOf('channel', CHANNELS),
      },
      actDate({
        name: 'officialOn',
        overrides: { admin: { description: fieldLabel('officialOnHelp') } },
      }),
    ],
  },
  actDate({ name: 'eventsOn' }),
  text('subject'),
  // Chosen from the subjects the complaint's own regulation version excludes (the hook refuses others).
  text('excludedSubject', {
    admin: {
      description: fieldLabel('excludedSubjectHelp'),
      components: { Field: `${components.client}#RegulationChoiceField` },
      custom: { regulations: slugs.regulations, list: 'excludedSubjects' },
    },
  } as Partial<Field>),
  // The party that commissioned the client's trajectory, by its key in the regulation's list
  // (the hook refuses others); its report counts the complaint.
  text('commissioningParty', {
    admin: {
      description: fieldLabel('commissioningPartyHelp'),
      components: { Field: `${components.client}#RegulationChoiceField` },
      custom: { regulations: slugs.regulations, list: 'commissioningParties' },
    },
  } as Partial<Field>),
  { name: 'description', type: 'textarea', required: true, label: fieldLabel('description') },
  { name: 'desiredSolution', type: 'textarea', label: fieldLabel('desiredSolution') },
  {
    name: 'attachments',
    type: 'upload',
    relationTo: slugs.attachments,
    hasMany: true,
    label: fieldLabel('attachments'),
  },
  people(users, 'subjectEmployee'),
  text('subjectDepartment'),
  people(users, 'involved', true),
]

/** Who complains; what the regulation asks the form to record. */
export const complainantFields: Field[] = [
  {
    name: 'complainant',
    type: 'group',
    label: fieldLabel('complainant'),
    fields: [
      text('name'),
      {
        name: 'role',
        type: 'select',
        defaultValue: 'client',
        label: fieldLabel('role'),
        options: optionsOf('role', COMPLAINANT_ROLES),
      },
      text('address'),
      {
        type: 'row',
        fields: [
          text('city'),
          text('phone'),
          { name: 'email', type: 'email', label: fieldLabel('email') },
        ],
      },
      {
        name: 'language',
        type: 'select',
        defaultValue: 'nl',
        label: fieldLabel('language'),
        options: [
          { value: 'nl', label: 'Nederlands' },
          { value: 'en', label: 'English' },
        ],
      },
    ],
  },
  // The client, where the complainant complains on their behalf; a client complaining is recorded once, above.
  {
    name: 'client',
    type: 'group',
    label: fieldLabel('client'),
    admin: {
      description: fieldLabel('clientHelp'),
      // Shown where it is asked, and wherever something is recorded, so it can be emptied.
      condition: (data) => actsForClient(data?.complainant?.role) || hasClientData(data?.client),
    },
    fields: [
      {
        type: 'row',
        fields: [
          text('name', { label: fieldLabel('client.name') }),
          text('number', { label: fieldLabel('client.number') }),
          isoDateField({
            name: 'dateOfBirth',
            notInFuture: true,
            overrides: { label: fieldLabel('client.dateOfBirth') },
          }),
        ],
      },
    ],
  },
  // IZW: others are consulted only after this consent (the form's checkbox records one as given
  // on receipt, through the form). The scope is the complainant's own words, and may name people.
  {
    name: 'consent',
    type: 'group',
    label: fieldLabel('consent'),
    admin: { description: fieldLabel('consentHelp') },
    fields: [
      {
        type: 'row',
        fields: [
          actDate({ name: 'givenOn' }),
          {
            name: 'how',
            type: 'select',
            label: fieldLabel('how'),
            options: optionsOf('consentWay', CONSENT_WAYS),
          },
        ],
      },
      { name: 'scope', type: 'textarea', label: fieldLabel('scope') },
    ],
  },
  {
    name: 'uwv',
    type: 'group',
    label: fieldLabel('uwv'),
    fields: [
      { name: 'isUwvClient', type: 'checkbox', label: fieldLabel('isUwvClient') },
      {
        type: 'row',
        admin: { condition: (_, sibling) => Boolean(sibling?.isUwvClient) },
        fields: [
          text('labourExpertName'),
          { name: 'labourExpertEmail', type: 'email', label: fieldLabel('labourExpertEmail') },
        ],
      },
    ],
  },
]

/** The handling: who, the acknowledgement, hearings (hoor en wederhoor), extensions. */
export const handlingFields = ({
  slugs,
  users,
  appointable,
}: Pick<PluginContext, 'slugs' | 'users' | 'appointable'>): Field[] => [
  {
    type: 'row',
    fields: [
      appointed(people(users, 'handler'), appointable),
      appointed({
        name: 'committee',
        type: 'relationship',
        relationTo: slugs.committees,
        label: fieldLabel('committee'),
      }),
    ],
  },
  actDate({ name: 'acknowledgedOn' }),
  {
    type: 'row',
    fields: [
      actDate({ name: 'nonAdmittedOn' }),
      {
        name: 'nonAdmissionMotivation',
        type: 'textarea',
        label: fieldLabel('nonAdmissionMotivation'),
      },
    ],
  },
  {
    name: 'hearings',
    type: 'array',
    labels: rowLabels('hearing', 'hearings'),
    label: fieldLabel('hearings'),
    fields: [
      {
        type: 'row',
        fields: [
          isoDateField({ name: 'date' }),
          {
            name: 'heard',
            type: 'select',
            label: fieldLabel('heard'),
            options: optionsOf('heard', HEARING_PARTIES),
          },
          text('party'),
          { name: 'waived', type: 'checkbox', label: fieldLabel('waived') },
        ],
      },
      // Where and when the conversation is, and who take part: what the invitation tells.
      {
        type: 'row',
        fields: [
          text('time', {
            admin: { placeholder: '14:30' },
            validate: validTime,
          } as Partial<Field>),
          text('place'),
          text('attendees'),
        ],
      },
      { name: 'summary', type: 'textarea', label: fieldLabel('minutes') },
    ],
  },
  {
    name: 'extensions',
    type: 'array',
    labels: rowLabels('extension', 'extensions'),
    label: fieldLabel('extensions'),
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            type: 'select',
            required: true,
            defaultValue: 'fixed',
            label: fieldLabel('extensionKind'),
            options: optionsOf('extensionKind', ['fixed', 'agreed']),
          },
          actDate({ name: 'announcedOn' }),
          isoDateField({ name: 'newDate' }),
        ],
      },
      { name: 'reason', type: 'textarea', label: fieldLabel('reason') },
    ],
  },
]

/** The decision (uitspraak) and how the complaint ended. */
export const decisionFields: Field[] = [
  {
    type: 'row',
    fields: [
      actDate({ name: 'decidedOn', overrides: { index: true } }),
      {
        name: 'outcome',
        type: 'select',
        label: fieldLabel('outcome'),
        options: optionsOf('outcome', ['founded', 'partlyFounded', 'unfounded']),
      },
    ],
  },
  { name: 'reasoning', type: 'richText', label: fieldLabel('reasoning') },
  { name: 'measures', type: 'textarea', label: fieldLabel('measures') },
  // The yearly report lists complaints not handled within term with this explanation.
  { name: 'delayExplanation', type: 'textarea', label: fieldLabel('delayExplanation') },
  {
    type: 'row',
    fields: [
      actDate({ name: 'closedOn' }),
      actDate({ name: 'withdrawnOn' }),
      actDate({ name: 'resolvedOn' }),
    ],
  },
  {
    type: 'row',
    fields: [actDate({ name: 'dissatisfiedOn' }), actDate({ name: 'newInformationOn' })],
  },
]
