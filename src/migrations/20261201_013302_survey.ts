import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_complaints_satisfaction_handled_well" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum_complaints_satisfaction_via" AS ENUM('online', 'phone', 'letter', 'email', 'inPerson');
  CREATE TYPE "public"."enum__complaints_v_version_satisfaction_handled_well" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum__complaints_v_version_satisfaction_via" AS ENUM('online', 'phone', 'letter', 'email', 'inPerson');
  ALTER TYPE "public"."enum_complaint_audit_log_action" ADD VALUE 'surveyAnswered';
  DROP INDEX "complaints_report_facts_idx";
  ALTER TABLE "complaints" ADD COLUMN "survey_token" varchar;
  ALTER TABLE "complaints" ADD COLUMN "satisfaction_handled_well" "enum_complaints_satisfaction_handled_well";
  ALTER TABLE "complaints" ADD COLUMN "satisfaction_answered_on" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "satisfaction_via" "enum_complaints_satisfaction_via";
  ALTER TABLE "_complaints_v" ADD COLUMN "version_survey_token" varchar;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_satisfaction_handled_well" "enum__complaints_v_version_satisfaction_handled_well";
  ALTER TABLE "_complaints_v" ADD COLUMN "version_satisfaction_answered_on" timestamp(3) with time zone;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_satisfaction_via" "enum__complaints_v_version_satisfaction_via";
  CREATE UNIQUE INDEX "complaints_survey_token_idx" ON "complaints" USING btree ("survey_token");
  CREATE INDEX "_complaints_v_version_version_survey_token_idx" ON "_complaints_v" USING btree ("version_survey_token");
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
   ALTER TABLE "complaint_audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_complaint_audit_log_action";
  CREATE TYPE "public"."enum_complaint_audit_log_action" AS ENUM('deleted', 'anonymised', 'erased', 'exported');
  ALTER TABLE "complaint_audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_complaint_audit_log_action" USING "action"::"public"."enum_complaint_audit_log_action";
  DROP INDEX "complaints_survey_token_idx";
  DROP INDEX "_complaints_v_version_version_survey_token_idx";
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
  ALTER TABLE "complaints" DROP COLUMN "survey_token";
  ALTER TABLE "complaints" DROP COLUMN "satisfaction_handled_well";
  ALTER TABLE "complaints" DROP COLUMN "satisfaction_answered_on";
  ALTER TABLE "complaints" DROP COLUMN "satisfaction_via";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_survey_token";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_satisfaction_handled_well";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_satisfaction_answered_on";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_satisfaction_via";
  DROP TYPE "public"."enum_complaints_satisfaction_handled_well";
  DROP TYPE "public"."enum_complaints_satisfaction_via";
  DROP TYPE "public"."enum__complaints_v_version_satisfaction_handled_well";
  DROP TYPE "public"."enum__complaints_v_version_satisfaction_via";`)
}
