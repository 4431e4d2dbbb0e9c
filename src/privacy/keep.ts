/**
 * What an anonymised file keeps, by column: what the yearly report, the trends and the overdue
 * view count, and nothing that names or describes a person. Every other column of the tables
 * is emptied and every other sub-table's rows removed, so a field added later is removed too
 * until it is named here.
 */

/** The complaint itself: reference, regulation, stage, acts' dates, outcome, terms, satisfaction. */
export const COMPLAINT_KEEPS = new Set([
  'id',
  'reference',
  'status',
  'regulation_id',
  'binding_note_nl',
  'binding_note_en',
  'received_on',
  'channel',
  'official_on',
  'events_on',
  'excluded_subject',
  // Who complained (client, representative, relative) stays; the client a representative named
  // (client_name, client_number, client_date_of_birth) goes, like the complainant's identity.
  'complainant_role',
  // The party that commissioned the trajectory (UWV, a municipality): an organisation, not a
  // person; its report counts the file after anonymisation too.
  'commissioning_party',
  'complainant_language',
  'handler_id',
  'committee_id',
  'acknowledged_on',
  'referred_on',
  // The external body, who referred it, and its contact: the body's term and the report's count
  // (its advice is about the person and goes).
  'referred_to',
  'referred_by_id',
  'arrived_through_body',
  'body_contacted_on',
  'non_admitted_on',
  'decided_on',
  'outcome',
  'closed_on',
  'withdrawn_on',
  'resolved_on',
  'dissatisfied_on',
  'employee_feedback_on',
  'team_discussed_on',
  'new_information_on',
  'appealed_on',
  'appeal_reviewer_id',
  'appeal_decided_on',
  'appeal_outcome',
  // The survey's figures and how and when they came in; the comment is the complainant's own text.
  'satisfaction_score',
  'satisfaction_handled_well',
  'satisfaction_answered_on',
  'satisfaction_via',
  'next_deadline',
  'next_deadline_kind',
  'deadline_explanations',
  'admissibility_issues',
  // The report's lists of late and not admitted complaints show the organisation's own account.
  'delay_explanation',
  'non_admission_motivation',
  // That, when and how the complainant consented to others being consulted (IZW): it accounts for
  // the conversations with others the file keeps. What it covers is their own words, often naming
  // people: `consent_scope` is emptied.
  'consent_given_on',
  'consent_how',
  'legal_hold',
  'legal_hold_reason',
  'anonymised_on',
  'erasure_reason',
  'updated_at',
  'created_at',
])

/** Columns that start so are kept too: the stored terms. */
export const COMPLAINT_KEEP_PREFIXES = ['deadlines_']

/** The complaint's lists, by sub-table suffix: what each row keeps. Other lists lose their rows. */
export const LIST_KEEPS: Record<string, ReadonlySet<string>> = {
  // Who was heard and when; not the name, the minutes, nor the place, time and attendees of an invitation.
  _hearings: new Set(['date', 'heard', 'waived']),
  // The report's list of late complaints shows why the term was extended.
  _extensions: new Set(['kind', 'announced_on', 'new_date', 'reason']),
  _escalations: new Set(['body', 'date']),
  _improvement_actions: new Set(['due_on', 'done']),
  // The report counts complaints per internal stage; who handled it there is a colleague's name.
  _internal_stages: new Set(['stage', 'on']),
}

/** The relationships kept: who takes part, whose own views and reports count the complaint. */
export const RELATIONSHIP_KEEPS = new Set(['participants'])

/**
 * A letter keeps its kind, language, channel and what happened to it, not what it said or to whom
 * (a request for information or an invitation to someone else loses their name and address).
 */
export const LETTER_KEEPS = new Set([
  'id',
  'complaint_id',
  'kind',
  'language',
  'channel',
  'status',
  'sent_on',
  'attempts',
  'updated_at',
  'created_at',
])

/**
 * A client's record of being given the regulation keeps its dates, how and by whom, which the
 * yearly report counts; it loses who the client is and the note about them.
 */
export const NOTICE_KEEPS = new Set([
  'id',
  'regulation_id',
  'trajectory_started_on',
  'informed_on',
  'informed_how',
  'informed_by_id',
  'recorded_by_id',
  'notice_due_on',
  'notice_due_explanation_nl',
  'notice_due_explanation_en',
  'anonymised_on',
  'updated_at',
  'created_at',
])

/** The columns that hold a row in its place: never emptied. */
export const STRUCTURE = new Set([
  'id',
  '_order',
  '_parent_id',
  'order',
  'parent_id',
  'path',
  'locale',
  '_locale',
])
