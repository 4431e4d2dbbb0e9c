import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'directie', 'handler', 'staff');
  CREATE TYPE "public"."enum_regulations_rules_required_fields" AS ENUM('name', 'address', 'city', 'phone', 'email', 'contact', 'description', 'eventsOn', 'desiredSolution', 'attachments');
  CREATE TYPE "public"."enum_regulations_rules_complainant_roles" AS ENUM('client', 'legalRepresentative', 'survivingRelative', 'legalEntity', 'commissioningParty', 'other');
  CREATE TYPE "public"."enum_regulations_rules_escalation_bodies_response_term_unit" AS ENUM('workingDays', 'calendarDays', 'weeks', 'months', 'years');
  CREATE TYPE "public"."enum_regulations_letter_templates_kind" AS ENUM('acknowledgement', 'writtenConfirmationRequest', 'committeeComposition', 'nonAdmission', 'extension', 'decision', 'closure', 'appealAcknowledgement', 'appealDecision', 'referral', 'satisfactionSurvey');
  CREATE TYPE "public"."enum_regulations_letter_templates_language" AS ENUM('nl', 'en');
  CREATE TYPE "public"."enum_regulations_rules_acknowledgement_unit" AS ENUM('workingDays', 'calendarDays', 'weeks', 'months', 'years');
  CREATE TYPE "public"."enum_regulations_rules_acknowledgement_from" AS ENUM('receipt', 'official', 'decision', 'appeal', 'referral');
  CREATE TYPE "public"."enum_regulations_rules_non_admission_unit" AS ENUM('workingDays', 'calendarDays', 'weeks', 'months', 'years');
  CREATE TYPE "public"."enum_regulations_rules_non_admission_from" AS ENUM('receipt', 'official', 'decision', 'appeal', 'referral');
  CREATE TYPE "public"."enum_regulations_rules_decision_unit" AS ENUM('workingDays', 'calendarDays', 'weeks', 'months', 'years');
  CREATE TYPE "public"."enum_regulations_rules_decision_from" AS ENUM('receipt', 'official', 'decision', 'appeal', 'referral');
  CREATE TYPE "public"."enum_regulations_rules_extension_kind" AS ENUM('none', 'fixed', 'agreed');
  CREATE TYPE "public"."enum_regulations_rules_extension_unit" AS ENUM('workingDays', 'calendarDays', 'weeks', 'months', 'years');
  CREATE TYPE "public"."enum_regulations_rules_extension_max_unit" AS ENUM('workingDays', 'calendarDays', 'weeks', 'months', 'years');
  CREATE TYPE "public"."enum_regulations_rules_appeal_unit" AS ENUM('workingDays', 'calendarDays', 'weeks', 'months', 'years');
  CREATE TYPE "public"."enum_regulations_rules_appeal_from" AS ENUM('receipt', 'official', 'decision', 'appeal', 'referral');
  CREATE TYPE "public"."enum_regulations_rules_appeal_decision_unit" AS ENUM('workingDays', 'calendarDays', 'weeks', 'months', 'years');
  CREATE TYPE "public"."enum_regulations_rules_appeal_decision_from" AS ENUM('receipt', 'official', 'decision', 'appeal', 'referral');
  CREATE TYPE "public"."enum_regulations_rules_external_officer_contact_unit" AS ENUM('workingDays', 'calendarDays', 'weeks', 'months', 'years');
  CREATE TYPE "public"."enum_regulations_rules_external_officer_contact_from" AS ENUM('receipt', 'official', 'decision', 'appeal', 'referral');
  CREATE TYPE "public"."enum_regulations_rules_report_threshold_unit" AS ENUM('workingDays', 'calendarDays', 'weeks', 'months', 'years');
  CREATE TYPE "public"."enum_regulations_rules_report_threshold_from" AS ENUM('receipt', 'official', 'decision', 'appeal', 'referral');
  CREATE TYPE "public"."enum_regulations_rules_max_event_age_unit" AS ENUM('workingDays', 'calendarDays', 'weeks', 'months', 'years');
  CREATE TYPE "public"."enum_regulations_rules_oral_intake" AS ENUM('staffRecordsForm', 'complainantWrites');
  CREATE TYPE "public"."enum_regulations_rules_handling_kind" AS ENUM('committee', 'handler', 'directie');
  CREATE TYPE "public"."enum_regulations_rules_holidays_liberation_day" AS ENUM('never', 'lustrum', 'always');
  CREATE TYPE "public"."enum_complaints_extensions_kind" AS ENUM('fixed', 'agreed');
  CREATE TYPE "public"."enum_complaints_status" AS ENUM('received', 'awaitingWrittenConfirmation', 'acknowledged', 'notAdmitted', 'inProgress', 'hearing', 'extended', 'decided', 'closed', 'appealed', 'appealDecided', 'reopened', 'withdrawn', 'resolvedInformally');
  CREATE TYPE "public"."enum_complaints_channel" AS ENUM('webForm', 'email', 'letter', 'phone', 'inPerson');
  CREATE TYPE "public"."enum_complaints_complainant_role" AS ENUM('client', 'legalRepresentative', 'survivingRelative', 'legalEntity', 'commissioningParty', 'other');
  CREATE TYPE "public"."enum_complaints_complainant_language" AS ENUM('nl', 'en');
  CREATE TYPE "public"."enum_complaints_outcome" AS ENUM('founded', 'partlyFounded', 'unfounded');
  CREATE TYPE "public"."enum_complaints_appeal_outcome" AS ENUM('founded', 'partlyFounded', 'unfounded');
  CREATE TYPE "public"."enum_complaints_next_deadline_kind" AS ENUM('acknowledgement', 'externalOfficerContact', 'nonAdmission', 'decision', 'decisionExtended', 'reportThreshold', 'appeal', 'appealDecision');
  CREATE TYPE "public"."enum__complaints_v_version_extensions_kind" AS ENUM('fixed', 'agreed');
  CREATE TYPE "public"."enum__complaints_v_version_status" AS ENUM('received', 'awaitingWrittenConfirmation', 'acknowledged', 'notAdmitted', 'inProgress', 'hearing', 'extended', 'decided', 'closed', 'appealed', 'appealDecided', 'reopened', 'withdrawn', 'resolvedInformally');
  CREATE TYPE "public"."enum__complaints_v_version_channel" AS ENUM('webForm', 'email', 'letter', 'phone', 'inPerson');
  CREATE TYPE "public"."enum__complaints_v_version_complainant_role" AS ENUM('client', 'legalRepresentative', 'survivingRelative', 'legalEntity', 'commissioningParty', 'other');
  CREATE TYPE "public"."enum__complaints_v_version_complainant_language" AS ENUM('nl', 'en');
  CREATE TYPE "public"."enum__complaints_v_version_outcome" AS ENUM('founded', 'partlyFounded', 'unfounded');
  CREATE TYPE "public"."enum__complaints_v_version_appeal_outcome" AS ENUM('founded', 'partlyFounded', 'unfounded');
  CREATE TYPE "public"."enum__complaints_v_version_next_deadline_kind" AS ENUM('acknowledgement', 'externalOfficerContact', 'nonAdmission', 'decision', 'decisionExtended', 'reportThreshold', 'appeal', 'appealDecision');
  CREATE TYPE "public"."enum_letters_kind" AS ENUM('acknowledgement', 'writtenConfirmationRequest', 'committeeComposition', 'nonAdmission', 'extension', 'decision', 'closure', 'appealAcknowledgement', 'appealDecision', 'referral', 'satisfactionSurvey');
  CREATE TYPE "public"."enum_letters_language" AS ENUM('nl', 'en');
  CREATE TYPE "public"."enum_letters_channel" AS ENUM('email', 'post');
  CREATE TYPE "public"."enum_letters_status" AS ENUM('draft', 'queued', 'sent', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendLetter', 'notifyNewComplaint', 'deadlineDigest');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendLetter', 'notifyNewComplaint', 'deadlineDigest');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "regulations_rules_excluded_subjects" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"label_nl" varchar,
  	"label_en" varchar
  );
  
  CREATE TABLE "regulations_rules_required_fields" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_regulations_rules_required_fields",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "regulations_rules_complainant_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_regulations_rules_complainant_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "regulations_rules_escalation_bodies" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"contact" varchar,
  	"description_nl" varchar,
  	"description_en" varchar,
  	"response_term_amount" numeric,
  	"response_term_unit" "enum_regulations_rules_escalation_bodies_response_term_unit" DEFAULT 'weeks'
  );
  
  CREATE TABLE "regulations_rules_holidays_closed_on" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "regulations_letter_templates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_regulations_letter_templates_kind" NOT NULL,
  	"language" "enum_regulations_letter_templates_language" DEFAULT 'nl' NOT NULL,
  	"subject" varchar,
  	"body" jsonb NOT NULL
  );
  
  CREATE TABLE "regulations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"organisation" varchar NOT NULL,
  	"client_category" varchar,
  	"version" varchar,
  	"effective_from" timestamp(3) with time zone NOT NULL,
  	"summary_nl" varchar,
  	"summary_en" varchar,
  	"text" jsonb,
  	"rules_acknowledgement_amount" numeric,
  	"rules_acknowledgement_unit" "enum_regulations_rules_acknowledgement_unit" DEFAULT 'weeks',
  	"rules_acknowledgement_from" "enum_regulations_rules_acknowledgement_from" DEFAULT 'receipt',
  	"rules_non_admission_amount" numeric,
  	"rules_non_admission_unit" "enum_regulations_rules_non_admission_unit" DEFAULT 'weeks',
  	"rules_non_admission_from" "enum_regulations_rules_non_admission_from" DEFAULT 'receipt',
  	"rules_non_admission_motivation_required" boolean DEFAULT false,
  	"rules_decision_amount" numeric,
  	"rules_decision_unit" "enum_regulations_rules_decision_unit" DEFAULT 'weeks',
  	"rules_decision_from" "enum_regulations_rules_decision_from" DEFAULT 'receipt',
  	"rules_decision_reasoned" boolean DEFAULT false,
  	"rules_decision_in_writing" boolean DEFAULT true,
  	"rules_founded_verdict" boolean DEFAULT false,
  	"rules_extension_kind" "enum_regulations_rules_extension_kind" DEFAULT 'none' NOT NULL,
  	"rules_extension_amount" numeric,
  	"rules_extension_unit" "enum_regulations_rules_extension_unit" DEFAULT 'weeks',
  	"rules_extension_max_amount" numeric,
  	"rules_extension_max_unit" "enum_regulations_rules_extension_max_unit" DEFAULT 'weeks',
  	"rules_appeal_amount" numeric,
  	"rules_appeal_unit" "enum_regulations_rules_appeal_unit" DEFAULT 'weeks',
  	"rules_appeal_from" "enum_regulations_rules_appeal_from" DEFAULT 'receipt',
  	"rules_appeal_decision_amount" numeric,
  	"rules_appeal_decision_unit" "enum_regulations_rules_appeal_decision_unit" DEFAULT 'weeks',
  	"rules_appeal_decision_from" "enum_regulations_rules_appeal_decision_from" DEFAULT 'receipt',
  	"rules_appeal_reviewer_independent" boolean DEFAULT false,
  	"rules_external_officer_contact_amount" numeric,
  	"rules_external_officer_contact_unit" "enum_regulations_rules_external_officer_contact_unit" DEFAULT 'weeks',
  	"rules_external_officer_contact_from" "enum_regulations_rules_external_officer_contact_from" DEFAULT 'receipt',
  	"rules_report_threshold_amount" numeric,
  	"rules_report_threshold_unit" "enum_regulations_rules_report_threshold_unit" DEFAULT 'weeks',
  	"rules_report_threshold_from" "enum_regulations_rules_report_threshold_from" DEFAULT 'receipt',
  	"rules_max_event_age_amount" numeric,
  	"rules_max_event_age_unit" "enum_regulations_rules_max_event_age_unit" DEFAULT 'weeks',
  	"rules_written_only" boolean DEFAULT false,
  	"rules_oral_intake" "enum_regulations_rules_oral_intake" DEFAULT 'staffRecordsForm',
  	"rules_handling_kind" "enum_regulations_rules_handling_kind" DEFAULT 'handler' NOT NULL,
  	"rules_handling_committee_size" numeric,
  	"rules_hearing_required" boolean DEFAULT false,
  	"rules_reopen_on_new_information" boolean DEFAULT false,
  	"rules_new_investigation_on_dissatisfaction" boolean DEFAULT false,
  	"rules_inform_uwv_labour_expert" boolean DEFAULT false,
  	"rules_inform_directie" boolean DEFAULT true,
  	"rules_ask_satisfaction" boolean DEFAULT false,
  	"rules_holidays_good_friday" boolean DEFAULT false,
  	"rules_holidays_liberation_day" "enum_regulations_rules_holidays_liberation_day" DEFAULT 'never' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "complaints_hearings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"party" varchar,
  	"waived" boolean,
  	"summary" varchar
  );
  
  CREATE TABLE "complaints_extensions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_complaints_extensions_kind" DEFAULT 'fixed' NOT NULL,
  	"announced_on" timestamp(3) with time zone,
  	"new_date" timestamp(3) with time zone,
  	"reason" varchar
  );
  
  CREATE TABLE "complaints_escalations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"body" varchar,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "complaints_improvement_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"owner_id" integer,
  	"due_on" timestamp(3) with time zone,
  	"done" boolean
  );
  
  CREATE TABLE "complaints" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"status" "enum_complaints_status" DEFAULT 'received' NOT NULL,
  	"regulation_id" integer NOT NULL,
  	"status_token" varchar,
  	"idempotency_key" varchar,
  	"received_on" timestamp(3) with time zone NOT NULL,
  	"channel" "enum_complaints_channel" DEFAULT 'webForm' NOT NULL,
  	"official_on" timestamp(3) with time zone,
  	"events_on" timestamp(3) with time zone,
  	"subject" varchar,
  	"excluded_subject" varchar,
  	"description" varchar NOT NULL,
  	"desired_solution" varchar,
  	"subject_employee_id" integer,
  	"subject_department" varchar,
  	"complainant_name" varchar,
  	"complainant_role" "enum_complaints_complainant_role" DEFAULT 'client',
  	"complainant_address" varchar,
  	"complainant_city" varchar,
  	"complainant_phone" varchar,
  	"complainant_email" varchar,
  	"complainant_language" "enum_complaints_complainant_language" DEFAULT 'nl',
  	"consent_to_contact_others" boolean,
  	"uwv_is_uwv_client" boolean,
  	"uwv_labour_expert_name" varchar,
  	"uwv_labour_expert_email" varchar,
  	"handler_id" integer,
  	"committee_id" integer,
  	"acknowledged_on" timestamp(3) with time zone,
  	"referred_on" timestamp(3) with time zone,
  	"non_admitted_on" timestamp(3) with time zone,
  	"non_admission_motivation" varchar,
  	"decided_on" timestamp(3) with time zone,
  	"outcome" "enum_complaints_outcome",
  	"reasoning" jsonb,
  	"measures" varchar,
  	"delay_explanation" varchar,
  	"closed_on" timestamp(3) with time zone,
  	"withdrawn_on" timestamp(3) with time zone,
  	"resolved_on" timestamp(3) with time zone,
  	"dissatisfied_on" timestamp(3) with time zone,
  	"new_information_on" timestamp(3) with time zone,
  	"appealed_on" timestamp(3) with time zone,
  	"appeal_reviewer_id" integer,
  	"appeal_decided_on" timestamp(3) with time zone,
  	"appeal_outcome" "enum_complaints_appeal_outcome",
  	"satisfaction_score" numeric,
  	"satisfaction_remark" varchar,
  	"next_deadline" timestamp(3) with time zone,
  	"next_deadline_kind" "enum_complaints_next_deadline_kind",
  	"deadlines_acknowledgement" timestamp(3) with time zone,
  	"deadlines_external_officer_contact" timestamp(3) with time zone,
  	"deadlines_non_admission" timestamp(3) with time zone,
  	"deadlines_decision" timestamp(3) with time zone,
  	"deadlines_decision_extended" timestamp(3) with time zone,
  	"deadlines_report_threshold" timestamp(3) with time zone,
  	"deadlines_appeal" timestamp(3) with time zone,
  	"deadlines_appeal_decision" timestamp(3) with time zone,
  	"deadline_explanations" jsonb,
  	"admissibility_issues" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "complaints_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"complaint_attachments_id" integer
  );
  
  CREATE TABLE "_complaints_v_version_hearings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"party" varchar,
  	"waived" boolean,
  	"summary" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_complaints_v_version_extensions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__complaints_v_version_extensions_kind" DEFAULT 'fixed' NOT NULL,
  	"announced_on" timestamp(3) with time zone,
  	"new_date" timestamp(3) with time zone,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_complaints_v_version_escalations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"body" varchar,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_complaints_v_version_improvement_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"owner_id" integer,
  	"due_on" timestamp(3) with time zone,
  	"done" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_complaints_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_reference" varchar,
  	"version_status" "enum__complaints_v_version_status" DEFAULT 'received' NOT NULL,
  	"version_regulation_id" integer NOT NULL,
  	"version_status_token" varchar,
  	"version_idempotency_key" varchar,
  	"version_received_on" timestamp(3) with time zone NOT NULL,
  	"version_channel" "enum__complaints_v_version_channel" DEFAULT 'webForm' NOT NULL,
  	"version_official_on" timestamp(3) with time zone,
  	"version_events_on" timestamp(3) with time zone,
  	"version_subject" varchar,
  	"version_excluded_subject" varchar,
  	"version_description" varchar NOT NULL,
  	"version_desired_solution" varchar,
  	"version_subject_employee_id" integer,
  	"version_subject_department" varchar,
  	"version_complainant_name" varchar,
  	"version_complainant_role" "enum__complaints_v_version_complainant_role" DEFAULT 'client',
  	"version_complainant_address" varchar,
  	"version_complainant_city" varchar,
  	"version_complainant_phone" varchar,
  	"version_complainant_email" varchar,
  	"version_complainant_language" "enum__complaints_v_version_complainant_language" DEFAULT 'nl',
  	"version_consent_to_contact_others" boolean,
  	"version_uwv_is_uwv_client" boolean,
  	"version_uwv_labour_expert_name" varchar,
  	"version_uwv_labour_expert_email" varchar,
  	"version_handler_id" integer,
  	"version_committee_id" integer,
  	"version_acknowledged_on" timestamp(3) with time zone,
  	"version_referred_on" timestamp(3) with time zone,
  	"version_non_admitted_on" timestamp(3) with time zone,
  	"version_non_admission_motivation" varchar,
  	"version_decided_on" timestamp(3) with time zone,
  	"version_outcome" "enum__complaints_v_version_outcome",
  	"version_reasoning" jsonb,
  	"version_measures" varchar,
  	"version_delay_explanation" varchar,
  	"version_closed_on" timestamp(3) with time zone,
  	"version_withdrawn_on" timestamp(3) with time zone,
  	"version_resolved_on" timestamp(3) with time zone,
  	"version_dissatisfied_on" timestamp(3) with time zone,
  	"version_new_information_on" timestamp(3) with time zone,
  	"version_appealed_on" timestamp(3) with time zone,
  	"version_appeal_reviewer_id" integer,
  	"version_appeal_decided_on" timestamp(3) with time zone,
  	"version_appeal_outcome" "enum__complaints_v_version_appeal_outcome",
  	"version_satisfaction_score" numeric,
  	"version_satisfaction_remark" varchar,
  	"version_next_deadline" timestamp(3) with time zone,
  	"version_next_deadline_kind" "enum__complaints_v_version_next_deadline_kind",
  	"version_deadlines_acknowledgement" timestamp(3) with time zone,
  	"version_deadlines_external_officer_contact" timestamp(3) with time zone,
  	"version_deadlines_non_admission" timestamp(3) with time zone,
  	"version_deadlines_decision" timestamp(3) with time zone,
  	"version_deadlines_decision_extended" timestamp(3) with time zone,
  	"version_deadlines_report_threshold" timestamp(3) with time zone,
  	"version_deadlines_appeal" timestamp(3) with time zone,
  	"version_deadlines_appeal_decision" timestamp(3) with time zone,
  	"version_deadline_explanations" jsonb,
  	"version_admissibility_issues" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_complaints_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"complaint_attachments_id" integer
  );
  
  CREATE TABLE "committees" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"chair_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "committees_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "letters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"complaint_id" integer NOT NULL,
  	"kind" "enum_letters_kind" NOT NULL,
  	"language" "enum_letters_language" DEFAULT 'nl',
  	"subject" varchar,
  	"body" jsonb,
  	"channel" "enum_letters_channel" DEFAULT 'email',
  	"recipient" varchar,
  	"status" "enum_letters_status" DEFAULT 'draft',
  	"sent_on" timestamp(3) with time zone,
  	"attempts" numeric DEFAULT 0,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "complaint_attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"regulations_id" integer,
  	"complaints_id" integer,
  	"committees_id" integer,
  	"letters_id" integer,
  	"complaint_attachments_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_rules_excluded_subjects" ADD CONSTRAINT "regulations_rules_excluded_subjects_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_rules_required_fields" ADD CONSTRAINT "regulations_rules_required_fields_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_rules_complainant_roles" ADD CONSTRAINT "regulations_rules_complainant_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_rules_escalation_bodies" ADD CONSTRAINT "regulations_rules_escalation_bodies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_rules_holidays_closed_on" ADD CONSTRAINT "regulations_rules_holidays_closed_on_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regulations_letter_templates" ADD CONSTRAINT "regulations_letter_templates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints_hearings" ADD CONSTRAINT "complaints_hearings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints_extensions" ADD CONSTRAINT "complaints_extensions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints_escalations" ADD CONSTRAINT "complaints_escalations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints_improvement_actions" ADD CONSTRAINT "complaints_improvement_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints_improvement_actions" ADD CONSTRAINT "complaints_improvement_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_regulation_id_regulations_id_fk" FOREIGN KEY ("regulation_id") REFERENCES "public"."regulations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_subject_employee_id_users_id_fk" FOREIGN KEY ("subject_employee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_appeal_reviewer_id_users_id_fk" FOREIGN KEY ("appeal_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaints_rels" ADD CONSTRAINT "complaints_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints_rels" ADD CONSTRAINT "complaints_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaints_rels" ADD CONSTRAINT "complaints_rels_complaint_attachments_fk" FOREIGN KEY ("complaint_attachments_id") REFERENCES "public"."complaint_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaints_v_version_hearings" ADD CONSTRAINT "_complaints_v_version_hearings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_complaints_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaints_v_version_extensions" ADD CONSTRAINT "_complaints_v_version_extensions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_complaints_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaints_v_version_escalations" ADD CONSTRAINT "_complaints_v_version_escalations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_complaints_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaints_v_version_improvement_actions" ADD CONSTRAINT "_complaints_v_version_improvement_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaints_v_version_improvement_actions" ADD CONSTRAINT "_complaints_v_version_improvement_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_complaints_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_parent_id_complaints_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_regulation_id_regulations_id_fk" FOREIGN KEY ("version_regulation_id") REFERENCES "public"."regulations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_subject_employee_id_users_id_fk" FOREIGN KEY ("version_subject_employee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_handler_id_users_id_fk" FOREIGN KEY ("version_handler_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_committee_id_committees_id_fk" FOREIGN KEY ("version_committee_id") REFERENCES "public"."committees"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_appeal_reviewer_id_users_id_fk" FOREIGN KEY ("version_appeal_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaints_v_rels" ADD CONSTRAINT "_complaints_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_complaints_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaints_v_rels" ADD CONSTRAINT "_complaints_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_complaints_v_rels" ADD CONSTRAINT "_complaints_v_rels_complaint_attachments_fk" FOREIGN KEY ("complaint_attachments_id") REFERENCES "public"."complaint_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "committees" ADD CONSTRAINT "committees_chair_id_users_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "committees_rels" ADD CONSTRAINT "committees_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."committees"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "committees_rels" ADD CONSTRAINT "committees_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letters" ADD CONSTRAINT "letters_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regulations_fk" FOREIGN KEY ("regulations_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaints_fk" FOREIGN KEY ("complaints_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_committees_fk" FOREIGN KEY ("committees_id") REFERENCES "public"."committees"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_letters_fk" FOREIGN KEY ("letters_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaint_attachments_fk" FOREIGN KEY ("complaint_attachments_id") REFERENCES "public"."complaint_attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "regulations_rules_excluded_subjects_order_idx" ON "regulations_rules_excluded_subjects" USING btree ("_order");
  CREATE INDEX "regulations_rules_excluded_subjects_parent_id_idx" ON "regulations_rules_excluded_subjects" USING btree ("_parent_id");
  CREATE INDEX "regulations_rules_required_fields_order_idx" ON "regulations_rules_required_fields" USING btree ("order");
  CREATE INDEX "regulations_rules_required_fields_parent_idx" ON "regulations_rules_required_fields" USING btree ("parent_id");
  CREATE INDEX "regulations_rules_complainant_roles_order_idx" ON "regulations_rules_complainant_roles" USING btree ("order");
  CREATE INDEX "regulations_rules_complainant_roles_parent_idx" ON "regulations_rules_complainant_roles" USING btree ("parent_id");
  CREATE INDEX "regulations_rules_escalation_bodies_order_idx" ON "regulations_rules_escalation_bodies" USING btree ("_order");
  CREATE INDEX "regulations_rules_escalation_bodies_parent_id_idx" ON "regulations_rules_escalation_bodies" USING btree ("_parent_id");
  CREATE INDEX "regulations_rules_holidays_closed_on_order_idx" ON "regulations_rules_holidays_closed_on" USING btree ("_order");
  CREATE INDEX "regulations_rules_holidays_closed_on_parent_id_idx" ON "regulations_rules_holidays_closed_on" USING btree ("_parent_id");
  CREATE INDEX "regulations_letter_templates_order_idx" ON "regulations_letter_templates" USING btree ("_order");
  CREATE INDEX "regulations_letter_templates_parent_id_idx" ON "regulations_letter_templates" USING btree ("_parent_id");
  CREATE INDEX "regulations_slug_idx" ON "regulations" USING btree ("slug");
  CREATE INDEX "regulations_effective_from_idx" ON "regulations" USING btree ("effective_from");
  CREATE INDEX "regulations_updated_at_idx" ON "regulations" USING btree ("updated_at");
  CREATE INDEX "regulations_created_at_idx" ON "regulations" USING btree ("created_at");
  CREATE INDEX "complaints_hearings_order_idx" ON "complaints_hearings" USING btree ("_order");
  CREATE INDEX "complaints_hearings_parent_id_idx" ON "complaints_hearings" USING btree ("_parent_id");
  CREATE INDEX "complaints_extensions_order_idx" ON "complaints_extensions" USING btree ("_order");
  CREATE INDEX "complaints_extensions_parent_id_idx" ON "complaints_extensions" USING btree ("_parent_id");
  CREATE INDEX "complaints_escalations_order_idx" ON "complaints_escalations" USING btree ("_order");
  CREATE INDEX "complaints_escalations_parent_id_idx" ON "complaints_escalations" USING btree ("_parent_id");
  CREATE INDEX "complaints_improvement_actions_order_idx" ON "complaints_improvement_actions" USING btree ("_order");
  CREATE INDEX "complaints_improvement_actions_parent_id_idx" ON "complaints_improvement_actions" USING btree ("_parent_id");
  CREATE INDEX "complaints_improvement_actions_owner_idx" ON "complaints_improvement_actions" USING btree ("owner_id");
  CREATE UNIQUE INDEX "complaints_reference_idx" ON "complaints" USING btree ("reference");
  CREATE INDEX "complaints_status_idx" ON "complaints" USING btree ("status");
  CREATE INDEX "complaints_regulation_idx" ON "complaints" USING btree ("regulation_id");
  CREATE UNIQUE INDEX "complaints_status_token_idx" ON "complaints" USING btree ("status_token");
  CREATE UNIQUE INDEX "complaints_idempotency_key_idx" ON "complaints" USING btree ("idempotency_key");
  CREATE INDEX "complaints_received_on_idx" ON "complaints" USING btree ("received_on");
  CREATE INDEX "complaints_subject_employee_idx" ON "complaints" USING btree ("subject_employee_id");
  CREATE INDEX "complaints_handler_idx" ON "complaints" USING btree ("handler_id");
  CREATE INDEX "complaints_committee_idx" ON "complaints" USING btree ("committee_id");
  CREATE INDEX "complaints_decided_on_idx" ON "complaints" USING btree ("decided_on");
  CREATE INDEX "complaints_appeal_reviewer_idx" ON "complaints" USING btree ("appeal_reviewer_id");
  CREATE INDEX "complaints_next_deadline_idx" ON "complaints" USING btree ("next_deadline");
  CREATE INDEX "complaints_deadlines_deadlines_acknowledgement_idx" ON "complaints" USING btree ("deadlines_acknowledgement");
  CREATE INDEX "complaints_deadlines_deadlines_external_officer_contact_idx" ON "complaints" USING btree ("deadlines_external_officer_contact");
  CREATE INDEX "complaints_deadlines_deadlines_non_admission_idx" ON "complaints" USING btree ("deadlines_non_admission");
  CREATE INDEX "complaints_deadlines_deadlines_decision_idx" ON "complaints" USING btree ("deadlines_decision");
  CREATE INDEX "complaints_deadlines_deadlines_decision_extended_idx" ON "complaints" USING btree ("deadlines_decision_extended");
  CREATE INDEX "complaints_deadlines_deadlines_report_threshold_idx" ON "complaints" USING btree ("deadlines_report_threshold");
  CREATE INDEX "complaints_deadlines_deadlines_appeal_idx" ON "complaints" USING btree ("deadlines_appeal");
  CREATE INDEX "complaints_deadlines_deadlines_appeal_decision_idx" ON "complaints" USING btree ("deadlines_appeal_decision");
  CREATE INDEX "complaints_updated_at_idx" ON "complaints" USING btree ("updated_at");
  CREATE INDEX "complaints_created_at_idx" ON "complaints" USING btree ("created_at");
  CREATE INDEX "complaints_rels_order_idx" ON "complaints_rels" USING btree ("order");
  CREATE INDEX "complaints_rels_parent_idx" ON "complaints_rels" USING btree ("parent_id");
  CREATE INDEX "complaints_rels_path_idx" ON "complaints_rels" USING btree ("path");
  CREATE INDEX "complaints_rels_users_id_idx" ON "complaints_rels" USING btree ("users_id");
  CREATE INDEX "complaints_rels_complaint_attachments_id_idx" ON "complaints_rels" USING btree ("complaint_attachments_id");
  CREATE INDEX "_complaints_v_version_hearings_order_idx" ON "_complaints_v_version_hearings" USING btree ("_order");
  CREATE INDEX "_complaints_v_version_hearings_parent_id_idx" ON "_complaints_v_version_hearings" USING btree ("_parent_id");
  CREATE INDEX "_complaints_v_version_extensions_order_idx" ON "_complaints_v_version_extensions" USING btree ("_order");
  CREATE INDEX "_complaints_v_version_extensions_parent_id_idx" ON "_complaints_v_version_extensions" USING btree ("_parent_id");
  CREATE INDEX "_complaints_v_version_escalations_order_idx" ON "_complaints_v_version_escalations" USING btree ("_order");
  CREATE INDEX "_complaints_v_version_escalations_parent_id_idx" ON "_complaints_v_version_escalations" USING btree ("_parent_id");
  CREATE INDEX "_complaints_v_version_improvement_actions_order_idx" ON "_complaints_v_version_improvement_actions" USING btree ("_order");
  CREATE INDEX "_complaints_v_version_improvement_actions_parent_id_idx" ON "_complaints_v_version_improvement_actions" USING btree ("_parent_id");
  CREATE INDEX "_complaints_v_version_improvement_actions_owner_idx" ON "_complaints_v_version_improvement_actions" USING btree ("owner_id");
  CREATE INDEX "_complaints_v_parent_idx" ON "_complaints_v" USING btree ("parent_id");
  CREATE INDEX "_complaints_v_version_version_reference_idx" ON "_complaints_v" USING btree ("version_reference");
  CREATE INDEX "_complaints_v_version_version_status_idx" ON "_complaints_v" USING btree ("version_status");
  CREATE INDEX "_complaints_v_version_version_regulation_idx" ON "_complaints_v" USING btree ("version_regulation_id");
  CREATE INDEX "_complaints_v_version_version_status_token_idx" ON "_complaints_v" USING btree ("version_status_token");
  CREATE INDEX "_complaints_v_version_version_idempotency_key_idx" ON "_complaints_v" USING btree ("version_idempotency_key");
  CREATE INDEX "_complaints_v_version_version_received_on_idx" ON "_complaints_v" USING btree ("version_received_on");
  CREATE INDEX "_complaints_v_version_version_subject_employee_idx" ON "_complaints_v" USING btree ("version_subject_employee_id");
  CREATE INDEX "_complaints_v_version_version_handler_idx" ON "_complaints_v" USING btree ("version_handler_id");
  CREATE INDEX "_complaints_v_version_version_committee_idx" ON "_complaints_v" USING btree ("version_committee_id");
  CREATE INDEX "_complaints_v_version_version_decided_on_idx" ON "_complaints_v" USING btree ("version_decided_on");
  CREATE INDEX "_complaints_v_version_version_appeal_reviewer_idx" ON "_complaints_v" USING btree ("version_appeal_reviewer_id");
  CREATE INDEX "_complaints_v_version_version_next_deadline_idx" ON "_complaints_v" USING btree ("version_next_deadline");
  CREATE INDEX "_complaints_v_version_deadlines_version_deadlines_acknow_idx" ON "_complaints_v" USING btree ("version_deadlines_acknowledgement");
  CREATE INDEX "_complaints_v_version_deadlines_version_deadlines_extern_idx" ON "_complaints_v" USING btree ("version_deadlines_external_officer_contact");
  CREATE INDEX "_complaints_v_version_deadlines_version_deadlines_non_ad_idx" ON "_complaints_v" USING btree ("version_deadlines_non_admission");
  CREATE INDEX "_complaints_v_version_deadlines_version_deadlines_decisi_idx" ON "_complaints_v" USING btree ("version_deadlines_decision");
  CREATE INDEX "_complaints_v_version_deadlines_version_deadlines_deci_1_idx" ON "_complaints_v" USING btree ("version_deadlines_decision_extended");
  CREATE INDEX "_complaints_v_version_deadlines_version_deadlines_report_idx" ON "_complaints_v" USING btree ("version_deadlines_report_threshold");
  CREATE INDEX "_complaints_v_version_deadlines_version_deadlines_appeal_idx" ON "_complaints_v" USING btree ("version_deadlines_appeal");
  CREATE INDEX "_complaints_v_version_deadlines_version_deadlines_appe_1_idx" ON "_complaints_v" USING btree ("version_deadlines_appeal_decision");
  CREATE INDEX "_complaints_v_version_version_updated_at_idx" ON "_complaints_v" USING btree ("version_updated_at");
  CREATE INDEX "_complaints_v_version_version_created_at_idx" ON "_complaints_v" USING btree ("version_created_at");
  CREATE INDEX "_complaints_v_created_at_idx" ON "_complaints_v" USING btree ("created_at");
  CREATE INDEX "_complaints_v_updated_at_idx" ON "_complaints_v" USING btree ("updated_at");
  CREATE INDEX "_complaints_v_rels_order_idx" ON "_complaints_v_rels" USING btree ("order");
  CREATE INDEX "_complaints_v_rels_parent_idx" ON "_complaints_v_rels" USING btree ("parent_id");
  CREATE INDEX "_complaints_v_rels_path_idx" ON "_complaints_v_rels" USING btree ("path");
  CREATE INDEX "_complaints_v_rels_users_id_idx" ON "_complaints_v_rels" USING btree ("users_id");
  CREATE INDEX "_complaints_v_rels_complaint_attachments_id_idx" ON "_complaints_v_rels" USING btree ("complaint_attachments_id");
  CREATE INDEX "committees_chair_idx" ON "committees" USING btree ("chair_id");
  CREATE INDEX "committees_updated_at_idx" ON "committees" USING btree ("updated_at");
  CREATE INDEX "committees_created_at_idx" ON "committees" USING btree ("created_at");
  CREATE INDEX "committees_rels_order_idx" ON "committees_rels" USING btree ("order");
  CREATE INDEX "committees_rels_parent_idx" ON "committees_rels" USING btree ("parent_id");
  CREATE INDEX "committees_rels_path_idx" ON "committees_rels" USING btree ("path");
  CREATE INDEX "committees_rels_users_id_idx" ON "committees_rels" USING btree ("users_id");
  CREATE INDEX "letters_complaint_idx" ON "letters" USING btree ("complaint_id");
  CREATE INDEX "letters_status_idx" ON "letters" USING btree ("status");
  CREATE INDEX "letters_updated_at_idx" ON "letters" USING btree ("updated_at");
  CREATE INDEX "letters_created_at_idx" ON "letters" USING btree ("created_at");
  CREATE INDEX "complaint_attachments_updated_at_idx" ON "complaint_attachments" USING btree ("updated_at");
  CREATE INDEX "complaint_attachments_created_at_idx" ON "complaint_attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "complaint_attachments_filename_idx" ON "complaint_attachments" USING btree ("filename");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_regulations_id_idx" ON "payload_locked_documents_rels" USING btree ("regulations_id");
  CREATE INDEX "payload_locked_documents_rels_complaints_id_idx" ON "payload_locked_documents_rels" USING btree ("complaints_id");
  CREATE INDEX "payload_locked_documents_rels_committees_id_idx" ON "payload_locked_documents_rels" USING btree ("committees_id");
  CREATE INDEX "payload_locked_documents_rels_letters_id_idx" ON "payload_locked_documents_rels" USING btree ("letters_id");
  CREATE INDEX "payload_locked_documents_rels_complaint_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("complaint_attachments_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "regulations_rules_excluded_subjects" CASCADE;
  DROP TABLE "regulations_rules_required_fields" CASCADE;
  DROP TABLE "regulations_rules_complainant_roles" CASCADE;
  DROP TABLE "regulations_rules_escalation_bodies" CASCADE;
  DROP TABLE "regulations_rules_holidays_closed_on" CASCADE;
  DROP TABLE "regulations_letter_templates" CASCADE;
  DROP TABLE "regulations" CASCADE;
  DROP TABLE "complaints_hearings" CASCADE;
  DROP TABLE "complaints_extensions" CASCADE;
  DROP TABLE "complaints_escalations" CASCADE;
  DROP TABLE "complaints_improvement_actions" CASCADE;
  DROP TABLE "complaints" CASCADE;
  DROP TABLE "complaints_rels" CASCADE;
  DROP TABLE "_complaints_v_version_hearings" CASCADE;
  DROP TABLE "_complaints_v_version_extensions" CASCADE;
  DROP TABLE "_complaints_v_version_escalations" CASCADE;
  DROP TABLE "_complaints_v_version_improvement_actions" CASCADE;
  DROP TABLE "_complaints_v" CASCADE;
  DROP TABLE "_complaints_v_rels" CASCADE;
  DROP TABLE "committees" CASCADE;
  DROP TABLE "committees_rels" CASCADE;
  DROP TABLE "letters" CASCADE;
  DROP TABLE "complaint_attachments" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_regulations_rules_required_fields";
  DROP TYPE "public"."enum_regulations_rules_complainant_roles";
  DROP TYPE "public"."enum_regulations_rules_escalation_bodies_response_term_unit";
  DROP TYPE "public"."enum_regulations_letter_templates_kind";
  DROP TYPE "public"."enum_regulations_letter_templates_language";
  DROP TYPE "public"."enum_regulations_rules_acknowledgement_unit";
  DROP TYPE "public"."enum_regulations_rules_acknowledgement_from";
  DROP TYPE "public"."enum_regulations_rules_non_admission_unit";
  DROP TYPE "public"."enum_regulations_rules_non_admission_from";
  DROP TYPE "public"."enum_regulations_rules_decision_unit";
  DROP TYPE "public"."enum_regulations_rules_decision_from";
  DROP TYPE "public"."enum_regulations_rules_extension_kind";
  DROP TYPE "public"."enum_regulations_rules_extension_unit";
  DROP TYPE "public"."enum_regulations_rules_extension_max_unit";
  DROP TYPE "public"."enum_regulations_rules_appeal_unit";
  DROP TYPE "public"."enum_regulations_rules_appeal_from";
  DROP TYPE "public"."enum_regulations_rules_appeal_decision_unit";
  DROP TYPE "public"."enum_regulations_rules_appeal_decision_from";
  DROP TYPE "public"."enum_regulations_rules_external_officer_contact_unit";
  DROP TYPE "public"."enum_regulations_rules_external_officer_contact_from";
  DROP TYPE "public"."enum_regulations_rules_report_threshold_unit";
  DROP TYPE "public"."enum_regulations_rules_report_threshold_from";
  DROP TYPE "public"."enum_regulations_rules_max_event_age_unit";
  DROP TYPE "public"."enum_regulations_rules_oral_intake";
  DROP TYPE "public"."enum_regulations_rules_handling_kind";
  DROP TYPE "public"."enum_regulations_rules_holidays_liberation_day";
  DROP TYPE "public"."enum_complaints_extensions_kind";
  DROP TYPE "public"."enum_complaints_status";
  DROP TYPE "public"."enum_complaints_channel";
  DROP TYPE "public"."enum_complaints_complainant_role";
  DROP TYPE "public"."enum_complaints_complainant_language";
  DROP TYPE "public"."enum_complaints_outcome";
  DROP TYPE "public"."enum_complaints_appeal_outcome";
  DROP TYPE "public"."enum_complaints_next_deadline_kind";
  DROP TYPE "public"."enum__complaints_v_version_extensions_kind";
  DROP TYPE "public"."enum__complaints_v_version_status";
  DROP TYPE "public"."enum__complaints_v_version_channel";
  DROP TYPE "public"."enum__complaints_v_version_complainant_role";
  DROP TYPE "public"."enum__complaints_v_version_complainant_language";
  DROP TYPE "public"."enum__complaints_v_version_outcome";
  DROP TYPE "public"."enum__complaints_v_version_appeal_outcome";
  DROP TYPE "public"."enum__complaints_v_version_next_deadline_kind";
  DROP TYPE "public"."enum_letters_kind";
  DROP TYPE "public"."enum_letters_language";
  DROP TYPE "public"."enum_letters_channel";
  DROP TYPE "public"."enum_letters_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
