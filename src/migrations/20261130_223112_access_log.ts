import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_complaint_access_log_path" AS ENUM('rest', 'graphql', 'admin', 'print', 'download', 'export', 'local');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'accessLogRetention';
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
  
  ALTER TABLE "complaint_access_log" ADD CONSTRAINT "complaint_access_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "complaint_access_log_user_idx" ON "complaint_access_log" USING btree ("user_id");
  CREATE INDEX "complaint_access_log_reference_idx" ON "complaint_access_log" USING btree ("reference");
  CREATE INDEX "complaint_access_log_complaint_id_idx" ON "complaint_access_log" USING btree ("complaint_id");
  CREATE INDEX "complaint_access_log_updated_at_idx" ON "complaint_access_log" USING btree ("updated_at");
  CREATE INDEX "complaint_access_log_created_at_idx" ON "complaint_access_log" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The retention jobs go with their task.
  await db.execute(sql`
   DROP TABLE "complaint_access_log" CASCADE;
  DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'accessLogRetention';
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'accessLogRetention';
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendLetter', 'notifyNewComplaint', 'draftOwedLetters', 'deadlineDigest');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendLetter', 'notifyNewComplaint', 'draftOwedLetters', 'deadlineDigest');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_complaint_access_log_path";`)
}
