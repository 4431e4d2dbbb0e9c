import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_regulations_rules_retention_unit" AS ENUM('months', 'years');
  CREATE TYPE "public"."enum_regulations_rules_retention_from" AS ENUM('closure', 'lastAct');
  CREATE TYPE "public"."enum_complaint_access_log_path" AS ENUM('rest', 'graphql', 'admin', 'print', 'download', 'export', 'local');
  ALTER TYPE "public"."enum_complaint_audit_log_action" ADD VALUE 'anonymised';
  ALTER TYPE "public"."enum_complaint_audit_log_action" ADD VALUE 'erased';
  ALTER TYPE "public"."enum_complaint_audit_log_action" ADD VALUE 'exported';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'anonymiseComplaints';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'accessLogRetention';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'anonymiseComplaints';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'accessLogRetention';
  CREATE TABLE "complaint_access_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"user_email" varchar,
  	"reference" varchar,
  	"complaint_id" varchar,
  	"document_collection" varchar,
  	"document_id" varchar,
  	"path" "enum_complaint_access_log_path" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  ALTER TABLE "complaint_access_log" ADD CONSTRAINT "complaint_access_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "complaint_access_log_user_idx" ON "complaint_access_log" USING btree ("user_id");
  CREATE INDEX "complaint_access_log_reference_idx" ON "complaint_access_log" USING btree ("reference");
  CREATE INDEX "complaint_access_log_complaint_id_idx" ON "complaint_access_log" USING btree ("complaint_id");
  CREATE INDEX "complaint_access_log_updated_at_idx" ON "complaint_access_log" USING btree ("updated_at");
  CREATE INDEX "complaint_access_log_created_at_idx" ON "complaint_access_log" USING btree ("created_at");
  CREATE INDEX "complaints_anonymised_on_idx" ON "complaints" USING btree ("anonymised_on");
  CREATE INDEX "_complaints_v_version_version_anonymised_on_idx" ON "_complaints_v" USING btree ("version_anonymised_on");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The jobs of the two tasks go with them. Audit entries of anonymisations, erasures and
  // exports are kept: with any of them present, this step refuses rather than lose them.
  await db.execute(sql`
   ALTER TABLE "complaint_access_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "complaint_access_log" CASCADE;
  DELETE FROM "payload_jobs_log" WHERE "task_slug" IN ('anonymiseComplaints', 'accessLogRetention');
  DELETE FROM "payload_jobs" WHERE "task_slug" IN ('anonymiseComplaints', 'accessLogRetention');
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
  DROP TYPE "public"."enum_regulations_rules_retention_from";
  DROP TYPE "public"."enum_complaint_access_log_path";`)
}
