import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_complaint_audit_log_action" AS ENUM('deleted');
  CREATE TABLE "complaint_audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_complaint_audit_log_action" NOT NULL,
  	"document_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"reference" varchar,
  	"summary" varchar,
  	"user_id" integer,
  	"user_email" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "complaint_rate_limits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"hits" numeric NOT NULL,
  	"reset_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "complaint_attachments" ADD COLUMN "complaint_id" integer;
  ALTER TABLE "complaint_attachments" ADD COLUMN "uploaded_by_id" integer;
  ALTER TABLE "complaint_audit_log" ADD CONSTRAINT "complaint_audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "complaint_audit_log_action_idx" ON "complaint_audit_log" USING btree ("action");
  CREATE INDEX "complaint_audit_log_document_id_idx" ON "complaint_audit_log" USING btree ("document_id");
  CREATE INDEX "complaint_audit_log_reference_idx" ON "complaint_audit_log" USING btree ("reference");
  CREATE INDEX "complaint_audit_log_user_idx" ON "complaint_audit_log" USING btree ("user_id");
  CREATE INDEX "complaint_audit_log_updated_at_idx" ON "complaint_audit_log" USING btree ("updated_at");
  CREATE INDEX "complaint_audit_log_created_at_idx" ON "complaint_audit_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "complaint_rate_limits_key_idx" ON "complaint_rate_limits" USING btree ("key");
  CREATE INDEX "complaint_rate_limits_reset_at_idx" ON "complaint_rate_limits" USING btree ("reset_at");
  CREATE INDEX "complaint_rate_limits_updated_at_idx" ON "complaint_rate_limits" USING btree ("updated_at");
  CREATE INDEX "complaint_rate_limits_created_at_idx" ON "complaint_rate_limits" USING btree ("created_at");
  ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "complaint_attachments" ADD CONSTRAINT "complaint_attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "complaint_attachments_complaint_idx" ON "complaint_attachments" USING btree ("complaint_id");
  CREATE INDEX "complaint_attachments_uploaded_by_idx" ON "complaint_attachments" USING btree ("uploaded_by_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "complaint_audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "complaint_rate_limits" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "complaint_audit_log" CASCADE;
  DROP TABLE "complaint_rate_limits" CASCADE;
  ALTER TABLE "complaint_attachments" DROP CONSTRAINT "complaint_attachments_complaint_id_complaints_id_fk";
  
  ALTER TABLE "complaint_attachments" DROP CONSTRAINT "complaint_attachments_uploaded_by_id_users_id_fk";
  
  DROP INDEX "complaint_attachments_complaint_idx";
  DROP INDEX "complaint_attachments_uploaded_by_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "complaint_attachments" DROP COLUMN "complaint_id";
  ALTER TABLE "complaint_attachments" DROP COLUMN "uploaded_by_id";
  DROP TYPE "public"."enum_complaint_audit_log_action";`)
}
