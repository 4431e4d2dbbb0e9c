import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_regulations_rules_review_period" AS ENUM('none', 'quarter', 'year');
  CREATE TYPE "public"."enum_complaints_satisfaction_handled_well" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum_complaints_satisfaction_via" AS ENUM('online', 'phone', 'letter', 'email', 'inPerson');
  CREATE TYPE "public"."enum__complaints_v_version_satisfaction_handled_well" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum__complaints_v_version_satisfaction_via" AS ENUM('online', 'phone', 'letter', 'email', 'inPerson');
  CREATE TYPE "public"."enum_complaint_reviews_period" AS ENUM('q1', 'q2', 'q3', 'q4', 'year');
  ALTER TYPE "public"."enum_complaint_audit_log_action" ADD VALUE 'surveyAnswered';
  CREATE TABLE "complaint_reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"regulation_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"period" "enum_complaint_reviews_period" NOT NULL,
  	"reviewed_on" timestamp(3) with time zone NOT NULL,
  	"conclusions" varchar NOT NULL,
  	"measures" varchar,
  	"title" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "complaint_reviews_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  DROP INDEX "complaints_report_facts_idx";
  ALTER TABLE "regulations_rules_escalation_bodies" ADD COLUMN "any_moment" boolean DEFAULT false;
  ALTER TABLE "regulations" ADD COLUMN "rules_employee_feedback" boolean DEFAULT false;
  ALTER TABLE "regulations" ADD COLUMN "rules_team_discussion" boolean DEFAULT false;
  ALTER TABLE "regulations" ADD COLUMN "rules_review_period" "enum_regulations_rules_review_period" DEFAULT 'none' NOT NULL;
  ALTER TABLE "complaints" ADD COLUMN "survey_token" varchar;
  ALTER TABLE "complaints" ADD COLUMN "referred_to" varchar;
  ALTER TABLE "complaints" ADD COLUMN "referred_by_id" integer;
  ALTER TABLE "complaints" ADD COLUMN "arrived_through_body" boolean;
  ALTER TABLE "complaints" ADD COLUMN "body_contacted_on" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "body_advice" varchar;
  ALTER TABLE "complaints" ADD COLUMN "satisfaction_handled_well" "enum_complaints_satisfaction_handled_well";
  ALTER TABLE "complaints" ADD COLUMN "satisfaction_answered_on" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "satisfaction_via" "enum_complaints_satisfaction_via";
  ALTER TABLE "complaints" ADD COLUMN "employee_feedback_on" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "team_discussed_on" timestamp(3) with time zone;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_survey_token" varchar;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_referred_to" varchar;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_referred_by_id" integer;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_arrived_through_body" boolean;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_body_contacted_on" timestamp(3) with time zone;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_body_advice" varchar;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_satisfaction_handled_well" "enum__complaints_v_version_satisfaction_handled_well";
  ALTER TABLE "_complaints_v" ADD COLUMN "version_satisfaction_answered_on" timestamp(3) with time zone;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_satisfaction_via" "enum__complaints_v_version_satisfaction_via";
  ALTER TABLE "_complaints_v" ADD COLUMN "version_employee_feedback_on" timestamp(3) with time zone;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_team_discussed_on" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "complaint_reviews_id" integer;
  ALTER TABLE "complaint_reviews" ADD CONSTRAINT "complaint_reviews_regulation_id_regulations_id_fk" FOREIGN KEY ("regulation_id") REFERENCES "public"."regulations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_reviews_rels" ADD CONSTRAINT "complaint_reviews_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."complaint_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "complaint_reviews_rels" ADD CONSTRAINT "complaint_reviews_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "complaint_reviews_regulation_idx" ON "complaint_reviews" USING btree ("regulation_id");
  CREATE INDEX "complaint_reviews_updated_at_idx" ON "complaint_reviews" USING btree ("updated_at");
  CREATE INDEX "complaint_reviews_created_at_idx" ON "complaint_reviews" USING btree ("created_at");
  CREATE INDEX "complaint_reviews_rels_order_idx" ON "complaint_reviews_rels" USING btree ("order");
  CREATE INDEX "complaint_reviews_rels_parent_idx" ON "complaint_reviews_rels" USING btree ("parent_id");
  CREATE INDEX "complaint_reviews_rels_path_idx" ON "complaint_reviews_rels" USING btree ("path");
  CREATE INDEX "complaint_reviews_rels_users_id_idx" ON "complaint_reviews_rels" USING btree ("users_id");
  ALTER TABLE "complaints" ADD CONSTRAINT "complaints_referred_by_id_users_id_fk" FOREIGN KEY ("referred_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_complaints_v" ADD CONSTRAINT "_complaints_v_version_referred_by_id_users_id_fk" FOREIGN KEY ("version_referred_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_complaint_reviews_fk" FOREIGN KEY ("complaint_reviews_id") REFERENCES "public"."complaint_reviews"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "complaints_survey_token_idx" ON "complaints" USING btree ("survey_token");
  CREATE INDEX "complaints_referred_by_idx" ON "complaints" USING btree ("referred_by_id");
  CREATE INDEX "complaints_owed_external_officer_contact_idx" ON "complaints" USING btree ("deadlines_external_officer_contact","id","handler_id","subject_employee_id","regulation_id","received_on","reference") WHERE "complaints"."body_contacted_on" is null and "complaints"."withdrawn_on" is null and "complaints"."resolved_on" is null and "complaints"."deadlines_external_officer_contact" is not null;
  CREATE INDEX "_complaints_v_version_version_survey_token_idx" ON "_complaints_v" USING btree ("version_survey_token");
  CREATE INDEX "_complaints_v_version_version_referred_by_idx" ON "_complaints_v" USING btree ("version_referred_by_id");
  CREATE INDEX "payload_locked_documents_rels_complaint_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("complaint_reviews_id");
  CREATE INDEX "complaints_report_facts_idx" ON "complaints" USING btree ("received_on","subject_employee_id","regulation_id","id",((1 * ("non_admitted_on" is not null)::int
      + 2 * ("decided_on" is not null)::int
      + 4 * ("withdrawn_on" is not null)::int
      + 8 * ("resolved_on" is not null)::int
      + 16 * (floor((date_part('epoch', least("decided_on", "non_admitted_on", "withdrawn_on", "resolved_on") - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int is not null and (floor((date_part('epoch', "deadlines_report_threshold" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int is null or floor((date_part('epoch', least("decided_on", "non_admitted_on", "withdrawn_on", "resolved_on") - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int <= floor((date_part('epoch', "deadlines_report_threshold" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int))::int
      + 32 * (coalesce(floor((date_part('epoch', least("decided_on", "non_admitted_on", "withdrawn_on", "resolved_on") - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int > floor((date_part('epoch', "deadlines_report_threshold" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int, false))::int
      + 64 * (case "outcome" when 'founded' then 1 when 'partlyFounded' then 2 when 'unfounded' then 3 else 0 end)
      + 256 * coalesce(round("satisfaction_score")::int, 0)
      + 2048 * (case "satisfaction_handled_well" when 'yes' then 1 when 'no' then 2 else 0 end)
      + 8192 * coalesce(floor((date_part('epoch', "decided_on" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int - floor((date_part('epoch', "received_on" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int, 0))),"satisfaction_score","satisfaction_handled_well","deadlines_report_threshold","decided_on","non_admitted_on","withdrawn_on","resolved_on","outcome");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "complaint_reviews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaint_reviews_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "complaint_reviews" CASCADE;
  DROP TABLE "complaint_reviews_rels" CASCADE;
  ALTER TABLE "complaints" DROP CONSTRAINT "complaints_referred_by_id_users_id_fk";
  
  ALTER TABLE "_complaints_v" DROP CONSTRAINT "_complaints_v_version_referred_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_complaint_reviews_fk";
  
  ALTER TABLE "complaint_audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_complaint_audit_log_action";
  CREATE TYPE "public"."enum_complaint_audit_log_action" AS ENUM('deleted', 'anonymised', 'erased', 'exported');
  ALTER TABLE "complaint_audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_complaint_audit_log_action" USING "action"::"public"."enum_complaint_audit_log_action";
  DROP INDEX "complaints_survey_token_idx";
  DROP INDEX "complaints_referred_by_idx";
  DROP INDEX "complaints_owed_external_officer_contact_idx";
  DROP INDEX "_complaints_v_version_version_survey_token_idx";
  DROP INDEX "_complaints_v_version_version_referred_by_idx";
  DROP INDEX "payload_locked_documents_rels_complaint_reviews_id_idx";
  DROP INDEX "complaints_report_facts_idx";
  CREATE INDEX "complaints_report_facts_idx" ON "complaints" USING btree ("received_on","subject_employee_id","regulation_id","id",((1 * ("non_admitted_on" is not null)::int
      + 2 * ("decided_on" is not null)::int
      + 4 * ("withdrawn_on" is not null)::int
      + 8 * ("resolved_on" is not null)::int
      + 16 * (floor((date_part('epoch', least("decided_on", "non_admitted_on", "withdrawn_on", "resolved_on") - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int is not null and (floor((date_part('epoch', "deadlines_report_threshold" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int is null or floor((date_part('epoch', least("decided_on", "non_admitted_on", "withdrawn_on", "resolved_on") - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int <= floor((date_part('epoch', "deadlines_report_threshold" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int))::int
      + 32 * (coalesce(floor((date_part('epoch', least("decided_on", "non_admitted_on", "withdrawn_on", "resolved_on") - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int > floor((date_part('epoch', "deadlines_report_threshold" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int, false))::int
      + 64 * (case "outcome" when 'founded' then 1 when 'partlyFounded' then 2 when 'unfounded' then 3 else 0 end)
      + 256 * coalesce(round("satisfaction_score")::int, 0)
      + 2048 * coalesce(floor((date_part('epoch', "decided_on" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int - floor((date_part('epoch', "received_on" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int, 0))),"satisfaction_score","deadlines_report_threshold","decided_on","non_admitted_on","withdrawn_on","resolved_on","outcome");
  ALTER TABLE "regulations_rules_escalation_bodies" DROP COLUMN "any_moment";
  ALTER TABLE "regulations" DROP COLUMN "rules_employee_feedback";
  ALTER TABLE "regulations" DROP COLUMN "rules_team_discussion";
  ALTER TABLE "regulations" DROP COLUMN "rules_review_period";
  ALTER TABLE "complaints" DROP COLUMN "survey_token";
  ALTER TABLE "complaints" DROP COLUMN "referred_to";
  ALTER TABLE "complaints" DROP COLUMN "referred_by_id";
  ALTER TABLE "complaints" DROP COLUMN "arrived_through_body";
  ALTER TABLE "complaints" DROP COLUMN "body_contacted_on";
  ALTER TABLE "complaints" DROP COLUMN "body_advice";
  ALTER TABLE "complaints" DROP COLUMN "satisfaction_handled_well";
  ALTER TABLE "complaints" DROP COLUMN "satisfaction_answered_on";
  ALTER TABLE "complaints" DROP COLUMN "satisfaction_via";
  ALTER TABLE "complaints" DROP COLUMN "employee_feedback_on";
  ALTER TABLE "complaints" DROP COLUMN "team_discussed_on";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_survey_token";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_referred_to";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_referred_by_id";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_arrived_through_body";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_body_contacted_on";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_body_advice";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_satisfaction_handled_well";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_satisfaction_answered_on";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_satisfaction_via";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_employee_feedback_on";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_team_discussed_on";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "complaint_reviews_id";
  DROP TYPE "public"."enum_regulations_rules_review_period";
  DROP TYPE "public"."enum_complaints_satisfaction_handled_well";
  DROP TYPE "public"."enum_complaints_satisfaction_via";
  DROP TYPE "public"."enum__complaints_v_version_satisfaction_handled_well";
  DROP TYPE "public"."enum__complaints_v_version_satisfaction_via";
  DROP TYPE "public"."enum_complaint_reviews_period";`)
}
