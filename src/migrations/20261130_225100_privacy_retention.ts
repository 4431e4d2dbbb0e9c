import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_regulations_rules_retention_unit" AS ENUM('months', 'years');
  CREATE TYPE "public"."enum_regulations_rules_retention_from" AS ENUM('closure', 'lastAct');
  ALTER TYPE "public"."enum_complaint_audit_log_action" ADD VALUE 'anonymised';
  ALTER TYPE "public"."enum_complaint_audit_log_action" ADD VALUE 'erased';
  ALTER TYPE "public"."enum_complaint_audit_log_action" ADD VALUE 'exported';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'anonymiseComplaints';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'anonymiseComplaints';
  ALTER TABLE "regulations" ADD COLUMN "rules_retention_amount" numeric DEFAULT 2;
  ALTER TABLE "regulations" ADD COLUMN "rules_retention_unit" "enum_regulations_rules_retention_unit" DEFAULT 'years';
  ALTER TABLE "regulations" ADD COLUMN "rules_retention_from" "enum_regulations_rules_retention_from" DEFAULT 'closure';
  ALTER TABLE "complaints" ADD COLUMN "legal_hold" boolean DEFAULT false;
  ALTER TABLE "complaints" ADD COLUMN "legal_hold_reason" varchar;
  ALTER TABLE "complaints" ADD COLUMN "anonymised_on" timestamp(3) with time zone;
  ALTER TABLE "complaints" ADD COLUMN "erasure_reason" varchar;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_legal_hold" boolean DEFAULT false;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_legal_hold_reason" varchar;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_anonymised_on" timestamp(3) with time zone;
  ALTER TABLE "_complaints_v" ADD COLUMN "version_erasure_reason" varchar;
  CREATE INDEX "complaints_anonymised_on_idx" ON "complaints" USING btree ("anonymised_on");
  CREATE INDEX "_complaints_v_version_version_anonymised_on_idx" ON "_complaints_v" USING btree ("version_anonymised_on");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "complaint_audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_complaint_audit_log_action";
  CREATE TYPE "public"."enum_complaint_audit_log_action" AS ENUM('deleted');
  ALTER TABLE "complaint_audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_complaint_audit_log_action" USING "action"::"public"."enum_complaint_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendLetter', 'notifyNewComplaint', 'draftOwedLetters', 'deadlineDigest');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendLetter', 'notifyNewComplaint', 'draftOwedLetters', 'deadlineDigest');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "complaints_anonymised_on_idx";
  DROP INDEX "_complaints_v_version_version_anonymised_on_idx";
  ALTER TABLE "regulations" DROP COLUMN "rules_retention_amount";
  ALTER TABLE "regulations" DROP COLUMN "rules_retention_unit";
  ALTER TABLE "regulations" DROP COLUMN "rules_retention_from";
  ALTER TABLE "complaints" DROP COLUMN "legal_hold";
  ALTER TABLE "complaints" DROP COLUMN "legal_hold_reason";
  ALTER TABLE "complaints" DROP COLUMN "anonymised_on";
  ALTER TABLE "complaints" DROP COLUMN "erasure_reason";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_legal_hold";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_legal_hold_reason";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_anonymised_on";
  ALTER TABLE "_complaints_v" DROP COLUMN "version_erasure_reason";
  DROP TYPE "public"."enum_regulations_rules_retention_unit";
  DROP TYPE "public"."enum_regulations_rules_retention_from";`)
}
