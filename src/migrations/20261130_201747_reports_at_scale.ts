import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "complaints_owed_acknowledgement_idx" ON "complaints" USING btree ("deadlines_acknowledgement","id","handler_id","subject_employee_id","regulation_id","received_on","reference") WHERE "complaints"."acknowledged_on" is null and "complaints"."non_admitted_on" is null and "complaints"."withdrawn_on" is null and "complaints"."resolved_on" is null and "complaints"."deadlines_acknowledgement" is not null;
  CREATE INDEX "complaints_owed_non_admission_idx" ON "complaints" USING btree ("deadlines_non_admission","id","handler_id","subject_employee_id","regulation_id","received_on","reference") WHERE "complaints"."admissibility_issues" is not null and jsonb_typeof("complaints"."admissibility_issues") <> 'null' and "complaints"."non_admitted_on" is null and "complaints"."withdrawn_on" is null and "complaints"."resolved_on" is null and "complaints"."deadlines_non_admission" is not null;
  CREATE INDEX "complaints_owed_decision_idx" ON "complaints" USING btree ("deadlines_decision","id","handler_id","subject_employee_id","regulation_id","received_on","reference") WHERE "complaints"."deadlines_decision_extended" is null and "complaints"."decided_on" is null and "complaints"."non_admitted_on" is null and "complaints"."withdrawn_on" is null and "complaints"."resolved_on" is null and "complaints"."deadlines_decision" is not null;
  CREATE INDEX "complaints_owed_decision_extended_idx" ON "complaints" USING btree ("deadlines_decision_extended","id","handler_id","subject_employee_id","regulation_id","received_on","reference") WHERE "complaints"."decided_on" is null and "complaints"."non_admitted_on" is null and "complaints"."withdrawn_on" is null and "complaints"."resolved_on" is null and "complaints"."deadlines_decision_extended" is not null;
  CREATE INDEX "complaints_owed_appeal_decision_idx" ON "complaints" USING btree ("deadlines_appeal_decision","id","handler_id","subject_employee_id","regulation_id","received_on","reference") WHERE "complaints"."appeal_decided_on" is null and "complaints"."withdrawn_on" is null and "complaints"."deadlines_appeal_decision" is not null;
  CREATE INDEX "complaints_report_facts_idx" ON "complaints" USING btree ("received_on","subject_employee_id","regulation_id","id",((1 * ("non_admitted_on" is not null)::int
      + 2 * ("decided_on" is not null)::int
      + 4 * ("withdrawn_on" is not null)::int
      + 8 * ("resolved_on" is not null)::int
      + 16 * (floor((date_part('epoch', least("decided_on", "non_admitted_on", "withdrawn_on", "resolved_on") - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int is not null and (floor((date_part('epoch', "deadlines_report_threshold" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int is null or floor((date_part('epoch', least("decided_on", "non_admitted_on", "withdrawn_on", "resolved_on") - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int <= floor((date_part('epoch', "deadlines_report_threshold" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int))::int
      + 32 * (coalesce(floor((date_part('epoch', least("decided_on", "non_admitted_on", "withdrawn_on", "resolved_on") - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int > floor((date_part('epoch', "deadlines_report_threshold" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int, false))::int
      + 64 * (case "outcome" when 'founded' then 1 when 'partlyFounded' then 2 when 'unfounded' then 3 else 0 end)
      + 256 * coalesce(round("satisfaction_score")::int, 0)
      + 2048 * coalesce(floor((date_part('epoch', "decided_on" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int - floor((date_part('epoch', "received_on" - '1970-01-01 00:00:00+00'::timestamptz) + 7200) / 86400)::int, 0))),"satisfaction_score","deadlines_report_threshold","decided_on","non_admitted_on","withdrawn_on","resolved_on","outcome");
  CREATE INDEX "complaints_rels_path_user_parent_idx" ON "complaints_rels" USING btree ("path","users_id","parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "complaints_owed_acknowledgement_idx";
  DROP INDEX "complaints_owed_non_admission_idx";
  DROP INDEX "complaints_owed_decision_idx";
  DROP INDEX "complaints_owed_decision_extended_idx";
  DROP INDEX "complaints_owed_appeal_decision_idx";
  DROP INDEX "complaints_report_facts_idx";
  DROP INDEX "complaints_rels_path_user_parent_idx";`)
}
