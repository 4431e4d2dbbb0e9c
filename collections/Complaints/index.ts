import type { CollectionConfig } from 'payload'

import { assignReference } from '../../hooks/assignReference'
import { assignSurveyToken } from '../../hooks/assignSurveyToken'
import { bindRegulation } from '../../hooks/bindRegulation'
import { checkAttachmentOwnership } from '../../hooks/checkAttachmentOwnership'
import { checkCommissioningParty } from '../../hooks/checkCommissioningParty'
import { checkClient } from '../../hooks/checkClient'
import { checkExcludedSubject } from '../../hooks/checkExcludedSubject'
import { checkExtensions } from '../../hooks/checkExtensions'
import { checkInternalStages } from '../../hooks/checkInternalStages'
import { checkReferral } from '../../hooks/checkReferral'
import { checkOthersHeard } from '../../hooks/checkOthersHeard'
import { deleteLettersWithComplaint } from '../../hooks/deleteLettersWithComplaint'
import { draftOwedLetters } from '../../hooks/draftOwedLetters'
import { enforceTransition } from '../../hooks/enforceTransition'
import { keepAnonymised } from '../../hooks/keepAnonymised'
import { keepDecidedComplaints } from '../../hooks/keepDecidedComplaints'
import { keepOnlineAnswers } from '../../hooks/keepOnlineAnswers'
import { linkAttachments } from '../../hooks/linkAttachments'
import { recordDeletion } from '../../hooks/recordDeletion'
import { recordReads } from '../../hooks/recordReads'
import { recordSaver } from '../../hooks/recordSaver'
import { refuseMalformedData } from '../../hooks/refuseMalformedData'
import { refuseUnknownIds } from '../../hooks/refuseUnknownIds'
import { refuseStaleSave } from '../../hooks/refuseStaleSave'
import { serialiseSaves } from '../../hooks/serialiseSaves'
import { setParticipants } from '../../hooks/setParticipants'
import { storeDeadlines } from '../../hooks/storeDeadlines'
import { complaintAccess, computedField } from '../../src/access/complaintAccess'
import { investigateEndpoint } from '../../src/casework/investigate'
import { takeStepEndpoint } from '../../src/casework/takeStep'
import { eraseEndpoint } from '../../src/privacy/eraseEndpoint'
import { exportEndpoint } from '../../src/privacy/exportEndpoint'
import { partyReportEndpoint } from '../../src/reports/partyEndpoint'
import { COMPLAINT_STATUSES } from '../../src/procedure/lifecycle'
import { groupLabel, label } from '../../src/translations'
import { fieldLabel } from '../fields/labels'
import { appealFields, evaluationFields } from './afterDecisionFields'
import {
  complainantFields,
  complaintFields,
  decisionFields,
  handlingFields,
} from './complaintFields'
import { deadlineFields } from './deadlineFields'
import { privacyFields } from './privacyFields'
import { internalStagesField } from './internalStagesField'
import { referralFields } from './referralFields'

import type { PluginContext } from '../../src/pluginContext'

export const createComplaints = ({
  hasRole,
  slugs,
  users,
  components,
  appointable,
}: PluginContext): CollectionConfig => ({
  slug: slugs.complaints,
  labels: {
    singular: label('collection.complaints.singular'),
    plural: label('collection.complaints.plural'),
  },
  // The list starts work: the most pressing deadline first, found by reference, name or subject.
  defaultSort: 'nextDeadline',
  admin: {
    useAsTitle: 'reference',
    group: groupLabel('group.complaints'),
    listSearchableFields: ['reference', 'complainant.name', 'subject'],
    defaultColumns: [
      'reference',
      'nextDeadline',
      'nextDeadlineKind',
      'status',
      'complainant.name',
      'subject',
      'regulation',
      'handler',
    ],
  },
  access: complaintAccess(hasRole),
  // The audit trail: who changed what, and when.
  versions: { maxPerDoc: 0 },
  lockDocuments: { duration: 300 },
  hooks: {
    beforeOperation: [refuseUnknownIds, refuseMalformedData, serialiseSaves],
    beforeChange: [
      keepAnonymised,
      refuseStaleSave,
      bindRegulation,
      checkExcludedSubject,
      checkCommissioningParty,
      checkClient,
      checkAttachmentOwnership,
      checkExtensions,
      checkReferral,
      checkInternalStages,
      keepOnlineAnswers,
      checkOthersHeard,
      enforceTransition,
      storeDeadlines,
      assignSurveyToken,
      setParticipants,
      recordSaver,
    ],
    afterChange: [linkAttachments, draftOwedLetters],
    // The reference comes last: its lock serialises creates from that point until the commit.
    afterOperation: [assignReference, recordReads('complaints')],
    beforeDelete: [keepDecidedComplaints, deleteLettersWithComplaint],
    afterDelete: [recordDeletion],
  },
  endpoints: [
    takeStepEndpoint,
    investigateEndpoint,
    eraseEndpoint,
    exportEndpoint,
    partyReportEndpoint,
  ],
  fields: [
    // The case page above the tabs: header, next steps, letters and history.
    {
      name: 'caseOverview',
      type: 'ui',
      admin: { components: { Field: `${components.rsc}#CaseOverview` } },
    },
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      label: fieldLabel('reference'),
      access: computedField,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      index: true,
      label: fieldLabel('status'),
      options: COMPLAINT_STATUSES.map((value) => ({ value, label: label(`status.${value}`) })),
      // The stage moves by the case page's next steps (or the API), through the same hooks.
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'regulation',
      type: 'relationship',
      relationTo: slugs.regulations,
      required: true,
      label: fieldLabel('regulation'),
      admin: { position: 'sidebar' },
    },
    // Set when the complaint binds to a version that was not yet in force on its receipt date.
    {
      name: 'bindingNote',
      type: 'group',
      label: fieldLabel('bindingNote'),
      access: computedField,
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.bindingNote?.nl),
      },
      fields: [
        { name: 'nl', type: 'textarea', label: 'Nederlands' },
        { name: 'en', type: 'textarea', label: 'English' },
      ],
    },
    {
      name: 'participants',
      type: 'relationship',
      relationTo: users,
      hasMany: true,
      index: true,
      access: computedField,
      admin: { hidden: true },
    },
    // Who made this save: each version keeps it, for the case's timeline.
    {
      name: 'savedBy',
      type: 'relationship',
      relationTo: users,
      access: computedField,
      admin: { hidden: true },
    },
    // The public form's private status link, and the key that makes a retried submission create one complaint.
    {
      name: 'statusToken',
      type: 'text',
      unique: true,
      index: true,
      access: computedField,
      admin: { hidden: true },
    },
    // The private link to the satisfaction survey, made once the complaint is decided (src/survey).
    // Readable as the complaint is: the letters drafted after a person's save are drafted from it.
    {
      name: 'surveyToken',
      type: 'text',
      unique: true,
      index: true,
      access: computedField,
      admin: { hidden: true },
    },
    {
      name: 'idempotencyKey',
      type: 'text',
      unique: true,
      index: true,
      access: computedField,
      admin: { hidden: true },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: fieldLabel('tabComplaint'),
          fields: complaintFields({ slugs, users, components }),
        },
        { label: fieldLabel('complainant'), fields: complainantFields },
        {
          label: fieldLabel('tabHandling'),
          fields: [...handlingFields({ slugs, users, appointable }), internalStagesField],
        },
        { label: fieldLabel('tabDecision'), fields: decisionFields },
        { label: fieldLabel('tabReferral'), fields: referralFields({ users }) },
        { label: fieldLabel('tabAppeal'), fields: appealFields({ users, appointable }) },
        { label: fieldLabel('tabEvaluation'), fields: evaluationFields({ users }) },
        { label: fieldLabel('deadlines'), fields: deadlineFields(components) },
        { label: fieldLabel('tabPrivacy'), fields: privacyFields({ hasRole }) },
      ],
    },
  ],
})
