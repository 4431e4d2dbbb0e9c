import type { Field, PayloadRequest } from 'payload'

import {
  CLIENT_DETAILS,
  COMPLAINANT_ROLES,
  COMPLAINT_FIELDS,
  ESCALATION_AUDIENCES,
  REVIEW_PERIODS,
} from '../../src/procedure/rules'
import { RETENTION_STARTS } from '../../src/privacy/retention'
import { translate } from '../../src/translations'
import { languageOf } from '../../src/translations/text'
import { TERM_UNITS } from '../../src/procedure/terms'
import { isoDateField } from '../fields/isoDateField'
import { fieldLabel, optionsOf, rowLabels } from '../fields/labels'
import { localizedTextField } from '../fields/localizedTextField'
import { termField } from '../fields/termField'

/** A yes/no rule; `help` names the translation that explains the duty it carries. */
const checkbox = (name: string, defaultValue = false, help?: string): Field => ({
  name,
  type: 'checkbox',
  label: fieldLabel(name),
  defaultValue,
  ...(help ? { admin: { description: fieldLabel(help) } } : {}),
})

const terms: Field[] = [
  termField({ name: 'acknowledgement' }),
  termField({ name: 'nonAdmission' }),
  checkbox('nonAdmissionMotivationRequired'),
  termField({ name: 'decision' }),
  checkbox('decisionReasoned'),
  checkbox('decisionInWriting', true),
  checkbox('foundedVerdict'),
  {
    name: 'extension',
    type: 'group',
    label: fieldLabel('extension'),
    fields: [
      {
        name: 'kind',
        type: 'select',
        label: fieldLabel('extensionKind'),
        required: true,
        defaultValue: 'none',
        options: optionsOf('extensionKind', ['none', 'fixed', 'agreed']),
      },
      {
        type: 'row',
        admin: { condition: (_, sibling) => sibling?.kind === 'fixed' },
        fields: [
          { name: 'amount', type: 'number', min: 1, label: fieldLabel('amount') },
          {
            name: 'unit',
            type: 'select',
            label: fieldLabel('unit'),
            defaultValue: 'weeks',
            options: optionsOf('unit', TERM_UNITS),
          },
        ],
      },
      {
        ...termField({ name: 'max', anchored: false }),
        admin: { condition: (_, sibling) => sibling?.kind === 'fixed' },
      },
      {
        type: 'row',
        admin: {
          condition: (_, sibling) => sibling?.kind === 'fixed' || sibling?.kind === 'agreed',
        },
        fields: [checkbox('requireNewDate'), checkbox('requireReason')],
      },
    ],
  },
  termField({ name: 'appeal' }),
  termField({ name: 'appealDecision' }),
  checkbox('appealReviewerIndependent'),
  termField({ name: 'externalOfficerContact' }),
  termField({ name: 'reportThreshold' }),
  {
    name: 'reportNonAdmissionAgainst',
    type: 'select',
    required: true,
    defaultValue: 'nonAdmissionTerm',
    label: fieldLabel('reportNonAdmissionAgainst'),
    options: optionsOf('reportNonAdmission', ['nonAdmissionTerm', 'reportThreshold']),
  },
]

const admissibility: Field[] = [
  termField({ name: 'maxEventAge', anchored: false }),
  {
    name: 'excludedSubjects',
    type: 'array',
    labels: rowLabels('excludedSubject', 'excludedSubjects'),
    label: fieldLabel('excludedSubjects'),
    fields: [
      { name: 'key', type: 'text', required: true, label: fieldLabel('key') },
      localizedTextField({ name: 'label' }),
    ],
  },
  checkbox('writtenOnly'),
  checkbox('writtenConfirmationRequested'),
  {
    name: 'oralIntake',
    type: 'select',
    label: fieldLabel('oralIntake'),
    defaultValue: 'staffRecordsForm',
    options: optionsOf('oralIntake', ['staffRecordsForm', 'complainantWrites']),
  },
  {
    name: 'requiredFields',
    type: 'select',
    hasMany: true,
    label: fieldLabel('requiredFields'),
    options: optionsOf('complaintField', COMPLAINT_FIELDS),
  },
  {
    name: 'complainantRoles',
    type: 'select',
    hasMany: true,
    label: fieldLabel('complainantRoles'),
    options: optionsOf('role', COMPLAINANT_ROLES),
  },
  {
    name: 'clientDetails',
    type: 'select',
    hasMany: true,
    label: fieldLabel('clientDetails'),
    admin: { description: fieldLabel('clientDetailsHelp') },
    options: optionsOf('clientDetail', CLIENT_DETAILS),
  },
]

const handling: Field[] = [
  {
    name: 'handling',
    type: 'group',
    label: fieldLabel('handling'),
    fields: [
      {
        name: 'kind',
        type: 'select',
        required: true,
        defaultValue: 'handler',
        label: fieldLabel('handlingKind'),
        options: optionsOf('handlingKind', ['committee', 'handler', 'directie']),
      },
      {
        name: 'committeeSize',
        type: 'number',
        min: 1,
        label: fieldLabel('committeeSize'),
        admin: { condition: (_, sibling) => sibling?.kind === 'committee' },
      },
    ],
  },
  checkbox('hearingRequired', false, 'hearingRequiredHelp'),
  checkbox('complainantConsulted'),
  checkbox('consentToConsultOthers', false, 'consentToConsultOthersHelp'),
  checkbox('reopenOnNewInformation'),
  checkbox('newInvestigationOnDissatisfaction'),
  checkbox('informUwvLabourExpert'),
  checkbox('informDirectie', true),
  // IN FOCUS Samen: the regulation is brought to each client's attention at the start of the trajectory.
  {
    ...checkbox('informClientsAtStart'),
    admin: { description: fieldLabel('informClientsAtStartHelp') },
  } as Field,
  termField({
    name: 'informClientsWithin',
    anchored: false,
    defaults: { unit: 'workingDays' },
    description: {
      description: fieldLabel('informClientsWithinHelp'),
      condition: (_, sibling) => Boolean(sibling?.informClientsAtStart),
    },
  }),
  {
    ...checkbox('askSatisfaction'),
    admin: { description: fieldLabel('askSatisfactionHelp') },
  } as Field,
  checkbox('employeeFeedback'),
  checkbox('teamDiscussion'),
  {
    name: 'reviewPeriod',
    type: 'select',
    required: true,
    defaultValue: 'none',
    label: fieldLabel('reviewPeriod'),
    options: optionsOf('reviewPeriod', REVIEW_PERIODS),
  },
  {
    name: 'escalationBodies',
    type: 'array',
    labels: rowLabels('escalationBody', 'escalationBodies'),
    label: fieldLabel('escalationBodies'),
    fields: [
      { name: 'name', type: 'text', required: true, label: fieldLabel('name') },
      { name: 'contact', type: 'text', label: fieldLabel('contact') },
      localizedTextField({ name: 'description', textarea: true }),
      termField({ name: 'responseTerm', anchored: false }),
      {
        name: 'appliesTo',
        type: 'select',
        required: true,
        defaultValue: 'everyone',
        label: fieldLabel('appliesTo'),
        options: optionsOf('escalationAudience', ESCALATION_AUDIENCES),
      },
      checkbox('anyMoment'),
    ],
  },
  {
    name: 'internalStages',
    type: 'array',
    labels: rowLabels('internalStage', 'internalStages'),
    label: fieldLabel('internalStages'),
    admin: { description: fieldLabel('internalStagesHelp') },
    fields: [
      { name: 'key', type: 'text', required: true, label: fieldLabel('key') },
      localizedTextField({ name: 'label' }),
    ],
  },
]

const holidays: Field[] = [
  {
    name: 'holidays',
    type: 'group',
    label: fieldLabel('holidays'),
    fields: [
      checkbox('goodFriday'),
      {
        name: 'liberationDay',
        type: 'select',
        required: true,
        defaultValue: 'never',
        label: fieldLabel('liberationDay'),
        options: optionsOf('liberationDay', ['never', 'lustrum', 'always']),
      },
      {
        name: 'closedOn',
        type: 'array',
        labels: rowLabels('closedOn', 'closedOn'),
        label: fieldLabel('closedOn'),
        fields: [
          isoDateField({ name: 'date', overrides: { required: true } }),
          { name: 'name', type: 'text', label: fieldLabel('name') },
        ],
      },
    ],
  },
]

/**
 * The commissioning parties (opdrachtgevers) a complaint can be recorded under, and whether they
 * see their complaints (src/reports/partyReport.ts).
 */
/** A complaint names its party by the key, so a key names one party. */
const keysOnce = (value: unknown, { req }: { req: PayloadRequest }): true | string => {
  const keys = ((value as { key?: string }[] | null | undefined) ?? []).map((row) => row?.key)
  const twice = keys.find((key, i) => key && keys.indexOf(key) !== i)
  if (!twice) return true
  const lang = languageOf(req)
  return `${translate('field.commissioningParties', lang)}: ${translate('refusal.commissioningPartyKeyTwice', lang).replace('{key}', twice)}`
}

const commissioningParties: Field[] = [
  {
    ...checkbox('commissioningPartyInsight'),
    admin: { description: fieldLabel('commissioningPartyInsightHelp') },
  } as Field,
  {
    name: 'commissioningParties',
    type: 'array',
    labels: rowLabels('commissioningParty', 'commissioningParties'),
    label: fieldLabel('commissioningParties'),
    admin: { description: fieldLabel('commissioningPartiesHelp') },
    validate: keysOnce,
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'key', type: 'text', required: true, label: fieldLabel('key') },
          { name: 'name', type: 'text', required: true, label: fieldLabel('name') },
        ],
      },
    ],
  },
]

/**
 * How long a file is kept (src/privacy/retention.ts): months or years from the closure or from
 * the last act; then the anonymisation job keeps only what the figures need.
 */
const privacy: Field[] = [
  termField({
    name: 'retention',
    anchored: false,
    defaults: { amount: 2, unit: 'years' },
    units: ['months', 'years'],
    description: { description: fieldLabel('retentionHelp') },
  }),
  {
    name: 'retentionFrom',
    type: 'select',
    // Optional, so API clients that predate it need not send it: empty counts from the closure.
    defaultValue: 'closure',
    label: fieldLabel('retentionFrom'),
    options: optionsOf('retentionFrom', RETENTION_STARTS),
  },
]

/** The rules of `RegulationRules`, as fields an admin edits; the tabs follow the regulation's chapters. */
export const rulesField: Field = {
  name: 'rules',
  type: 'group',
  label: fieldLabel('rules'),
  fields: [
    {
      type: 'tabs',
      tabs: [
        { label: fieldLabel('tabTerms'), fields: terms },
        { label: fieldLabel('tabAdmissibility'), fields: admissibility },
        { label: fieldLabel('tabHandling'), fields: handling },
        { label: fieldLabel('holidays'), fields: holidays },
        { label: fieldLabel('tabCommissioningParties'), fields: commissioningParties },
        { label: fieldLabel('tabPrivacy'), fields: privacy },
      ],
    },
  ],
}
